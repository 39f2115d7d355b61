using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// NOTIF-001, NOTIF-007, NOTIF-008, NOTIF-009: the notification topic is given, is an SNS topic ARN, is a standard
/// (not FIFO) topic, and lives in the vault's account. Topic ARNs with deploy-time parts are checked only where known.
/// </summary>
internal sealed partial class NotificationTopicIsUsable : IValidator<BackupVault>
{
    private const string Property = "Notifications.TopicArn";

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Notifications is not { } notifications)
        {
            return;
        }

        var topic = notifications.TopicArn;
        if (string.IsNullOrWhiteSpace(topic))
        {
            context.Report(VaultConstraints.TopicRequired, vault, null, Property);
            return;
        }

        if (topic.EndsWith(".fifo", StringComparison.Ordinal))
        {
            context.Report(VaultConstraints.TopicFifo, vault, null, Property, topic);
        }

        if (Token.IsUnresolved(topic))
        {
            return;
        }

        if (!TopicArn().IsMatch(topic))
        {
            context.Report(VaultConstraints.TopicArnShape, vault, null, Property, topic);
            return;
        }

        var topicAccount = Arn.TryParse(topic)?.Account;
        if (VaultUsage.AccountOf(vault.Stack) is { } own && topicAccount is not null && topicAccount != own)
        {
            context.Report(VaultConstraints.TopicOtherAccount, vault, null, Property, topicAccount, own);
        }
    }

    /// <summary>An SNS topic ARN in any partition; topic names are 1 to 256 letters, digits, '-' or '_' (plus '.fifo').</summary>
    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicArn();
}
