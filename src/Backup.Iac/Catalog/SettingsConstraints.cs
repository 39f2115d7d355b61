namespace Backup.Iac.Catalog;

/// <summary>Global settings (GSET, codes BKP6801-BKP6899) and Region settings (RSET, codes BKP6901-BKP6999).</summary>
internal static class SettingsConstraints
{
    public static IReadOnlyList<Constraint> All { get; } =
    [
    ];
}
