using Backup.Iac.Catalog;
using Backup.Iac.Validation.Selections;
using Backup.Iac.Validation.Settings;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-014: naming a resource overrides the Region's opt-in, except for Aurora, Neptune and DocumentDB (OQ-045). A DB
/// cluster ARN in <c>Resources</c> is reported when the app's Region settings opt out every type it can be (Aurora,
/// Neptune, DocumentDB, or the one a typed helper such as <see cref="BackupResource.AuroraCluster"/> names) and opt in
/// none of RDS, Aurora, Neptune and DocumentDB (one opted in opts in all four, DG L1517-1520). Types the settings leave
/// out keep the account's value, which the model does not know, and are not reported.
/// </summary>
internal sealed class ClusterNeedsOptIn : IValidator<BackupSelection>
{
    private static readonly string[] OptInOnly = [ResourceTypeFacts.Aurora, ResourceTypeFacts.Neptune, ResourceTypeFacts.DocumentDb];
    private static readonly string[] Family = [ResourceTypeFacts.Rds, .. OptInOnly];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var preferences = RegionPreferences.For(selection.Stack, context);
        if (!preferences.HasSettings || Family.Any(t => preferences.OptIn(t) == true))
        {
            return;
        }

        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i] is not { Arn: { } text } resource || Arn.TryParse(text) is not { Service: "rds" } arn
                || !arn.Resource.StartsWith("cluster:", StringComparison.Ordinal) || resource.IntendedType == ResourceTypeFacts.Rds)
            {
                continue;
            }

            var candidates = resource.IntendedType is { } intended && OptInOnly.Contains(intended) ? [intended] : OptInOnly;
            if (candidates.All(t => preferences.OptIn(t) == false))
            {
                var list = VaultUsage.TypeList(candidates);
                context.Report(SettingsConstraints.ClusterNeedsOptIn, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i),
                    i, SelectionFacts.Display(arn.Resource["cluster:".Length..]), list, list);
            }
        }
    }
}
