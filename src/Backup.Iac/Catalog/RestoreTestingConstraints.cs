namespace Backup.Iac.Catalog;

/// <summary>Restore testing plans (RTP, codes BKP5001-BKP5099) and selections (RTS, codes BKP5101-BKP5199).</summary>
internal static class RestoreTestingConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
