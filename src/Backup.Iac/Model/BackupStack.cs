namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupStack"/>.</summary>
public sealed record BackupStackProps
{
    /// <summary>The AWS account ID the stack deploys to (12 digits).</summary>
    /// <value>Default: unknown until deploy; account-dependent checks (cross-account copies) are skipped.</value>
    public string? Account { get; init; }

    /// <summary>The Region the stack deploys to, e.g. <c>eu-west-1</c>.</summary>
    /// <value>Default: unknown until deploy; Region-dependent checks (cross-Region copies) are skipped.</value>
    public string? Region { get; init; }

    /// <summary>The stack's name in CloudFormation.</summary>
    /// <value>Default: the stack's construct ID.</value>
    public string? StackName { get; init; }

    /// <summary>AWS Backup Audit Manager quotas raised in this stack's account and Region.</summary>
    /// <value>Default: AWS's default quotas.</value>
    public AuditManagerQuotas? AuditManagerQuotas { get; init; }

    /// <summary>A description written into the template.</summary>
    /// <value>Default: no description.</value>
    public string? Description { get; init; }
}

/// <summary>A unit of deployment: one CloudFormation stack (or one Pulumi program) with its vaults, plans and selections.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stack is AWS's word for the unit of deployment.")]
public sealed class BackupStack : Construct
{
    internal BackupStack(BackupApp app, string id, BackupStackProps props)
        : base(app, id)
    {
        Props = props;
    }

    /// <summary>The properties given at creation.</summary>
    public BackupStackProps Props { get; }

    private readonly Dictionary<string, string> logicalIds = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives the resource of the construct that will be created at <paramref name="constructPath"/> a fixed logical
    /// ID instead of the one derived from its path (as the AWS CDK's <c>overrideLogicalId</c>), to keep the logical IDs
    /// of an existing template. Call it before creating the construct.
    /// </summary>
    /// <param name="constructPath">The construct's path below the stack, e.g. <c>DailyPlan</c> or <c>DailyPlan/Tagged</c> (<c>DailyPlan/Tagged/Role</c> for a selection's generated role).</param>
    /// <param name="logicalId">The logical ID: 1 to 255 letters and digits.</param>
    public void OverrideLogicalId(string constructPath, string logicalId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(constructPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalId);
        Root.ThrowIfSynthesized();
        if (logicalId.Length > 255 || !logicalId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"Logical ID '{logicalId}' must be 1 to 255 ASCII letters and digits.", nameof(logicalId));
        }

        logicalIds[constructPath] = logicalId;
    }

    /// <summary>Adds a resource written exactly as given, without checks (the escape hatch of the AWS CDK's <c>CfnResource</c>).</summary>
    /// <param name="id">The construct ID, unique in the stack.</param>
    /// <param name="type">The resource type.</param>
    /// <param name="properties">The properties.</param>
    /// <returns>The resource.</returns>
    public RawResource AddRawResource(string id, string type, Graph.MapValue properties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(properties);
        return new RawResource(this, id, type, properties);
    }

    internal string? LogicalIdFor(string constructPath) => logicalIds.GetValueOrDefault(constructPath);

    /// <summary>The stack's name.</summary>
    public string StackName => Props.StackName ?? Id;

    /// <summary>For a member stack (<see cref="BackupApp.AddMemberStack"/>), the StackSet that deploys it; otherwise null.</summary>
    public StackSetRollout? Rollout { get; internal set; }

    /// <summary>The account, when known at synth time.</summary>
    public string? Account => Props.Account;

    /// <summary>The Region, when known at synth time.</summary>
    public string? Region => Props.Region;

    /// <summary>Where the stack deploys (its known account, Region and partition), computed once; every same-account and Region question is asked of it.</summary>
    internal StackEnvironment Environment => environment ??= StackEnvironment.Of(this);

    private StackEnvironment? environment;

    /// <summary>Adds a backup vault.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public BackupVault AddVault(string id, BackupVaultProps? props = null) => new(this, id, props ?? new BackupVaultProps());

    /// <summary>Adds a logically air-gapped backup vault.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public LogicallyAirGappedBackupVault AddLogicallyAirGappedVault(string id, LogicallyAirGappedBackupVaultProps props) => new(this, id, props);

    /// <summary>Adds a restore testing plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public RestoreTestingPlan AddRestoreTestingPlan(string id, RestoreTestingPlanProps props) => new(this, id, props);

    /// <summary>Adds a legal hold on recovery points.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The hold's properties.</param>
    /// <returns>The legal hold.</returns>
    public LegalHold AddLegalHold(string id, LegalHoldProps props) => new(this, id, props);

    /// <summary>Adds a tiering configuration (S3 backups moved to a lower-cost tier).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The configuration's properties.</param>
    /// <returns>The tiering configuration.</returns>
    public TieringConfiguration AddTieringConfiguration(string id, TieringConfigurationProps props) => new(this, id, props);

    /// <summary>Sets the account's AWS Backup global settings (management account only). CloudFormation has no resource for them.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The settings.</param>
    /// <returns>The settings.</returns>
    public GlobalSettings AddGlobalSettings(string id, GlobalSettingsProps props) => new(this, id, props);

    /// <summary>Sets the Region's AWS Backup settings (service opt-in and management). CloudFormation has no resource for them.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The settings.</param>
    /// <returns>The settings.</returns>
    public RegionSettings AddRegionSettings(string id, RegionSettingsProps props) => new(this, id, props);

    /// <summary>Adds an AWS Backup Audit Manager framework.</summary>
    /// <param name="id">The construct ID, also the default framework name.</param>
    /// <param name="props">The framework's properties.</param>
    /// <returns>The framework.</returns>
    public Framework AddFramework(string id, FrameworkProps props) => new(this, id, props);

    /// <summary>Adds an AWS Backup Audit Manager report plan.</summary>
    /// <param name="id">The construct ID, also the default report plan name.</param>
    /// <param name="props">The report plan's properties.</param>
    /// <returns>The report plan.</returns>
    public ReportPlan AddReportPlan(string id, ReportPlanProps props) => new(this, id, props);

    /// <summary>Adds resource tracking (the AWS Config recorder Audit Manager needs), or declares one managed elsewhere.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The recorder's properties.</param>
    /// <returns>The resource tracking.</returns>
    public ResourceTracking AddResourceTracking(string id, ResourceTrackingProps? props = null) => new(this, id, props ?? new ResourceTrackingProps());

    /// <summary>Adds an AWS Organizations backup policy (deploy the stack to the management account or a delegated administrator).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The policy's document and targets.</param>
    /// <returns>The policy.</returns>
    public BackupPolicy AddBackupPolicy(string id, BackupPolicyProps props) => new(this, id, props);

    /// <summary>Adds an IAM role for AWS Backup (the role a backup policy's selections name, in a member stack).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The role's name and path.</param>
    /// <returns>The role.</returns>
    public BackupServiceRole AddBackupServiceRole(string id, BackupServiceRoleProps? props = null) => new(this, id, props ?? new BackupServiceRoleProps());

    /// <summary>Adds a backup plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public BackupPlan AddPlan(string id, BackupPlanProps props) => new(this, id, props);

    /// <summary>
    /// Assigns resources to a plan with a selection of the stack (path <c>Selection</c>), as the AWS CDK's
    /// <c>new BackupSelection(stack, 'Selection', { backupPlan })</c>, so a selection moved from the CDK keeps its logical
    /// IDs (its generated role is <c>SelectionRoleD0EAEC83</c>, not the plan child's <c>PlanSelectionRole6D10F4B7</c>).
    /// <see cref="BackupPlan.AddSelection"/> creates it as the plan's child instead; both are checked and written alike.
    /// </summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="props">The plan (in this stack), what to select, and the IAM role.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">The plan is in another stack.</exception>
    public BackupSelection AddSelection(string id, BackupSelectionProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        return new(this, id, props.Plan, props);
    }
}
