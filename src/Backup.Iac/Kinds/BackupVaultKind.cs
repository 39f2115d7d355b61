using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A backup vault (<c>AWS::Backup::BackupVault</c>).</summary>
internal sealed class BackupVaultKind : ResourceKind<BackupVault>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupVault];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(BackupVault construct, LoweringContext context)
    {
        var p = construct.Props;
        var properties = MapValue.Of(
            new(CfnBackupVault.BackupVaultName, Str(construct.VaultName)),
            new(CfnBackupVault.EncryptionKeyArn, Str(p.EncryptionKeyArn)),
            new(CfnBackupVault.BackupVaultTags, Tags(p.Tags)),
            new(CfnBackupVault.AccessPolicy, p.AccessPolicy is null ? null : PolicyDocuments.ToValue(p.AccessPolicy, out _)),
            new(CfnBackupVault.Notifications, Notifications(p.Notifications)),
            new(CfnBackupVault.LockConfiguration, p.Lock is null ? null : MapValue.Of(
                new(CfnBackupVault.LockConfigurationTypeProperty.MinRetentionDays, Days(p.Lock.MinRetention)),
                new(CfnBackupVault.LockConfigurationTypeProperty.MaxRetentionDays, Days(p.Lock.MaxRetention)),
                new(CfnBackupVault.LockConfigurationTypeProperty.ChangeableForDays, Days(p.Lock.ChangeableFor)))));
        yield return new Resource(construct.LogicalId, ResourceTypes.BackupVault, construct.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    // ── import (scope "import") ──
}
