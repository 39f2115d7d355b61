using Backup.Iac.Validation.Settings;

namespace Backup.Iac.Validation;

/// <summary>Global settings (GSET) and Region settings (RSET) checks.</summary>
internal static class SettingsChecks
{
    public static readonly IReadOnlyList<IValidator<GlobalSettings>> Global =
    [
        new GlobalSettingsKeys(),
        new GlobalSettingsManagementAccount(),
        new CrossAccountDisableDelay(),
    ];

    public static readonly IReadOnlyList<IValidator<RegionSettings>> Region =
    [
        new RegionSettingsResourceTypes(),
        new AdvancedDynamoDbNeedsOptIn(),
        new RegionSettingsScope(),
        new RdsFamilyOptIn(),
    ];
}
