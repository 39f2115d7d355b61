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
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LogicallyAirGappedBackupVault, ResourceTypes.SnsTopicPolicy];

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
            new(CfnLogicallyAirGappedBackupVault.AccessPolicy, construct.AccessPolicy is { } policy ? PolicyDocuments.ToValue(policy, out _) : null),
            new(CfnLogicallyAirGappedBackupVault.Notifications, Notifications(p.Notifications)));
        yield return new Resource(construct.LogicalId, ResourceTypes.LogicallyAirGappedBackupVault, construct.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
        if (NotificationTopicPolicies.Lower(construct, context) is { } topicPolicy)
        {
            yield return topicPolicy; // CreateTopicPolicy: the topic's policy, written once per topic by its first vault
        }
    }

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
