using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A backup vault (<c>AWS::Backup::BackupVault</c>): where recovery points are stored, with its key, policy, notifications and lock.</summary>
public sealed class BackupVault : Construct, IBackupVault
{
    private readonly List<PolicyStatement> grants = [];

    /// <summary>Creates a vault in a stack, or in a plan (the vault a plan creates for its rules, <c>Plan/Vault</c>, as the AWS CDK).</summary>
    internal BackupVault(Construct scope, string id, BackupVaultProps props)
        : base(scope, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
        VaultName = props.BackupVaultName ?? GeneratedName(this);
        VaultArn = Token.AsString(new AttributeValue(LogicalId, CfnBackupVault.BackupVaultArn));
    }

    /// <summary>The properties given at creation.</summary>
    public BackupVaultProps Props { get; }

    /// <summary>The logical ID of the vault resource.</summary>
    public string LogicalId { get; }

    /// <summary>The vault's name: the given one, or the one generated from the path.</summary>
    public string VaultName { get; }

    /// <summary>The vault's ARN, known at deploy time.</summary>
    public string VaultArn { get; }

    /// <summary>
    /// The access policy written for the vault: <see cref="BackupVaultProps.AccessPolicy"/> followed by the statements of
    /// <see cref="Grant(PolicyPrincipal, IReadOnlyList{string})"/>; null when there is neither.
    /// </summary>
    public VaultAccessPolicy? AccessPolicy => VaultAccessPolicy.WithGrants(Props.AccessPolicy, grants);

    /// <summary>The statements added by <see cref="Grant(PolicyPrincipal, IReadOnlyList{string})"/>, in order (diagnostics name them <c>Grants[i]</c>).</summary>
    public IReadOnlyList<PolicyStatement> Grants => grants;

    /// <summary>
    /// Lets a principal call AWS Backup actions on this vault and its recovery points, as the AWS CDK's
    /// <c>vault.grant(grantee, ...actions)</c>: adds an <c>Allow</c> statement to the vault's access policy (after the
    /// statements of <see cref="BackupVaultProps.AccessPolicy"/>, typed or JSON). Each action is spelled out: vault access
    /// policies do not support wildcards, so <c>backup:*</c> is reported at synth (BKP1102, where the CDK throws). A
    /// principal of another account gets only <c>backup:CopyIntoBackupVault</c> (BKP1103), and a destructive action
    /// granted to <see cref="PolicyPrincipal.Anyone"/> is refused (BKP1190).
    /// </summary>
    /// <param name="principal">Who gets the actions, e.g. <c>PolicyPrincipal.FromArn(roleArn)</c>.</param>
    /// <param name="actions">The actions, e.g. <c>backup:StartBackupJob</c>.</param>
    /// <returns>The statement added.</returns>
    /// <exception cref="ArgumentException">No action, or an empty one.</exception>
    public PolicyStatement Grant(PolicyPrincipal principal, params IReadOnlyList<string> actions)
    {
        var statement = VaultAccessPolicy.Grant(principal, actions);
        Root.ThrowIfSynthesized();
        grants.Add(statement);
        return statement;
    }

    /// <summary>Lets a role call AWS Backup actions on this vault (see <see cref="Grant(PolicyPrincipal, IReadOnlyList{string})"/>).</summary>
    /// <param name="role">The role, e.g. <c>BackupRole.FromArn(...)</c>.</param>
    /// <param name="actions">The actions, e.g. <c>backup:StartBackupJob</c>.</param>
    /// <returns>The statement added.</returns>
    public PolicyStatement Grant(IBackupRole role, params IReadOnlyList<string> actions)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Grant(PolicyPrincipal.FromArn(role.RoleArn), actions);
    }

    /// <summary>Whether the name was generated (not given by the user).</summary>
    public bool IsNameGenerated => Props.BackupVaultName is null;

    /// <summary>A vault that lives elsewhere, by ARN (<c>arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME</c>).</summary>
    /// <param name="arn">The vault ARN.</param>
    /// <returns>The vault.</returns>
    public static ExternalBackupVault FromArn(string arn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(arn);
        var parsed = Arn.TryParse(arn);
        var name = parsed?.Resource is { } res && res.StartsWith("backup-vault:", StringComparison.Ordinal) ? res["backup-vault:".Length..] : arn;
        return new ExternalBackupVault(name, arn, fromArn: true);
    }

    /// <summary>A vault that lives elsewhere in the stack's own account and Region, by name.</summary>
    /// <param name="name">The vault name.</param>
    /// <returns>The vault.</returns>
    public static ExternalBackupVault FromName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var arn = $"arn:{Aws.Partition}:backup:{Aws.Region}:{Aws.AccountId}:backup-vault:{name}";
        return new ExternalBackupVault(name, arn, fromArn: false);
    }

    /// <summary>The CDK's vault name: the last 50 characters of the path-based unique ID (stack included).</summary>
    internal static string GeneratedName(Construct vault)
    {
        var id = LogicalIds.FromPath(vault.Path);
        return id.Length > 50 ? id[^50..] : id;
    }
}

/// <summary>Properties of a <see cref="BackupVault"/>.</summary>
public sealed record BackupVaultProps
{
    /// <summary>The vault's name: 2 to 50 characters, letters, digits, <c>-</c> and <c>_</c>.</summary>
    /// <value>Default: generated from the construct path, as the AWS CDK does (at most 50 characters).</value>
    public string? BackupVaultName { get; init; }

    /// <summary>The KMS key that encrypts the vault's fully managed backups: its ARN as a string, or an <see cref="ExternalKey"/>.</summary>
    /// <value>Default: the AWS managed key <c>aws/backup</c>.</value>
    public ExternalKey? EncryptionKeyArn { get; init; }

    /// <summary>Tags of the vault.</summary>
    /// <value>Default: no tags.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The vault's access policy.</summary>
    /// <value>Default: no access policy.</value>
    public VaultAccessPolicy? AccessPolicy { get; init; }

    /// <summary>SNS notifications of vault events.</summary>
    /// <value>Default: no notifications.</value>
    public VaultNotifications? Notifications { get; init; }

    /// <summary>The vault lock.</summary>
    /// <value>Default: the vault is not locked.</value>
    public VaultLock? Lock { get; init; }

    /// <summary>What happens to the vault when the stack deletes or replaces it.</summary>
    /// <value>Default: <see cref="RemovalPolicy.Retain"/>: a vault that holds recovery points cannot be deleted anyway.</value>
    public RemovalPolicy RemovalPolicy { get; init; } = RemovalPolicy.Retain;
}

// The stack's factory of BackupVault, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a backup vault.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public BackupVault AddVault(string id, BackupVaultProps? props = null) => new(this, id, props ?? new BackupVaultProps());
}
