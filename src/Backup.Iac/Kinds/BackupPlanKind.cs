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

    /// <inheritdoc />
    public override int? ImportOrder => 2;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string planKey = Graph.CloudFormation.CfnBackupPlan.BackupPlan;
        const string rulesKey = Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty.BackupPlanRule;
        const string nameKey = Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty.BackupPlanName;
        const string settingsKey = Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty.AdvancedBackupSettings;
        const string scanKey = Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty.ScanSettings;
        var p = context.Properties;
        var path = context.Path;
        if (context.Object(p, planKey, planKey) is not { } body)
        {
            return null;
        }

        context.Locate(path, "BackupPlanName", body[nameKey]?.At ?? body.At);
        var rules = new List<BackupPlanRule>();
        var ruleNodes = body[rulesKey];

        // Where the plan's values read after its rules are marked when kept as written: the last rule read (the plan when
        // the last item is not a rule), as the importer has always marked them, so that lint reports the same.
        var after = context;
        if (ruleNodes is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            context.Keep($"{planKey}.{rulesKey}", ruleNodes, null, $"The rules of {context.Name(path)}");
        }
        else if (ruleNodes is Iac.Import.SourceSequence list)
        {
            for (var i = 0; i < list.Items.Length; i++)
            {
                if (list.Items[i] is Iac.Import.SourceMapping { IntrinsicName: null } rule)
                {
                    after = ReadRule(context, rule, i, $"{planKey}.{rulesKey}.{i}", rules);
                }
                else
                {
                    after = context; // the plan: its checks of all rules cannot see this one
                    context.Keep($"{planKey}.{rulesKey}.{i}", list.Items[i], null, $"Rule {i} of {context.Name(path)}");
                }
            }
        }

        var props = new BackupPlanProps
        {
            BackupPlanName = after.Text(body, nameKey, path, "BackupPlanName"),
            Rules = rules,
            AdvancedBackupSettings = after.Items(body, settingsKey, $"{planKey}.{settingsKey}", (s, i) =>
                after.Text(s, Graph.CloudFormation.CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty.ResourceType, path, $"AdvancedBackupSettings[{i}]") is { } type
                && after.StringMap(s, Graph.CloudFormation.CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty.BackupOptions, path, $"AdvancedBackupSettings[{i}].BackupOptions",
                    $"{planKey}.{settingsKey}.{i}.{Graph.CloudFormation.CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty.BackupOptions}") is { } options
                    ? new AdvancedBackupSetting(type, options) : null),
            ScanSettings = after.Items(body, scanKey, $"{planKey}.{scanKey}", (s, i) =>
                after.Text(s, Graph.CloudFormation.CfnBackupPlan.ScanSettingResourceTypeProperty.MalwareScanner, path, $"ScanSettings[{i}]") is { } scanner
                && after.StringList(s, Graph.CloudFormation.CfnBackupPlan.ScanSettingResourceTypeProperty.ResourceTypes, path, $"ScanSettings[{i}].ResourceTypes",
                    $"{planKey}.{scanKey}.{i}.{Graph.CloudFormation.CfnBackupPlan.ScanSettingResourceTypeProperty.ResourceTypes}") is { } typesList
                && after.Text(s, Graph.CloudFormation.CfnBackupPlan.ScanSettingResourceTypeProperty.ScannerRoleArn, path, $"ScanSettings[{i}].ScannerRoleArn") is { } role
                    ? new ScanSetting(scanner, typesList, role) : null),
            Tags = after.StringMap(p, Graph.CloudFormation.CfnBackupPlan.BackupPlanTags, path, "Tags", Graph.CloudFormation.CfnBackupPlan.BackupPlanTags),
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddPlan(context.LogicalId, props);
    }

    /// <summary>Reads a rule of the plan into <paramref name="rules"/>; returns the rule's context.</summary>
    private static ImportContext ReadRule(ImportContext plan, Iac.Import.SourceMapping r, int index, string at, List<BackupPlanRule> rules)
    {
        const string ruleNameKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.RuleName;
        const string copiesKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.CopyActions;
        const string lifecycleKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.Lifecycle;
        var planPath = plan.Path;
        var name = (r[ruleNameKey] is { } n ? plan.StringOf(n) : null) ?? $"{planPath[(planPath.LastIndexOf('/') + 1)..]}Rule{index}";
        var path = $"{planPath}/Rules[{name}]";
        var context = plan.At(path);
        context.Locate(path, null, r.At);
        if (r[ruleNameKey] is { } ruleNameNode)
        {
            context.Locate(path, "RuleName", ruleNameNode.At);
        }

        var copies = new List<CopyAction>();
        var copyNodes = r[copiesKey];
        if (copyNodes is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            context.Keep($"{at}.{copiesKey}", copyNodes, "CopyActions", $"The copy actions of rule {name}");
        }
        else if (copyNodes is Iac.Import.SourceSequence list)
        {
            context.Locate(path, "CopyActions", list.At);
            for (var i = 0; i < list.Items.Length; i++)
            {
                var copyPath = $"{path}/CopyActions[{i}]";
                if (list.Items[i] is Iac.Import.SourceMapping { IntrinsicName: null } c && c[Graph.CloudFormation.CfnBackupPlan.CopyActionResourceTypeProperty.DestinationBackupVaultArn] is { } destination
                    && context.VaultOf(destination, byArn: true) is { } vault)
                {
                    context.Locate(copyPath, null, c.At);
                    context.Locate(copyPath, "Destination", destination.At);
                    context.Locate(path, $"CopyActions[{i}]", c.At);
                    var lifecycle = ReadLifecycle(context.At(copyPath), c, copyPath, $"{at}.{copiesKey}.{i}.{Graph.CloudFormation.CfnBackupPlan.CopyActionResourceTypeProperty.Lifecycle}");
                    copies.Add(new CopyAction { Destination = vault, Lifecycle = lifecycle });
                }
                else
                {
                    context.Keep($"{at}.{copiesKey}.{i}", list.Items[i], $"CopyActions[{i}]", $"Copy action {i} of rule {name}");
                }
            }
        }

        var vaultNode = r[Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.TargetBackupVault];
        var lagNode = r[Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.TargetLogicallyAirGappedBackupVaultArn];
        if (vaultNode is not null)
        {
            context.Locate(path, "Vault", vaultNode.At);
        }

        if (lagNode is not null)
        {
            context.Locate(path, "LogicallyAirGappedVault", lagNode.At);
        }

        const string startKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.StartWindowMinutes;
        const string completionKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.CompletionWindowMinutes;
        const string continuousKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.EnableContinuousBackup;
        const string tagsKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.RecoveryPointTags;
        const string indexKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.IndexActions;
        const string scanKey = Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.ScanActions;
        const string resourceTypesKey = Graph.CloudFormation.CfnBackupPlan.IndexActionsResourceTypeProperty.ResourceTypes;
        rules.Add(new BackupPlanRule
        {
            RuleName = r[ruleNameKey] is null ? null : name,
            Vault = vaultNode is null ? null : context.VaultOf(vaultNode, byArn: false),
            LogicallyAirGappedVault = lagNode is null ? null : context.VaultOf(lagNode, byArn: true),
            Schedule = context.Text(r, Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.ScheduleExpression, path, "Schedule") is { } schedule ? Schedule.FromExpression(schedule) : null,
            ScheduleTimeZone = context.Text(r, Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.ScheduleExpressionTimezone, path, "ScheduleTimeZone"),
            StartWindow = context.Minutes(r, startKey, path, "StartWindow", $"{at}.{startKey}"),
            CompletionWindow = context.Minutes(r, completionKey, path, "CompletionWindow", $"{at}.{completionKey}"),
            Lifecycle = ReadLifecycle(context, r, path, $"{at}.{lifecycleKey}"),
            EnableContinuousBackup = context.Bool(r, continuousKey, path, "EnableContinuousBackup", $"{at}.{continuousKey}") ?? false,
            CopyActions = copies,
            RecoveryPointTags = context.StringMap(r, tagsKey, path, "RecoveryPointTags", $"{at}.{tagsKey}"),
            IndexActions = context.Items(r, indexKey, $"{at}.{indexKey}", (a, i) =>
                context.StringList(a, resourceTypesKey, path, $"IndexActions[{i}]", $"{at}.{indexKey}.{i}.{resourceTypesKey}") is { } typesList ? new IndexAction(typesList) : null),
            ScanActions = context.Items(r, scanKey, $"{at}.{scanKey}", (a, i) =>
                context.Text(a, Graph.CloudFormation.CfnBackupPlan.ScanActionResourceTypeProperty.MalwareScanner, path, $"ScanActions[{i}]") is { } scanner
                && context.Text(a, Graph.CloudFormation.CfnBackupPlan.ScanActionResourceTypeProperty.ScanMode, path, $"ScanActions[{i}].ScanMode") is { } mode
                    ? new ScanAction(scanner, mode) : null),
        });
        return context;
    }

    /// <summary>A rule's or copy action's <c>Lifecycle</c>; <paramref name="context"/> is that rule's or copy action's.</summary>
    private static Lifecycle? ReadLifecycle(ImportContext context, Iac.Import.SourceMapping owner, string path, string at)
    {
        const string deleteKey = Graph.CloudFormation.CfnBackupPlan.LifecycleResourceTypeProperty.DeleteAfterDays;
        const string coldKey = Graph.CloudFormation.CfnBackupPlan.LifecycleResourceTypeProperty.MoveToColdStorageAfterDays;
        const string archiveKey = Graph.CloudFormation.CfnBackupPlan.LifecycleResourceTypeProperty.OptInToArchiveForSupportedResources;
        var node = owner[Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty.Lifecycle];
        if (node is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            context.Keep(at, node, "Lifecycle", $"The lifecycle of {context.Name(path)}");
            return null;
        }

        if (node is not Iac.Import.SourceMapping l)
        {
            return null;
        }

        context.Locate(path, "Lifecycle", l.At);
        return new Lifecycle
        {
            DeleteAfter = context.Days(l, deleteKey, path, "Lifecycle.DeleteAfter", $"{at}.{deleteKey}"),
            MoveToColdStorageAfter = context.Days(l, coldKey, path, "Lifecycle.MoveToColdStorageAfter", $"{at}.{coldKey}"),
            OptInToArchiveForSupportedResources = context.Bool(l, archiveKey, path, "Lifecycle.OptInToArchiveForSupportedResources", $"{at}.{archiveKey}"),
        };
    }
}
