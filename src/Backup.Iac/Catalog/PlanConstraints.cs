namespace Backup.Iac.Catalog;

/// <summary>Backup plans (PLAN): codes BKP2001-BKP2099.</summary>
internal static class PlanConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
