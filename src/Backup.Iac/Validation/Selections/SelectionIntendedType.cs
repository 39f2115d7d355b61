using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-023: an entry built by a typed helper (e.g. <c>BackupResource.AuroraCluster("*")</c>) whose ARN pattern selects
/// other types as well, as <c>rds:…:cluster:*</c> does (Aurora, DocumentDB, Neptune and Multi-AZ DB clusters), or
/// cannot select the intended type at all.
/// </summary>
internal sealed class SelectionIntendedType : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i] is not { IntendedType: { } intended, Arn: { } arn } || SelectionFacts.ArnParts(arn) is not { Length: 6 } parts
                || !SelectionFacts.IsKnown(parts[2]) || !SelectionFacts.IsKnown(parts[5]))
            {
                continue;
            }

            var types = ResourceTypeFacts.TypesOfArn(arn);
            var wildcard = parts[5].Contains('*', StringComparison.Ordinal);
            if (!types.Contains(intended) || (wildcard && types.Count > 1))
            {
                var cluster = parts[2] == "rds" && parts[5].StartsWith("cluster:", StringComparison.Ordinal);
                var names = types.Order(StringComparer.Ordinal)
                    .Select(t => cluster && t == ResourceTypeFacts.Rds ? "RDS (Multi-AZ DB cluster)" : t).ToList();
                var selects = names.Count == 0 ? "no supported type"
                    : names.Count == 1 ? names[0] + " resources"
                    : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] + " resources";
                context.Report(SelectionConstraints.IntendedType, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i), intended, SelectionFacts.Display(arn), selects);
            }
        }
    }
}
