namespace Backup.Iac.Catalog;

/// <summary>Copy actions (COPY): codes BKP2301-BKP2399.</summary>
internal static class CopyConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
