namespace Backup.Iac.Catalog;

/// <summary>Backup rules (RULE), including schedules: codes BKP2101-BKP2199.</summary>
internal static class RuleConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
