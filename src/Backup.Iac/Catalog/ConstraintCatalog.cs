namespace Backup.Iac.Catalog;

/// <summary>Every constraint Backup.Iac enforces, in code order. Documentation pages are generated from it.</summary>
public static class ConstraintCatalog
{
    /// <summary>All constraints.</summary>
    public static IReadOnlyList<Constraint> All { get; } =
        [.. new[]
        {
            VaultConstraints.All, LockConstraints.All, PlanConstraints.All, RuleConstraints.All,
            IndexConstraints.All, LifecycleConstraints.All, CopyConstraints.All, SelectionConstraints.All, CrossResourceConstraints.All, ToolConstraints.All,
            AirGappedVaultConstraints.All, RestoreTestingConstraints.All, SettingsConstraints.All, ChangeConstraints.All, LegalHoldConstraints.All, TieringConstraints.All,
            FrameworkConstraints.All, ControlConstraints.All, ReportPlanConstraints.All,
            BackupPolicyConstraints.All, OrganizationPolicyConstraints.All, PolicyInheritanceConstraints.All, CrossAccountManagementConstraints.All, RolloutConstraints.All,
            ResourceFactConstraints.All,
        }.SelectMany(c => c).OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>The constraint with a code, or null.</summary>
    /// <param name="code">The code, e.g. <c>BKP2204</c>.</param>
    /// <returns>The constraint, or null.</returns>
    public static Constraint? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
