namespace Backup.Iac.Validation;

/// <summary>Global settings (GSET) and Region settings (RSET) checks.</summary>
internal static class SettingsChecks
{
    public static readonly IReadOnlyList<IValidator<GlobalSettings>> Global =
    [
    ];

    public static readonly IReadOnlyList<IValidator<RegionSettings>> Region =
    [
    ];
}
