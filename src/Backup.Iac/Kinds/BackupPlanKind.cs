using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;
using PlanBody = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty;
using RuleBody = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty;

namespace Backup.Iac.Kinds;

/// <summary>A backup plan with its rules.</summary>
internal sealed class BackupPlanKind : ResourceKind<BackupPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupPlan];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(BackupPlan construct, LoweringContext context)
    {
        var p = construct.Props;
        var rules = construct.Rules.Select((rule, i) => Rule(construct, i, rule, context));
        var body = MapValue.Of(
            new(PlanBody.BackupPlanName, Str(construct.BackupPlanName)),
            new(PlanBody.BackupPlanRule, new ListValue([.. rules])),
            new(PlanBody.AdvancedBackupSettings, p.AdvancedBackupSettings.Count == 0 ? null : new ListValue([.. p.AdvancedBackupSettings.Select(s => (Value)MapValue.Of(
                new(CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty.ResourceType, Str(s.ResourceType)),
                new(CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty.BackupOptions, Tags(s.BackupOptions) ?? MapValue.Empty)))])),
            new(PlanBody.ScanSettings, p.ScanSettings.Count == 0 ? null : new ListValue([.. p.ScanSettings.Select(s => (Value)MapValue.Of(
                new(CfnBackupPlan.ScanSettingResourceTypeProperty.MalwareScanner, Str(s.MalwareScanner)),
                new(CfnBackupPlan.ScanSettingResourceTypeProperty.ResourceTypes, Strings(s.ResourceTypes)),
                new(CfnBackupPlan.ScanSettingResourceTypeProperty.ScannerRoleArn, Str(s.ScannerRoleArn))))])));
        var properties = MapValue.Of(new(CfnBackupPlan.BackupPlan, body), new(CfnBackupPlan.BackupPlanTags, Tags(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.BackupPlan, construct.ResourcePath, properties);
    }

    private static MapValue Rule(BackupPlan plan, int index, BackupPlanRule rule, LoweringContext context) => MapValue.Of(
        new(RuleBody.RuleName, Str(plan.RuleNameAt(index))),
        new(RuleBody.TargetBackupVault, context.VaultName(plan.VaultOf(index))),
        new(RuleBody.TargetLogicallyAirGappedBackupVaultArn, rule.LogicallyAirGappedVault is null ? null : context.VaultArn(rule.LogicallyAirGappedVault)),
        new(RuleBody.ScheduleExpression, Str(rule.Schedule?.Expression)),
        new(RuleBody.ScheduleExpressionTimezone, Str(rule.ScheduleTimeZone)),
        new(RuleBody.StartWindowMinutes, Minutes(rule.StartWindow)),
        new(RuleBody.CompletionWindowMinutes, Minutes(rule.CompletionWindow)),
        new(RuleBody.Lifecycle, Lifecycle(rule.Lifecycle)),
        new(RuleBody.EnableContinuousBackup, rule.EnableContinuousBackup ? new BoolValue(true) : null),
        new(RuleBody.CopyActions, rule.CopyActions.Count == 0 ? null : new ListValue([.. rule.CopyActions.Select(c => (Value)MapValue.Of(
            new(CfnBackupPlan.CopyActionResourceTypeProperty.DestinationBackupVaultArn, context.VaultArn(c.Destination)),
            new(CfnBackupPlan.CopyActionResourceTypeProperty.Lifecycle, Lifecycle(c.Lifecycle))))])),
        new(RuleBody.RecoveryPointTags, Tags(rule.RecoveryPointTags)),
        new(RuleBody.IndexActions, rule.IndexActions.Count == 0 ? null : new ListValue([.. rule.IndexActions.Select(a => (Value)MapValue.Of(
            new KeyValuePair<string, Value?>(CfnBackupPlan.IndexActionsResourceTypeProperty.ResourceTypes, Strings(a.ResourceTypes))))])),
        new(RuleBody.ScanActions, rule.ScanActions.Count == 0 ? null : new ListValue([.. rule.ScanActions.Select(a => (Value)MapValue.Of(
            new(CfnBackupPlan.ScanActionResourceTypeProperty.MalwareScanner, Str(a.MalwareScanner)),
            new(CfnBackupPlan.ScanActionResourceTypeProperty.ScanMode, Str(a.ScanMode))))])));

    private static MapValue? Lifecycle(Lifecycle? lifecycle) => lifecycle is null ? null : MapValue.Of(
        new(CfnBackupPlan.LifecycleResourceTypeProperty.DeleteAfterDays, LifecycleDays(lifecycle.DeleteAfter)),
        new(CfnBackupPlan.LifecycleResourceTypeProperty.MoveToColdStorageAfterDays, LifecycleDays(lifecycle.MoveToColdStorageAfter)),
        new(CfnBackupPlan.LifecycleResourceTypeProperty.OptInToArchiveForSupportedResources, lifecycle.OptInToArchiveForSupportedResources is { } b ? new BoolValue(b) : null));

    // ── import (scope "import") ──
}
