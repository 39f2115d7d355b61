using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Copy = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.CopyActionResourceTypeProperty;
using LifecycleNames = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.LifecycleResourceTypeProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupPlan;
using Plan = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupPlanResourceTypeProperty;
using Rule = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty;
using Setting = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::BackupPlan</c> as <see cref="CfnBackupPlan"/>.</summary>
internal sealed class BackupPlanFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnBackupPlanProps
        {
            BackupPlan = p.Struct(Names.BackupPlan, b => new CfnBackupPlan.BackupPlanResourceTypeProperty
            {
                BackupPlanName = b.RequiredString(Plan.BackupPlanName),
                BackupPlanRule = b.Structs(Plan.BackupPlanRule, RuleOf) ?? Missing(b),
                AdvancedBackupSettings = b.Structs(Plan.AdvancedBackupSettings, s => new CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty
                {
                    ResourceType = s.RequiredString(Setting.ResourceType),
                    BackupOptions = s.Document(Setting.BackupOptions) ?? Missing(s),
                }),
            }) ?? Missing(p),
            BackupPlanTags = p.StringMap(Names.BackupPlanTags),
        };
        return p.Incomplete ? null : new CfnBackupPlan(scope, id, props);
    }

    private static CfnBackupPlan.BackupRuleResourceTypeProperty RuleOf(L1PropertyReader r) => new()
    {
        RuleName = r.RequiredString(Rule.RuleName),
        TargetBackupVault = r.RequiredString(Rule.TargetBackupVault),
        ScheduleExpression = r.String(Rule.ScheduleExpression),
        ScheduleExpressionTimezone = r.String(Rule.ScheduleExpressionTimezone),
        StartWindowMinutes = r.Number(Rule.StartWindowMinutes),
        CompletionWindowMinutes = r.Number(Rule.CompletionWindowMinutes),
        Lifecycle = r.Struct(Rule.Lifecycle, LifecycleOf),
        EnableContinuousBackup = r.Bool(Rule.EnableContinuousBackup),
        CopyActions = r.Structs(Rule.CopyActions, c => new CfnBackupPlan.CopyActionResourceTypeProperty
        {
            DestinationBackupVaultArn = c.RequiredString(Copy.DestinationBackupVaultArn),
            Lifecycle = c.Struct(Copy.Lifecycle, LifecycleOf),
        }),
        RecoveryPointTags = r.StringMap(Rule.RecoveryPointTags),
    };

    private static CfnBackupPlan.LifecycleResourceTypeProperty LifecycleOf(L1PropertyReader l) => new()
    {
        DeleteAfterDays = l.Number(LifecycleNames.DeleteAfterDays),
        MoveToColdStorageAfterDays = l.Number(LifecycleNames.MoveToColdStorageAfterDays),
        OptInToArchiveForSupportedResources = l.Bool(LifecycleNames.OptInToArchiveForSupportedResources),
    };
}
