using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Settings;

/// <summary>GSET-003 (informational): cross-account jobs may still run for up to 15 minutes after cross-account backup is disabled.</summary>
internal sealed class CrossAccountDisableDelay : IValidator<GlobalSettings>
{
    public void Check(GlobalSettings settings, ValidationContext context)
    {
        if (GlobalSettingsFacts.CrossAccountBackup(settings.Props) == false)
        {
            context.Report(SettingsConstraints.CrossAccountDisableDelay, settings, null, GlobalSettingsFacts.CrossAccountBackupProperty(settings.Props));
        }
    }
}
