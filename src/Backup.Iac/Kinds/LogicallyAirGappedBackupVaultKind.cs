using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A logically air-gapped backup vault.</summary>
internal sealed class LogicallyAirGappedBackupVaultKind : ResourceKind<LogicallyAirGappedBackupVault>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LogicallyAirGappedBackupVault];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(LogicallyAirGappedBackupVault construct, LoweringContext context)
    {
        var p = construct.Props;
        var properties = MapValue.Of(
            new(CfnLogicallyAirGappedBackupVault.BackupVaultName, Str(construct.VaultName)),
            new(CfnLogicallyAirGappedBackupVault.MinRetentionDays, Days(p.MinRetention)),
            new(CfnLogicallyAirGappedBackupVault.MaxRetentionDays, Days(p.MaxRetention)),
            new(CfnLogicallyAirGappedBackupVault.EncryptionKeyArn, Str(p.EncryptionKeyArn)),
            new(CfnLogicallyAirGappedBackupVault.MpaApprovalTeamArn, Str(p.MpaApprovalTeamArn)),
            new(CfnLogicallyAirGappedBackupVault.BackupVaultTags, Tags(p.Tags)),
            new(CfnLogicallyAirGappedBackupVault.AccessPolicy, p.AccessPolicy is null ? null : PolicyDocuments.ToValue(p.AccessPolicy, out _)),
            new(CfnLogicallyAirGappedBackupVault.Notifications, Notifications(p.Notifications)));
        yield return new Resource(construct.LogicalId, ResourceTypes.LogicallyAirGappedBackupVault, construct.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    // ── import (scope "import") ──
}
