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

    public static readonly Constraint CrossStackVaultEnvironment = new(
        "BKP9002", null, Severity.Error,
        "A vault of another stack needs that stack's account and Region",
        "{0} refers to the vault '{1}' of stack '{2}', whose {3} is not set: a vault of another stack is written by ARN or name, which needs that stack's Account and Region. Set Account and Region on both stacks (BackupStackProps).",
        "Cross-stack references cannot use Ref or Fn::GetAtt; the ARN is arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME (DG §AWS Backup resource ARNs L17270-17274).",
        Docs.DevGuide + "API_CopyAction.html");

    public static IReadOnlyList<Constraint> All { get; } = [WholeDays, CrossStackVaultEnvironment];
}
