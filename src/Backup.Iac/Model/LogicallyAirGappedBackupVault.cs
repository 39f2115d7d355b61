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
}
