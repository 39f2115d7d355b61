using Backup.Iac.Catalog;
using Backup.Iac.Validation.Indexes;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-008, PLAN-010: advanced backup settings name EC2 or S3 (a string that is no resource type at all is RT-001/RT-002),
/// and each type at most once (reported on the later entry).
/// </summary>
internal sealed class AdvancedSettingResourceType : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var settings = plan.Props.AdvancedBackupSettings;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Count; i++)
        {
            var type = settings[i].ResourceType;
            if (ResourceTypeStrings.Classify(type) != ResourceTypeStringKind.Documented)
            {
                continue;
            }

            var property = PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.ResourceType));
            if (!ResourceTypeStrings.AdvancedSettingTypes.Contains(type))
            {
                context.Report(PlanConstraints.AdvancedSettingResourceType, plan, null, property, i, type);
            }
            else if (first.TryGetValue(type, out var earlier))
            {
                context.Report(PlanConstraints.AdvancedSettingDuplicate, plan, null, property, earlier, i, type);
            }
            else
            {
                first[type] = i;
            }
        }
    }
}
