using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>The template reader's vaults: backup vaults, air-gapped vaults, access policies, notifications, locks.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        private BackupVault Vault(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            var props = new BackupVaultProps
            {
                BackupVaultName = Text(p, "BackupVaultName", path, "BackupVaultName", "BackupVaultName"),
                EncryptionKeyArn = Text(p, "EncryptionKeyArn", path, "EncryptionKeyArn", "EncryptionKeyArn"),
                Tags = StringMap(p, "BackupVaultTags", path, "Tags", "BackupVaultTags"),
                AccessPolicy = AccessPolicy(p, path),
                Notifications = Notifications(p, path),
                Lock = Lock(p, path),
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddVault(logicalId, props);
        }

        private LogicallyAirGappedBackupVault? AirGappedVault(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            if (Days(p, "MinRetentionDays", path, "MinRetention", "MinRetentionDays") is not { } min
                || Days(p, "MaxRetentionDays", path, "MaxRetention", "MaxRetentionDays") is not { } max)
            {
                return null; // required: the schema check reports it; kept as written
            }

            var props = new LogicallyAirGappedBackupVaultProps
            {
                BackupVaultName = Text(p, "BackupVaultName", path, "BackupVaultName", "BackupVaultName"),
                MinRetention = min,
                MaxRetention = max,
                EncryptionKeyArn = Text(p, "EncryptionKeyArn", path, "EncryptionKeyArn", "EncryptionKeyArn"),
                MpaApprovalTeamArn = Text(p, "MpaApprovalTeamArn", path, "MpaApprovalTeamArn", "MpaApprovalTeamArn"),
                Tags = StringMap(p, "BackupVaultTags", path, "Tags", "BackupVaultTags"),
                AccessPolicy = AccessPolicy(p, path),
                Notifications = Notifications(p, path),
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
            };
            if (p["VaultType"] is { } vaultType)
            {
                Keep("VaultType", vaultType, "VaultType"); // read-only (returned by CloudFormation) but accepted: written back as is
            }

            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddLogicallyAirGappedVault(logicalId, props);
        }

        private VaultAccessPolicy? AccessPolicy(SourceMapping p, string path)
        {
            var node = p["AccessPolicy"];
            switch (node)
            {
                case null or SourceScalar { Kind: ScalarKind.Null }:
                    return null;
                case SourceMapping { IntrinsicName: not null }:
                    Keep("AccessPolicy", node, "AccessPolicy", $"The access policy of {Name(path)}");
                    return null;
                case SourceMapping document when document["Statement"] is SourceMapping { IntrinsicName: not null }
                    || document["Statement"] is SourceSequence statements && statements.Items.Any(s => s is SourceMapping { IntrinsicName: not null }):
                    Keep("AccessPolicy", node, "AccessPolicy"); // statements chosen at deploy time
                    return null;
                case SourceMapping document:
                    Locator.Add(path, "AccessPolicy", node.At);
                    Locator.Add(path, "AccessPolicy.Json", node.At);
                    return VaultAccessPolicy.FromJson(JsonWithTokens(document));
                case SourceScalar { Kind: ScalarKind.Text } text:
                    Locator.Add(path, "AccessPolicy", node.At);
                    Locator.Add(path, "AccessPolicy.Json", node.At);
                    return VaultAccessPolicy.FromJson(text.Text);
                default:
                    return null; // wrong type: reported by the schema check
            }
        }

        private VaultNotifications? Notifications(SourceMapping p, string path)
        {
            if (Object(p, "Notifications", "Notifications", "Notifications") is not { } n)
            {
                return null;
            }

            Locator.Add(path, "Notifications", n.At);
            if (n["BackupVaultEvents"] is not SourceSequence eventList || eventList.Items.Any(e => e is SourceMapping) || n["SNSTopicArn"] is null or SourceSequence)
            {
                Keep("Notifications", n, "Notifications"); // events chosen at deploy time (or a shape the schema check reports): kept as written
                return null;
            }

            var topic = Text(n, "SNSTopicArn", path, "Notifications.TopicArn", "Notifications.SNSTopicArn");
            var events = StringList(n, "BackupVaultEvents", path, "Notifications.Events", "Notifications.BackupVaultEvents");
            return topic is null || events is null ? null : new VaultNotifications { TopicArn = topic, Events = [.. events.Select(BackupVaultEvent.Of)] };
        }

        private VaultLock? Lock(SourceMapping p, string path)
        {
            if (Object(p, "LockConfiguration", "LockConfiguration", "Lock") is not { } l)
            {
                return null;
            }

            Locator.Add(path, "Lock", l.At);
            var changeable = Days(l, "ChangeableForDays", path, "Lock.ChangeableFor", "LockConfiguration.ChangeableForDays");
            return new VaultLock
            {
                Mode = changeable is null ? VaultLockMode.Governance : VaultLockMode.Compliance,
                MinRetention = Days(l, "MinRetentionDays", path, "Lock.MinRetention", "LockConfiguration.MinRetentionDays"),
                MaxRetention = Days(l, "MaxRetentionDays", path, "Lock.MaxRetention", "LockConfiguration.MaxRetentionDays"),
                ChangeableFor = changeable,

                // The template states ChangeableForDays itself: that is the author's explicit choice of compliance mode.
                Acknowledgement = changeable is null ? default : ComplianceLockAcknowledgement.IrreversibleAfterGraceTime,
            };
        }
    }
}
