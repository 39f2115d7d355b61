namespace Backup.Iac.Tests.Constraints;

/// <summary>Every constraint case, from one table per area.</summary>
internal static class AllCases
{
    public static IReadOnlyList<ConstraintCase> Cases { get; } =
    [
        .. VaultCases.All, .. LockCases.All, .. PlanCases.All, .. RuleCases.All, .. ScheduleCases.All,
        .. IndexCases.All, .. LifecycleCases.All, .. CopyCases.All, .. SelectionCases.All, .. CrossResourceCases.All, .. ToolCases.All,
        .. AirGappedVaultCases.All, .. RestoreTestingCases.All, .. SettingsCases.All, .. ChangeCases.All, .. GovernanceCases.All, .. AuditCases.All, .. ReportPlanCases.All, .. OrganizationCases.All, .. RolloutCases.All, .. ResourceFactCases.All, .. GeneratedRoleCases.All,
    ];
}
