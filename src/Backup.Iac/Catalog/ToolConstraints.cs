namespace Backup.Iac.Catalog;

/// <summary>Rules of the tool itself, not of an AWS catalog row: codes BKP9001-BKP9099.</summary>
internal static class ToolConstraints
{
    public static readonly Constraint WholeDays = new(
        "BKP9001", null, Severity.Error,
        "Day-based values must be whole days",
        "{0} is {1}, which is not a whole number of days; AWS takes this value in days. Use Duration.Days(...).",
        "CloudFormation schemas: MinRetentionDays, MaxRetentionDays, ChangeableForDays, DeleteAfterDays and MoveToColdStorageAfterDays are integers of days.",
        Docs.CfnPlan);

    public static IReadOnlyList<Constraint> All { get; } = [WholeDays];
}
