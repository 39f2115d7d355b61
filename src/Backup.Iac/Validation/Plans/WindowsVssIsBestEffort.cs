using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-011 (informational): enabling Windows VSS has prerequisites on the instances, and VSS is best effort.</summary>
internal sealed class WindowsVssIsBestEffort : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var settings = plan.Props.AdvancedBackupSettings;
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i] is { ResourceType: ResourceTypeFacts.Ec2, BackupOptions: { } options }
                && options.TryGetValue("WindowsVSS", out var value) && value == "enabled")
            {
                context.Report(PlanConstraints.WindowsVssBestEffort, plan, null, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.BackupOptions)).Entry("WindowsVSS"), i);
            }
        }
    }
}
