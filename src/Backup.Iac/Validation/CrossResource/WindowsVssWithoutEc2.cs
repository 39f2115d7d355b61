using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-015: <c>WindowsVSS: enabled</c> has an effect only on EC2 instances. Reported when the plan's selections cannot
/// select EC2 (tag and <c>*</c> selections can, so they never warn).
/// </summary>
internal sealed class WindowsVssWithoutEc2 : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var selectable = context.Selectable(plan);
        if (!selectable.HasSelections || selectable.Types.Count == 0 || selectable.CanSelect(ResourceTypeFacts.Ec2))
        {
            return;
        }

        var settings = plan.Props.AdvancedBackupSettings;
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i] is { ResourceType: ResourceTypeFacts.Ec2, BackupOptions: { } options }
                && options.TryGetValue("WindowsVSS", out var value) && value == "enabled")
            {
                context.Report(SettingsConstraints.WindowsVssWithoutEc2, plan, null, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.BackupOptions)).Entry("WindowsVSS"),
                    i, VaultUsage.TypeList(selectable.Types));
            }
        }
    }
}
