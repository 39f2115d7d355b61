using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// A logically air-gapped backup vault (<c>AWS::Backup::LogicallyAirGappedBackupVault</c>): always locked in
/// compliance mode with the retention bounds given at creation, and shareable with other accounts for recovery.
/// Rules write into it with <see cref="BackupPlanRule.LogicallyAirGappedVault"/>, or copy into it.
/// </summary>
public sealed class LogicallyAirGappedBackupVault : Construct, IBackupVault
{
    private readonly List<PolicyStatement> grants = [];

    internal LogicallyAirGappedBackupVault(BackupStack stack, string id, LogicallyAirGappedBackupVaultProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
        VaultName = props.BackupVaultName ?? BackupVault.GeneratedName(this);
        VaultArn = Token.AsString(new AttributeValue(LogicalId, CfnLogicallyAirGappedBackupVault.BackupVaultArn));
    }

    /// <summary>The properties given at creation.</summary>
    public LogicallyAirGappedBackupVaultProps Props { get; }

    /// <summary>The logical ID of the vault resource.</summary>
    public string LogicalId { get; }

    /// <inheritdoc />
    public string VaultName { get; }

    /// <inheritdoc />
    public string VaultArn { get; }

    /// <summary>
    /// The access policy written for the vault: <see cref="LogicallyAirGappedBackupVaultProps.AccessPolicy"/> followed by
    /// the statements of <see cref="Grant(PolicyPrincipal, IReadOnlyList{string})"/>; null when there is neither.
    /// </summary>
    public VaultAccessPolicy? AccessPolicy => VaultAccessPolicy.WithGrants(Props.AccessPolicy, grants);

    /// <summary>The statements added by <see cref="Grant(PolicyPrincipal, IReadOnlyList{string})"/>, in order (diagnostics name them <c>Grants[i]</c>).</summary>
    public IReadOnlyList<PolicyStatement> Grants => grants;

    /// <summary>
    /// Lets a principal call AWS Backup actions on this vault and its recovery points, as
    /// <see cref="BackupVault.Grant(PolicyPrincipal, IReadOnlyList{string})"/> does for a standard vault (the same checks, under LAG-015).
    /// </summary>
    /// <param name="principal">Who gets the actions.</param>
    /// <param name="actions">The actions, each spelled out.</param>
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
    /// <param name="role">The role.</param>
    /// <param name="actions">The actions, each spelled out.</param>
    /// <returns>The statement added.</returns>
    public PolicyStatement Grant(IBackupRole role, params IReadOnlyList<string> actions)
    {
        ArgumentNullException.ThrowIfNull(role);
        return Grant(PolicyPrincipal.FromArn(role.RoleArn), actions);
    }
}

/// <summary>Properties of a <see cref="LogicallyAirGappedBackupVault"/>.</summary>
public sealed record LogicallyAirGappedBackupVaultProps
{
    /// <summary>The vault's name: 2 to 50 letters, digits, <c>-</c> and <c>_</c>. It cannot change after creation.</summary>
    /// <value>Default: generated from the construct path, as for <see cref="BackupVault"/>.</value>
    public string? BackupVaultName { get; init; }

    /// <summary>The shortest retention of the recovery points it accepts: at least 7 days. Fixed at creation.</summary>
    public required Duration MinRetention { get; init; }

    /// <summary>The longest retention of the recovery points it accepts: at most 36,500 days. Fixed at creation.</summary>
    public required Duration MaxRetention { get; init; }

    /// <summary>A customer managed KMS key (its ARN as a string, or an <see cref="ExternalKey"/>). Fixed at creation.</summary>
    /// <value>Default: an AWS owned key.</value>
    public ExternalKey? EncryptionKeyArn { get; init; }

    /// <summary>The ARN of a multi-party approval team for the vault.</summary>
    /// <value>Default: none.</value>
    public string? MpaApprovalTeamArn { get; init; }

    /// <summary>Tags of the vault.</summary>
    /// <value>Default: no tags.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The vault's access policy.</summary>
    /// <value>Default: none.</value>
    public VaultAccessPolicy? AccessPolicy { get; init; }

    /// <summary>SNS notifications of vault events.</summary>
    /// <value>Default: none.</value>
    public VaultNotifications? Notifications { get; init; }

    /// <summary>What happens to the vault when the stack deletes or replaces it.</summary>
    /// <value>Default: <see cref="RemovalPolicy.Retain"/>; its recovery points cannot be deleted before they expire anyway.</value>
    public RemovalPolicy RemovalPolicy { get; init; } = RemovalPolicy.Retain;
}

// The stack's factory of LogicallyAirGappedBackupVault, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a logically air-gapped backup vault.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public LogicallyAirGappedBackupVault AddLogicallyAirGappedVault(string id, LogicallyAirGappedBackupVaultProps props) => new(this, id, props);
}
