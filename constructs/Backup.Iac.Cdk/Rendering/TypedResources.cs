using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Amazon.CDK.AWS.Config;
using Amazon.CDK.AWS.IAM;
using CfnPolicy = Amazon.CDK.AWS.Organizations.CfnPolicy;
using CfnPolicyProps = Amazon.CDK.AWS.Organizations.CfnPolicyProps;


namespace Backup.Iac.Cdk.Rendering;

using Construct = Constructs.Construct;

/// <summary>
/// The graph resource types that Amazon.CDK.Lib 2.160 has an L1 class for, each read into the class's typed props.
/// A factory returns null when a required field cannot be read; the resource is then written with the generic
/// <see cref="CfnResource"/>. Types without an entry here (the logically air-gapped vault, legal holds, tiering
/// configurations: 2.160 has no class for them) are always written with <see cref="CfnResource"/>. A test checks that
/// every resource type the core declares (<c>ResourceTypes</c>) with an <c>AWS::</c> prefix is either here or one of
/// those three.
/// </summary>
internal static class TypedResources
{
    public static IReadOnlyDictionary<string, Func<Construct, string, PropertyReader, CfnResource?>> Factories { get; } =
        new Dictionary<string, Func<Construct, string, PropertyReader, CfnResource?>>(StringComparer.Ordinal)
        {
            ["AWS::Backup::BackupVault"] = Vault,
            ["AWS::Backup::BackupPlan"] = Plan,
            ["AWS::Backup::BackupSelection"] = Selection,
            ["AWS::Backup::RestoreTestingPlan"] = RestoreTestingPlan,
            ["AWS::Backup::RestoreTestingSelection"] = RestoreTestingSelection,
            ["AWS::Backup::Framework"] = Framework,
            ["AWS::Backup::ReportPlan"] = ReportPlan,
            ["AWS::Organizations::Policy"] = OrganizationsPolicy,
            ["AWS::Config::ConfigurationRecorder"] = ConfigurationRecorder,
            ["AWS::Config::DeliveryChannel"] = DeliveryChannel,
            ["AWS::IAM::Role"] = Role,
            ["AWS::IAM::ServiceLinkedRole"] = ServiceLinkedRole,
            ["AWS::CloudFormation::StackSet"] = StackSet,
        };

    private static CfnStackSet? StackSet(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnStackSetProps
        {
            StackSetName = p.RequiredString("StackSetName"),
            PermissionModel = p.RequiredString("PermissionModel"),
            Description = p.String("Description"),
            CallAs = p.String("CallAs"),
            Capabilities = p.Strings("Capabilities"),
            AutoDeployment = p.Struct("AutoDeployment", a => new CfnStackSet.AutoDeploymentProperty
            {
                Enabled = a.Bool("Enabled"),
                RetainStacksOnAccountRemoval = a.Bool("RetainStacksOnAccountRemoval"),
            }),
            OperationPreferences = p.Struct("OperationPreferences", o => new CfnStackSet.OperationPreferencesProperty
            {
                FailureToleranceCount = o.Number("FailureToleranceCount"),
                FailureTolerancePercentage = o.Number("FailureTolerancePercentage"),
                MaxConcurrentCount = o.Number("MaxConcurrentCount"),
                MaxConcurrentPercentage = o.Number("MaxConcurrentPercentage"),
                RegionConcurrencyType = o.String("RegionConcurrencyType"),
                RegionOrder = o.Strings("RegionOrder"),
            }),
            StackInstancesGroup = p.Structs("StackInstancesGroup", g => new CfnStackSet.StackInstancesProperty
            {
                DeploymentTargets = g.Struct("DeploymentTargets", t => new CfnStackSet.DeploymentTargetsProperty
                {
                    OrganizationalUnitIds = t.Strings("OrganizationalUnitIds"),
                }) ?? Missing(g),
                Regions = g.RequiredStrings("Regions"),
            }),
            TemplateBody = p.String("TemplateBody"),
            TemplateUrl = p.String("TemplateURL"),
        };
        return p.Incomplete ? null : new CfnStackSet(scope, id, props);
    }

    private static CfnBackupVault? Vault(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnBackupVaultProps
        {
            BackupVaultName = p.RequiredString("BackupVaultName"),
            AccessPolicy = p.Document("AccessPolicy"),
            BackupVaultTags = p.StringMap("BackupVaultTags"),
            EncryptionKeyArn = p.String("EncryptionKeyArn"),
            LockConfiguration = p.Struct("LockConfiguration", l => new CfnBackupVault.LockConfigurationTypeProperty
            {
                MinRetentionDays = l.RequiredNumber("MinRetentionDays"),
                MaxRetentionDays = l.Number("MaxRetentionDays"),
                ChangeableForDays = l.Number("ChangeableForDays"),
            }),
            Notifications = p.Struct("Notifications", n => new CfnBackupVault.NotificationObjectTypeProperty
            {
                SnsTopicArn = n.RequiredString("SNSTopicArn"),
                BackupVaultEvents = n.RequiredStrings("BackupVaultEvents"),
            }),
        };
        return p.Incomplete ? null : new CfnBackupVault(scope, id, props);
    }

    private static CfnBackupPlan? Plan(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnBackupPlanProps
        {
            BackupPlan = p.Struct("BackupPlan", b => new CfnBackupPlan.BackupPlanResourceTypeProperty
            {
                BackupPlanName = b.RequiredString("BackupPlanName"),
                BackupPlanRule = b.Structs("BackupPlanRule", Rule) ?? Missing(b),
                AdvancedBackupSettings = b.Structs("AdvancedBackupSettings", s => new CfnBackupPlan.AdvancedBackupSettingResourceTypeProperty
                {
                    ResourceType = s.RequiredString("ResourceType"),
                    BackupOptions = s.Document("BackupOptions") ?? Missing(s),
                }),
            }) ?? Missing(p),
            BackupPlanTags = p.StringMap("BackupPlanTags"),
        };
        return p.Incomplete ? null : new CfnBackupPlan(scope, id, props);
    }

    private static CfnBackupPlan.BackupRuleResourceTypeProperty Rule(PropertyReader r) => new()
    {
        RuleName = r.RequiredString("RuleName"),
        TargetBackupVault = r.RequiredString("TargetBackupVault"),
        ScheduleExpression = r.String("ScheduleExpression"),
        ScheduleExpressionTimezone = r.String("ScheduleExpressionTimezone"),
        StartWindowMinutes = r.Number("StartWindowMinutes"),
        CompletionWindowMinutes = r.Number("CompletionWindowMinutes"),
        Lifecycle = r.Struct("Lifecycle", Lifecycle),
        EnableContinuousBackup = r.Bool("EnableContinuousBackup"),
        CopyActions = r.Structs("CopyActions", c => new CfnBackupPlan.CopyActionResourceTypeProperty
        {
            DestinationBackupVaultArn = c.RequiredString("DestinationBackupVaultArn"),
            Lifecycle = c.Struct("Lifecycle", Lifecycle),
        }),
        RecoveryPointTags = r.StringMap("RecoveryPointTags"),
    };

    private static CfnBackupPlan.LifecycleResourceTypeProperty Lifecycle(PropertyReader l) => new()
    {
        DeleteAfterDays = l.Number("DeleteAfterDays"),
        MoveToColdStorageAfterDays = l.Number("MoveToColdStorageAfterDays"),
        OptInToArchiveForSupportedResources = l.Bool("OptInToArchiveForSupportedResources"),
    };

    private static CfnBackupSelection? Selection(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnBackupSelectionProps
        {
            BackupPlanId = p.RequiredString("BackupPlanId"),
            BackupSelection = p.Struct("BackupSelection", s => new CfnBackupSelection.BackupSelectionResourceTypeProperty
            {
                SelectionName = s.RequiredString("SelectionName"),
                IamRoleArn = s.RequiredString("IamRoleArn"),
                Resources = s.Strings("Resources"),
                NotResources = s.Strings("NotResources"),
                ListOfTags = s.Structs("ListOfTags", t => new CfnBackupSelection.ConditionResourceTypeProperty
                {
                    ConditionKey = t.RequiredString("ConditionKey"),
                    ConditionType = t.RequiredString("ConditionType"),
                    ConditionValue = t.RequiredString("ConditionValue"),
                }),
                // Json in 2.160's spec: its struct (ConditionsProperty) would render camelCase keys, which CloudFormation rejects.
                Conditions = s.Document("Conditions"),
            }) ?? Missing(p),
        };
        return p.Incomplete ? null : new CfnBackupSelection(scope, id, props);
    }

    private static CfnRestoreTestingPlan? RestoreTestingPlan(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnRestoreTestingPlanProps
        {
            RestoreTestingPlanName = p.RequiredString("RestoreTestingPlanName"),
            ScheduleExpression = p.RequiredString("ScheduleExpression"),
            ScheduleExpressionTimezone = p.String("ScheduleExpressionTimezone"),
            ScheduleStatus = p.String("ScheduleStatus"),
            StartWindowHours = p.Number("StartWindowHours"),
            RecoveryPointSelection = p.Struct("RecoveryPointSelection", s => new CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty
            {
                Algorithm = s.RequiredString("Algorithm"),
                IncludeVaults = s.RequiredStrings("IncludeVaults"),
                RecoveryPointTypes = s.RequiredStrings("RecoveryPointTypes"),
                ExcludeVaults = s.Strings("ExcludeVaults"),
                SelectionWindowDays = s.Number("SelectionWindowDays"),
            }) ?? Missing(p),
            Tags = p.Tags("Tags"),
        };
        return p.Incomplete ? null : new CfnRestoreTestingPlan(scope, id, props);
    }

    private static CfnRestoreTestingSelection? RestoreTestingSelection(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnRestoreTestingSelectionProps
        {
            RestoreTestingPlanName = p.RequiredString("RestoreTestingPlanName"),
            RestoreTestingSelectionName = p.RequiredString("RestoreTestingSelectionName"),
            ProtectedResourceType = p.RequiredString("ProtectedResourceType"),
            IamRoleArn = p.RequiredString("IamRoleArn"),
            ProtectedResourceArns = p.Strings("ProtectedResourceArns"),
            ProtectedResourceConditions = p.Struct("ProtectedResourceConditions", c => new CfnRestoreTestingSelection.ProtectedResourceConditionsProperty
            {
                StringEquals = c.Structs("StringEquals", KeyValue),
                StringNotEquals = c.Structs("StringNotEquals", KeyValue),
            }),
            RestoreMetadataOverrides = p.StringMap("RestoreMetadataOverrides"),
            ValidationWindowHours = p.Number("ValidationWindowHours"),
        };
        return p.Incomplete ? null : new CfnRestoreTestingSelection(scope, id, props);
    }

    private static CfnRestoreTestingSelection.KeyValueProperty KeyValue(PropertyReader k) => new()
    {
        Key = k.RequiredString("Key"),
        Value = k.RequiredString("Value"),
    };

    private static CfnFramework? Framework(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnFrameworkProps
        {
            FrameworkName = p.String("FrameworkName"),
            FrameworkDescription = p.String("FrameworkDescription"),
            FrameworkControls = p.Structs("FrameworkControls", c => new CfnFramework.FrameworkControlProperty
            {
                ControlName = c.RequiredString("ControlName"),
                ControlInputParameters = c.Structs("ControlInputParameters", i => new CfnFramework.ControlInputParameterProperty
                {
                    ParameterName = i.RequiredString("ParameterName"),
                    ParameterValue = i.RequiredString("ParameterValue"),
                }),
                ControlScope = c.Document("ControlScope"), // Json in 2.160's spec: its struct would render camelCase keys
            }) ?? Missing(p),
            FrameworkTags = p.Tags("FrameworkTags"),
        };
        return p.Incomplete ? null : new CfnFramework(scope, id, props);
    }

    private static CfnReportPlan? ReportPlan(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnReportPlanProps
        {
            ReportPlanName = p.String("ReportPlanName"),
            ReportPlanDescription = p.String("ReportPlanDescription"),
            // Json in 2.160's spec: their structs (ReportDeliveryChannelProperty, ReportSettingProperty) would render camelCase keys.
            ReportDeliveryChannel = p.Document("ReportDeliveryChannel") ?? Missing(p),
            ReportSetting = p.Document("ReportSetting") ?? Missing(p),
            ReportPlanTags = p.Tags("ReportPlanTags"),
        };
        return p.Incomplete ? null : new CfnReportPlan(scope, id, props);
    }

    private static CfnPolicy? OrganizationsPolicy(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnPolicyProps
        {
            Name = p.RequiredString("Name"),
            Type = p.RequiredString("Type"),
            Content = p.Document("Content") ?? Missing(p),
            Description = p.String("Description"),
            TargetIds = p.Strings("TargetIds"),
            Tags = p.Tags("Tags"),
        };
        return p.Incomplete ? null : new CfnPolicy(scope, id, props);
    }

    private static CfnConfigurationRecorder? ConfigurationRecorder(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnConfigurationRecorderProps
        {
            RoleArn = p.RequiredString("RoleARN"),
            Name = p.String("Name"),
            RecordingGroup = p.Struct("RecordingGroup", g => new CfnConfigurationRecorder.RecordingGroupProperty
            {
                AllSupported = g.Bool("AllSupported"),
                IncludeGlobalResourceTypes = g.Bool("IncludeGlobalResourceTypes"),
                ResourceTypes = g.Strings("ResourceTypes"),
            }),
        };
        return p.Incomplete ? null : new CfnConfigurationRecorder(scope, id, props);
    }

    private static CfnDeliveryChannel? DeliveryChannel(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnDeliveryChannelProps
        {
            S3BucketName = p.RequiredString("S3BucketName"),
            S3KeyPrefix = p.String("S3KeyPrefix"),
            S3KmsKeyArn = p.String("S3KmsKeyArn"),
            SnsTopicArn = p.String("SnsTopicARN"),
            Name = p.String("Name"),
            ConfigSnapshotDeliveryProperties = p.Struct("ConfigSnapshotDeliveryProperties", d => new CfnDeliveryChannel.ConfigSnapshotDeliveryPropertiesProperty
            {
                DeliveryFrequency = d.String("DeliveryFrequency"),
            }),
        };
        return p.Incomplete ? null : new CfnDeliveryChannel(scope, id, props);
    }

    private static CfnServiceLinkedRole? ServiceLinkedRole(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnServiceLinkedRoleProps
        {
            AwsServiceName = p.String("AWSServiceName"),
            CustomSuffix = p.String("CustomSuffix"),
            Description = p.String("Description"),
        };
        return p.Incomplete ? null : new CfnServiceLinkedRole(scope, id, props);
    }

    private static CfnRole? Role(Construct scope, string id, PropertyReader p)
    {
        var props = new CfnRoleProps
        {
            AssumeRolePolicyDocument = p.Document("AssumeRolePolicyDocument") ?? Missing(p),
            ManagedPolicyArns = p.Strings("ManagedPolicyArns"),
            Description = p.String("Description"),
            MaxSessionDuration = p.Number("MaxSessionDuration"),
            Path = p.String("Path"),
            PermissionsBoundary = p.String("PermissionsBoundary"),
            RoleName = p.String("RoleName"),
            Policies = p.Structs("Policies", s => new CfnRole.PolicyProperty
            {
                PolicyName = s.RequiredString("PolicyName"),
                PolicyDocument = s.Document("PolicyDocument") ?? Missing(s),
            }),
            Tags = p.Tags("Tags"),
        };
        return p.Incomplete ? null : new CfnRole(scope, id, props);
    }

    /// <summary>Marks a required field that could not be read; the caller then writes the resource generically.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The placeholder stands for values of any type.")]
    private static object Missing(PropertyReader reader)
    {
        reader.MarkIncomplete();
        return "";
    }
}
