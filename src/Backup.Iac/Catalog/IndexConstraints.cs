namespace Backup.Iac.Catalog;

/// <summary>Index actions (IDX) and resource-type strings (RT): codes BKP2401-BKP2499, BKP2501-BKP2599.</summary>
internal static class IndexConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
