namespace Backup.Iac.Catalog;

/// <summary>Logically air-gapped vaults (LAG): codes BKP1401-BKP1499.</summary>
internal static class AirGappedVaultConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
