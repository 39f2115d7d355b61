using System.Collections.Immutable;
using Backup.Iac.Graph;
using Lifecycle = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.LifecycleResourceTypeProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupPlan;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;
using Plan = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty;
using Rule = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A backup plan with its rules; a rule's index actions are a limit.</summary>
internal sealed class BackupPlanMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:Plan";

    public override string? RefOutput => "id";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } =
        Attributes((Names.BackupPlanId, "id"), (Names.BackupPlanArn, "arn"), (Names.VersionId, "version"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var plan = r.Map(Names.BackupPlan);
        var tags = c.Take(r, Names.BackupPlanTags);
        if (plan is null)
        {
            c.Add(MappingContext.Props(("tags", tags)));
            return;
        }

        var rules = plan.List(Plan.BackupPlanRule)?.Select(rule => RuleOf(c, rule)).ToList();
        c.Add(MappingContext.Props(
            ("name", c.Take(plan, Plan.BackupPlanName)),
            ("rules", rules is null ? null : new Node.Sequence([.. rules])),
            ("advancedBackupSettings", MappingContext.Items(plan, Plan.AdvancedBackupSettings, s => MappingContext.Props(
                ("resourceType", c.Take(s, Names.AdvancedBackupSettingResourceTypeProperty.ResourceType)),
                ("backupOptions", c.Take(s, Names.AdvancedBackupSettingResourceTypeProperty.BackupOptions))))),
            ("scanSettings", MappingContext.Items(plan, Plan.ScanSettings, s => MappingContext.Props(
                ("malwareScanner", c.Take(s, Names.ScanSettingResourceTypeProperty.MalwareScanner)),
                ("resourceTypes", c.Take(s, Names.ScanSettingResourceTypeProperty.ResourceTypes)),
                ("scannerRoleArn", c.Take(s, Names.ScanSettingResourceTypeProperty.ScannerRoleArn))))),
            ("tags", tags)));
    }

    private static Node.Mapping RuleOf(MappingContext c, PropertyReader rule)
    {
        if (rule.Has(Rule.IndexActions))
        {
            var name = rule.Take(Rule.RuleName) is StringValue { Text: var n } ? n : rule.Prefix;
            c.Report(PulumiLimits.IndexActions, c.Path + "/Rules[" + name + "]", Rule.IndexActions);
        }

        return MappingContext.Props(
            ("ruleName", c.Take(rule, Rule.RuleName)),
            ("targetVaultName", c.Take(rule, Rule.TargetBackupVault)),
            ("targetLogicallyAirGappedBackupVaultArn", c.Take(rule, Rule.TargetLogicallyAirGappedBackupVaultArn)),
            ("schedule", c.Take(rule, Rule.ScheduleExpression)),
            ("scheduleExpressionTimezone", c.Take(rule, Rule.ScheduleExpressionTimezone)),
            ("startWindow", c.Take(rule, Rule.StartWindowMinutes)),
            ("completionWindow", c.Take(rule, Rule.CompletionWindowMinutes)),
            ("lifecycle", LifecycleOf(c, rule.Map(Rule.Lifecycle))),
            ("enableContinuousBackup", c.Take(rule, Rule.EnableContinuousBackup)),
            ("copyActions", MappingContext.Items(rule, Rule.CopyActions, copy => MappingContext.Props(
                ("destinationVaultArn", c.Take(copy, Names.CopyActionResourceTypeProperty.DestinationBackupVaultArn)),
                ("lifecycle", LifecycleOf(c, copy.Map(Names.CopyActionResourceTypeProperty.Lifecycle)))))),
            ("recoveryPointTags", c.Take(rule, Rule.RecoveryPointTags)),
            ("scanActions", MappingContext.Items(rule, Rule.ScanActions, s => MappingContext.Props(
                ("malwareScanner", c.Take(s, Names.ScanActionResourceTypeProperty.MalwareScanner)),
                ("scanMode", c.Take(s, Names.ScanActionResourceTypeProperty.ScanMode))))));
    }

    private static Node.Mapping? LifecycleOf(MappingContext c, PropertyReader? life) => life is null ? null : MappingContext.Props(
        ("deleteAfter", c.Take(life, Lifecycle.DeleteAfterDays)),
        ("coldStorageAfter", c.Take(life, Lifecycle.MoveToColdStorageAfterDays)),
        ("optInToArchiveForSupportedResources", c.Take(life, Lifecycle.OptInToArchiveForSupportedResources)));
}
