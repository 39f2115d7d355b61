using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// NOTIF-001, NOTIF-007, NOTIF-008, NOTIF-009: the notification topic is given, is an SNS topic ARN, is a standard
/// (not FIFO) topic, and lives in the vault's account. Topic ARNs with deploy-time parts are checked only where known.
/// </summary>
internal sealed partial class NotificationTopicIsUsable : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private static readonly PropertyPath Property = PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.TopicArn));

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.Notifications is not { } notifications)
        {
            return;
        }

        string topic = notifications.TopicArn;
        if (string.IsNullOrWhiteSpace(topic))
        {
            vault.Report(context, VaultConstraints.TopicRequired, Property);
            return;
        }

        if (topic.EndsWith(".fifo", StringComparison.Ordinal))
        {
            vault.Report(context, VaultConstraints.TopicFifo, Property, topic);
        }

        if (Token.IsUnresolved(topic))
        {
            return;
        }

        if (!TopicArn().IsMatch(topic))
        {
            vault.Report(context, VaultConstraints.TopicArnShape, Property, topic);
            return;
        }

        var topicAccount = Arn.TryParse(topic)?.Account;
        if (vault.Stack.Environment.Account is { } own && topicAccount is not null && topicAccount != own)
        {
            vault.Report(context, VaultConstraints.TopicOtherAccount, Property, topicAccount, own);
        }
    }

    /// <summary>An SNS topic ARN in any partition; topic names are 1 to 256 letters, digits, '-' or '_' (plus '.fifo').</summary>
    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicArn();
}
