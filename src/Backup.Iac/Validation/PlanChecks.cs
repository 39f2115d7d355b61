using Backup.Iac.Validation.Indexes;
using Backup.Iac.Validation.Plans;

namespace Backup.Iac.Validation;

/// <summary>Plan checks (PLAN), and the resource-type strings of plan fields (RT).</summary>
internal static class PlanChecks
{
    public static readonly IReadOnlyList<IValidator<BackupPlan>> All =
    [
        new PlanNameIsValid(),
        new PlanNameIsUnique(),
        new PlanRuleCount(),
        new RuleNamesAreUnique(),
        new ResourceTypeStringIsDocumented(),
        new AdvancedSettingResourceType(),
        new AdvancedSettingOptions(),
        new WindowsVssIsBestEffort(),
        new PlanTagsWithinLimits(),
        new SelectionCountWithinQuota(),
        new PlanCountWithinQuota(),
        new RuleStartWindowsOverlap(),
        new ContinuousRulesShareVault(),
        new ScanSettingsAreValid(),
        new CrossResource.S3ContinuousAndSnapshotVaults(),
        new CrossResource.ContinuousInSeveralPlans(),
        new CrossResource.WindowsVssWithoutEc2(),
        new CrossResource.JobsOverlapAcrossPlans(),
    ];
}
