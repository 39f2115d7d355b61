using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Indexes;

/// <summary>
/// RT-001, RT-002: the resource-type strings of a plan (<c>AdvancedBackupSettings[].ResourceType</c>,
/// <c>ScanSettings[].ResourceTypes[]</c>) and of its rules (<c>IndexActions[].ResourceTypes[]</c>) match the API pattern and
/// name a documented resource type. Which documented types a field accepts is the field's own rule.
/// </summary>
internal sealed class ResourceTypeStringIsDocumented : IValidator<BackupPlan>, IValidator<RuleSubject>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var settings = plan.Props.AdvancedBackupSettings;
        for (var i = 0; i < settings.Count; i++)
        {
            Check(settings[i].ResourceType, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.ResourceType)), ResourceTypeStrings.AdvancedSettingTypes, plan, null, context);
        }

        var scans = plan.Props.ScanSettings;
        for (var i = 0; i < scans.Count; i++)
        {
            var types = scans[i].ResourceTypes ?? [];
            for (var j = 0; j < types.Count; j++)
            {
                Check(types[j], PropertyPath.Of(nameof(BackupPlanProps.ScanSettings)).Index(i).Then(nameof(ScanSetting.ResourceTypes)).Index(j), ResourceTypeStrings.ScanTypes, plan, null, context);
            }
        }
    }

    public void Check(RuleSubject subject, ValidationContext context)
    {
        var actions = subject.Rule.IndexActions;
        for (var i = 0; i < actions.Count; i++)
        {
            var types = actions[i].ResourceTypes ?? [];
            for (var j = 0; j < types.Count; j++)
            {
                Check(types[j], PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i).Then(nameof(IndexAction.ResourceTypes)).Index(j), ResourceTypeStrings.IndexTypes, subject.Plan, subject.SubPath, context);
            }
        }
    }

    private static void Check(string? value, string property, IReadOnlyList<string> allowed, BackupPlan plan, string? subPath, ValidationContext context)
    {
        switch (ResourceTypeStrings.Classify(value))
        {
            case ResourceTypeStringKind.Malformed when value is not null:
                context.Report(IndexConstraints.ResourceTypePattern, plan, subPath, property,
                    property, value, ResourceTypeStrings.WhyMalformed(value), ResourceTypeStrings.Describe(allowed));
                break;
            case ResourceTypeStringKind.Undocumented when value is not null:
                context.Report(IndexConstraints.ResourceTypeDocumented, plan, subPath, property,
                    property, value, ResourceTypeStrings.Suggestion(value, allowed), ResourceTypeStrings.Describe(allowed));
                break;
        }
    }
}
