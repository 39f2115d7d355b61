using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Selections;

/// <summary>
/// SEL-006 to SEL-009: at most 500 plain and 30 wildcard ARNs in Resources and in NotResources (counted separately,
/// OQ-010), 30 Conditions entries and 30 tag entries per selection.
/// </summary>
internal sealed class SelectionQuotas : IValidator<BackupSelection>
{
    private const int PlainArns = 500;
    private const int WildcardArns = 30;
    private const int MaxConditions = 30;
    private const int MaxTags = 30;

    public void Check(BackupSelection selection, ValidationContext context)
    {
        CheckArns(selection, context, SelectionConstraints.ResourcesQuota, nameof(BackupSelectionOptions.Resources), [.. SelectionFacts.Arns(selection).Select(a => a.Arn)]);
        CheckArns(selection, context, SelectionConstraints.NotResourcesQuota, nameof(BackupSelectionOptions.NotResources), selection.Options.NotResources);

        var conditions = SelectionFacts.Conditions(selection).Count();
        if (conditions > MaxConditions)
        {
            context.Report(SelectionConstraints.ConditionsQuota, selection, null, nameof(BackupSelectionOptions.Conditions), conditions);
        }

        var tags = SelectionFacts.Tags(selection).Count();
        if (tags > MaxTags)
        {
            context.Report(SelectionConstraints.TagsQuota, selection, null, nameof(BackupSelectionOptions.Resources), tags);
        }
    }

    private static void CheckArns(BackupSelection selection, ValidationContext context, Constraint constraint, string property, IReadOnlyList<string> arns)
    {
        var wildcard = arns.Count(a => a is not null && a.Contains('*', StringComparison.Ordinal));
        var plain = arns.Count(a => a is not null) - wildcard;
        if (plain > PlainArns)
        {
            context.Report(constraint, selection, null, property, plain, "without wildcards", PlainArns);
        }

        if (wildcard > WildcardArns)
        {
            context.Report(constraint, selection, null, property, wildcard, "with wildcards", WildcardArns);
        }
    }
}
