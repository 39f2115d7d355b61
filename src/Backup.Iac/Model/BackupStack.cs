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

    /// <summary>The stack's name.</summary>
    public string StackName => Props.StackName ?? Id;

    /// <summary>The account, when known at synth time.</summary>
    public string? Account => Props.Account;

    /// <summary>The Region, when known at synth time.</summary>
    public string? Region => Props.Region;

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

    /// <summary>Adds an AWS Organizations backup policy (deploy the stack to the management account or a delegated administrator).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The policy's document and targets.</param>
    /// <returns>The policy.</returns>
    public BackupPolicy AddBackupPolicy(string id, BackupPolicyProps props) => new(this, id, props);

    /// <summary>Adds a backup plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public BackupPlan AddPlan(string id, BackupPlanProps props) => new(this, id, props);
}
