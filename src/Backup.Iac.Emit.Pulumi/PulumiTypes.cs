using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// The one table of Pulumi type tokens (short YAML form, expanded by the runtime to <c>aws:backup/vault:Vault</c>), the
/// graph type each comes from, and the outputs that CloudFormation's <c>Ref</c> and <c>Fn::GetAtt</c> become.
/// </summary>
internal static class PulumiTypes
{
    public const string Vault = "aws:backup:Vault";
    public const string VaultPolicy = "aws:backup:VaultPolicy";
    public const string VaultNotifications = "aws:backup:VaultNotifications";
    public const string VaultLockConfiguration = "aws:backup:VaultLockConfiguration";
    public const string LogicallyAirGappedVault = "aws:backup:LogicallyAirGappedVault";
    public const string Plan = "aws:backup:Plan";
    public const string Selection = "aws:backup:Selection";
    public const string RestoreTestingPlan = "aws:backup:RestoreTestingPlan";
    public const string RestoreTestingSelection = "aws:backup:RestoreTestingSelection";
    public const string GlobalSettings = "aws:backup:GlobalSettings";
    public const string RegionSettings = "aws:backup:RegionSettings";
    public const string Framework = "aws:backup:Framework";
    public const string ReportPlan = "aws:backup:ReportPlan";
    public const string OrganizationsPolicy = "aws:organizations:Policy";
    public const string PolicyAttachment = "aws:organizations:PolicyAttachment";
    public const string Role = "aws:iam:Role";
    public const string RolePolicyAttachments = "aws:iam:RolePolicyAttachmentsExclusive";
    public const string ServiceLinkedRole = "aws:iam:ServiceLinkedRole";
    public const string Recorder = "aws:cfg:Recorder";
    public const string RecorderStatus = "aws:cfg:RecorderStatus";
    public const string DeliveryChannel = "aws:cfg:DeliveryChannel";
    public const string StackSet = "aws:cloudformation:StackSet";
    public const string StackSetInstance = "aws:cloudformation:StackSetInstance";

    /// <summary>Graph types that the graph's shared type list does not name (yet).</summary>
    public const string CfnFramework = "AWS::Backup::Framework";
    public const string CfnReportPlan = "AWS::Backup::ReportPlan";
    public const string CfnOrganizationsPolicy = "AWS::Organizations::Policy";

    /// <summary>The main Pulumi resource type of each graph type that has one.</summary>
    public static IReadOnlyDictionary<string, string> Main { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResourceTypes.BackupVault] = Vault,
        [ResourceTypes.LogicallyAirGappedBackupVault] = LogicallyAirGappedVault,
        [ResourceTypes.BackupPlan] = Plan,
        [ResourceTypes.BackupSelection] = Selection,
        [ResourceTypes.RestoreTestingPlan] = RestoreTestingPlan,
        [ResourceTypes.RestoreTestingSelection] = RestoreTestingSelection,
        [ResourceTypes.GlobalSettings] = GlobalSettings,
        [ResourceTypes.RegionSettings] = RegionSettings,
        [ResourceTypes.IamRole] = Role,
        [CfnFramework] = Framework,
        [CfnReportPlan] = ReportPlan,
        [CfnOrganizationsPolicy] = OrganizationsPolicy,
        [ResourceTypes.ServiceLinkedRole] = ServiceLinkedRole,
        [ResourceTypes.ConfigurationRecorder] = Recorder,
        [ResourceTypes.ConfigDeliveryChannel] = DeliveryChannel,
        [ResourceTypes.StackSet] = StackSet,
    };

    /// <summary>What <c>Ref</c> returns (an output name), and what each <c>Fn::GetAtt</c> attribute becomes, per graph type.</summary>
    public static IReadOnlyDictionary<string, (string? Ref, IReadOnlyDictionary<string, string> Attributes)> Outputs { get; } =
        new Dictionary<string, (string?, IReadOnlyDictionary<string, string>)>(StringComparer.Ordinal)
        {
            [ResourceTypes.BackupVault] = ("name", Attributes(("BackupVaultName", "name"), ("BackupVaultArn", "arn"))),
            [ResourceTypes.LogicallyAirGappedBackupVault] = ("name", Attributes(("BackupVaultName", "name"), ("BackupVaultArn", "arn"))),
            [ResourceTypes.BackupPlan] = ("id", Attributes(("BackupPlanId", "id"), ("BackupPlanArn", "arn"), ("VersionId", "version"))),
            [ResourceTypes.BackupSelection] = ("id", Attributes(("SelectionId", "id"))),
            [ResourceTypes.RestoreTestingPlan] = ("name", Attributes(("RestoreTestingPlanName", "name"), ("RestoreTestingPlanArn", "arn"))),
            [ResourceTypes.RestoreTestingSelection] = (null, Attributes()),
            [ResourceTypes.GlobalSettings] = (null, Attributes()),
            [ResourceTypes.RegionSettings] = (null, Attributes()),
            [ResourceTypes.IamRole] = ("name", Attributes(("Arn", "arn"), ("RoleId", "uniqueId"))),
            [CfnFramework] = ("arn", Attributes(("FrameworkArn", "arn"), ("CreationTime", "creationTime"), ("DeploymentStatus", "deploymentStatus"), ("FrameworkStatus", "status"))),
            [CfnReportPlan] = ("arn", Attributes(("ReportPlanArn", "arn"))),
            [CfnOrganizationsPolicy] = ("id", Attributes(("Id", "id"), ("Arn", "arn"))),
            [ResourceTypes.ServiceLinkedRole] = ("name", Attributes(("RoleName", "name"))),
            [ResourceTypes.ConfigurationRecorder] = ("name", Attributes(("Id", "name"))),
            [ResourceTypes.ConfigDeliveryChannel] = ("name", Attributes(("Id", "name"))),
            [ResourceTypes.StackSet] = ("stackSetId", Attributes(("StackSetId", "stackSetId"))),
        };

    /// <summary>The types whose ARN becomes a stack output.</summary>
    public static IReadOnlySet<string> WithArnOutput { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Vault, LogicallyAirGappedVault, Plan, RestoreTestingPlan, Framework, ReportPlan, OrganizationsPolicy,
    };

    private static Dictionary<string, string> Attributes(params (string Cfn, string Pulumi)[] pairs) =>
        pairs.ToDictionary(p => p.Cfn, p => p.Pulumi, StringComparer.Ordinal);
}
