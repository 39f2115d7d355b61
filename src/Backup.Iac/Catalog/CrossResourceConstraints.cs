namespace Backup.Iac.Catalog;

/// <summary>Cross-resource constraints (XR): codes BKP7001-BKP7099.</summary>
internal static class CrossResourceConstraints
{
    public static readonly Constraint RuleVaultElsewhere = new(
        "BKP7001", "XR-001", Severity.Error,
        "A rule's vault must be in the plan's account and Region",
        "The rule backs up into the vault '{0}' of stack '{1}' ({2}), but the plan deploys to {3}: a rule names its vault by name, which AWS resolves in the plan's own account and Region. Back up into a vault of the plan's account and Region, and copy to the other one with a CopyAction.",
        "DG §BackupRuleInput L41608-41616; §Delete a backup vault L5235-5237",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static IReadOnlyList<Constraint> All { get; } = [RuleVaultElsewhere];
}
