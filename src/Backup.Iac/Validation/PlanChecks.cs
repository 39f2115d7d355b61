namespace Backup.Iac.Validation;

/// <summary>Plan checks (PLAN).</summary>
internal static class PlanChecks
{
    public static readonly IReadOnlyList<IValidator<BackupPlan>> All =
    [
    ];
}
