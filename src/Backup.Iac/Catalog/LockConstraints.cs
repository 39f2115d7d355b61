namespace Backup.Iac.Catalog;

/// <summary>Vault locks (LOCK): codes BKP1301-BKP1399.</summary>
internal static class LockConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
