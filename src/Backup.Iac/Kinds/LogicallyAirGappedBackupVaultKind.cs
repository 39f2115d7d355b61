using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A logically air-gapped backup vault.</summary>
internal sealed class LogicallyAirGappedBackupVaultKind : ResourceKind<LogicallyAirGappedBackupVault>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LogicallyAirGappedBackupVault];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override int? ImportOrder => 1;

    /// <inheritdoc />
    public override bool ImportsDeletionPolicy => true;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        var p = context.Properties;
        var path = context.Path;
        if (context.Days(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.MinRetentionDays, path, "MinRetention", Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.MinRetentionDays) is not { } min
            || context.Days(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.MaxRetentionDays, path, "MaxRetention", Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.MaxRetentionDays) is not { } max)
        {
            return null; // required: the schema check reports it; kept as written
        }

        var props = new LogicallyAirGappedBackupVaultProps
        {
            BackupVaultName = context.Text(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.BackupVaultName, path, "BackupVaultName"),
            MinRetention = min,
            MaxRetention = max,
            EncryptionKeyArn = context.Text(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.EncryptionKeyArn, path, "EncryptionKeyArn"),
            MpaApprovalTeamArn = context.Text(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.MpaApprovalTeamArn, path, "MpaApprovalTeamArn"),
            Tags = context.StringMap(p, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.BackupVaultTags, path, "Tags", Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.BackupVaultTags),
            AccessPolicy = BackupVaultKind.ReadAccessPolicy(context, p),
            Notifications = BackupVaultKind.ReadNotifications(context, p),
            RemovalPolicy = context.DeletionPolicy ?? RemovalPolicy.Destroy,
        };
        if (p[Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.VaultType] is { } vaultType)
        {
            // Read-only (returned by CloudFormation) but accepted: written back as is.
            context.Keep(Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.VaultType, vaultType, Graph.CloudFormation.CfnLogicallyAirGappedBackupVault.VaultType);
        }

        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddLogicallyAirGappedVault(context.LogicalId, props);
    }
}
