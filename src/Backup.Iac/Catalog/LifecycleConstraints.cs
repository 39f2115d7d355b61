namespace Backup.Iac.Catalog;

/// <summary>Lifecycles of rules and copy actions (LC): codes BKP2201-BKP2299.</summary>
internal static class LifecycleConstraints
{
    public static readonly Constraint ColdToDeleteGap = new(
        "BKP2204", "LC-004", Severity.Error,
        "Recovery points stay in cold storage at least 90 days",
        "DeleteAfter ({0}) must be at least 90 days after MoveToColdStorageAfter ({1}). Set DeleteAfter to {2} days or more, or remove the cold transition.",
        "DG §Lifecycle and storage tiers L3268-3270, L3296-3300; §Lifecycle L43052-43056; BOTO Lifecycle.DeleteAfterDays; cfn-lint E3504",
        Docs.DevGuide + "API_Lifecycle.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        ColdToDeleteGap,
    ];
}
