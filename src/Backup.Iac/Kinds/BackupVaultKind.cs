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
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupVault, ResourceTypes.SnsTopicPolicy];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(BackupVault construct, LoweringContext context)
    {
        var p = construct.Props;
        var properties = MapValue.Of(
            new(CfnBackupVault.BackupVaultName, Str(construct.VaultName)),
            new(CfnBackupVault.EncryptionKeyArn, Str(p.EncryptionKeyArn)),
            new(CfnBackupVault.BackupVaultTags, Tags(p.Tags)),
            new(CfnBackupVault.AccessPolicy, construct.AccessPolicy is { } policy ? PolicyDocuments.ToValue(policy, out _) : null),
            new(CfnBackupVault.Notifications, Notifications(p.Notifications)),
            new(CfnBackupVault.LockConfiguration, p.Lock is null ? null : MapValue.Of(
                new(CfnBackupVault.LockConfigurationTypeProperty.MinRetentionDays, Days(p.Lock.MinRetention)),
                new(CfnBackupVault.LockConfigurationTypeProperty.MaxRetentionDays, Days(p.Lock.MaxRetention)),
                new(CfnBackupVault.LockConfigurationTypeProperty.ChangeableForDays, Days(p.Lock.ChangeableFor)))));
        yield return new Resource(construct.LogicalId, ResourceTypes.BackupVault, construct.ResourcePath, properties)
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
    public override int? ImportOrder => 0;

    /// <inheritdoc />
    public override bool ImportsDeletionPolicy => true;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        var p = context.Properties;
        var path = context.Path;
        var props = new BackupVaultProps
        {
            BackupVaultName = context.Text(p, Graph.CloudFormation.CfnBackupVault.BackupVaultName, path, "BackupVaultName"),
            EncryptionKeyArn = context.Text(p, Graph.CloudFormation.CfnBackupVault.EncryptionKeyArn, path, "EncryptionKeyArn"),
            Tags = context.StringMap(p, Graph.CloudFormation.CfnBackupVault.BackupVaultTags, path, "Tags", Graph.CloudFormation.CfnBackupVault.BackupVaultTags),
            AccessPolicy = ReadAccessPolicy(context, p),
            Notifications = ReadNotifications(context, p),
            Lock = ReadLock(context, p),
            RemovalPolicy = context.DeletionPolicy ?? RemovalPolicy.Destroy,
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddVault(context.LogicalId, props);
    }

    /// <summary>A vault's <c>AccessPolicy</c> (an object or a JSON string; kept as written when chosen at deploy time).</summary>
    /// <param name="context">The vault's context.</param>
    /// <param name="p">Its properties.</param>
    /// <returns>The policy, or null.</returns>
    internal static VaultAccessPolicy? ReadAccessPolicy(ImportContext context, Iac.Import.SourceMapping p)
    {
        const string key = Graph.CloudFormation.CfnBackupVault.AccessPolicy;
        var path = context.Path;
        var node = p[key];
        switch (node)
        {
            case null or Iac.Import.SourceScalar { Kind: Iac.Import.ScalarKind.Null }:
                return null;
            case Iac.Import.SourceMapping { IntrinsicName: not null }:
                context.Keep(key, node, "AccessPolicy", $"The access policy of {context.Name(path)}");
                return null;
            case Iac.Import.SourceMapping document when document["Statement"] is Iac.Import.SourceMapping { IntrinsicName: not null }
                || document["Statement"] is Iac.Import.SourceSequence statements && statements.Items.Any(s => s is Iac.Import.SourceMapping { IntrinsicName: not null }):
                context.Keep(key, node, "AccessPolicy"); // statements chosen at deploy time
                return null;
            case Iac.Import.SourceMapping document:
                context.Locate(path, "AccessPolicy", node.At);
                context.Locate(path, "AccessPolicy.Json", node.At);
                return VaultAccessPolicy.FromJson(context.JsonWithTokens(document));
            case Iac.Import.SourceScalar { Kind: Iac.Import.ScalarKind.Text } text:
                context.Locate(path, "AccessPolicy", node.At);
                context.Locate(path, "AccessPolicy.Json", node.At);
                return VaultAccessPolicy.FromJson(text.Text);
            default:
                return null; // wrong type: reported by the schema check
        }
    }

    /// <summary>A vault's <c>Notifications</c> (kept as written when its events are chosen at deploy time).</summary>
    /// <param name="context">The vault's context.</param>
    /// <param name="p">Its properties.</param>
    /// <returns>The notifications, or null.</returns>
    internal static VaultNotifications? ReadNotifications(ImportContext context, Iac.Import.SourceMapping p)
    {
        const string key = Graph.CloudFormation.CfnBackupVault.Notifications;
        const string events = Graph.CloudFormation.CfnBackupVault.NotificationObjectTypeProperty.BackupVaultEvents;
        const string topicArn = Graph.CloudFormation.CfnBackupVault.NotificationObjectTypeProperty.SNSTopicArn;
        var path = context.Path;
        if (context.Object(p, key, key, "Notifications") is not { } n)
        {
            return null;
        }

        context.Locate(path, "Notifications", n.At);
        if (n[events] is not Iac.Import.SourceSequence eventList || eventList.Items.Any(e => e is Iac.Import.SourceMapping) || n[topicArn] is null or Iac.Import.SourceSequence)
        {
            context.Keep(key, n, "Notifications"); // events chosen at deploy time (or a shape the schema check reports): kept as written
            return null;
        }

        var topic = context.Text(n, topicArn, path, "Notifications.TopicArn");
        var eventNames = context.StringList(n, events, path, "Notifications.Events", $"{key}.{events}");
        return topic is null || eventNames is null ? null : new VaultNotifications { TopicArn = topic, Events = [.. eventNames.Select(BackupVaultEvent.Of)] };
    }

    private static VaultLock? ReadLock(ImportContext context, Iac.Import.SourceMapping p)
    {
        const string key = Graph.CloudFormation.CfnBackupVault.LockConfiguration;
        const string changeableFor = Graph.CloudFormation.CfnBackupVault.LockConfigurationTypeProperty.ChangeableForDays;
        const string minRetention = Graph.CloudFormation.CfnBackupVault.LockConfigurationTypeProperty.MinRetentionDays;
        const string maxRetention = Graph.CloudFormation.CfnBackupVault.LockConfigurationTypeProperty.MaxRetentionDays;
        var path = context.Path;
        if (context.Object(p, key, key, "Lock") is not { } l)
        {
            return null;
        }

        context.Locate(path, "Lock", l.At);
        var changeable = context.Days(l, changeableFor, path, "Lock.ChangeableFor", $"{key}.{changeableFor}");
        return new VaultLock
        {
            Mode = changeable is null ? VaultLockMode.Governance : VaultLockMode.Compliance,
            MinRetention = context.Days(l, minRetention, path, "Lock.MinRetention", $"{key}.{minRetention}"),
            MaxRetention = context.Days(l, maxRetention, path, "Lock.MaxRetention", $"{key}.{maxRetention}"),
            ChangeableFor = changeable,

            // The template states ChangeableForDays itself: that is the author's explicit choice of compliance mode.
            Acknowledgement = changeable is null ? default : ComplianceLockAcknowledgement.IrreversibleAfterGraceTime,
        };
    }
}
