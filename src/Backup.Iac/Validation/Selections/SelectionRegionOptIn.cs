using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>SEL-022: a selection made only of tags (ListOfTags or Conditions, with <c>*</c> or no ARNs) follows the Region's service opt-in.</summary>
internal sealed class SelectionRegionOptIn : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var byTag = SelectionFacts.Tags(selection).Any() || SelectionFacts.HasConditions(selection);
        if (byTag && SelectionFacts.Arns(selection).All(a => a.Arn == "*"))
        {
            context.Report(SelectionConstraints.TagOnlyFollowsOptIn, selection, null, nameof(BackupSelectionOptions.Resources));
        }
    }
}
