using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

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
