using Backup.Iac.Catalog;
using Backup.Iac.Validation.Selections;
using Backup.Iac.Validation.Settings;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-013: a selection made only of tags (ListOfTags or Conditions, with <c>*</c> or no ARNs) follows the Region's
/// opt-in, so the types that the app's Region settings for the stack's account and Region opt out are skipped. SEL-022
/// notes the rule in general; this names the types.
/// </summary>
internal sealed class TagSelectionSkipsOptedOutTypes : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var byTag = SelectionFacts.Tags(selection).Any() || SelectionFacts.HasConditions(selection);
        if (!byTag || !SelectionFacts.Arns(selection).All(a => a.Arn == "*"))
        {
            return;
        }

        var skipped = RegionPreferences.For(selection.Stack, context).OptedOut.Where(ResourceTypeFacts.Features.ContainsKey).ToList();
        if (skipped.Count > 0)
        {
            var list = VaultUsage.TypeList(skipped);
            context.Report(SettingsConstraints.TagSelectionSkipsOptedOutTypes, selection, null, nameof(BackupSelectionOptions.Resources), list, list);
        }
    }
}
