namespace Backup.Iac;

/// <summary>The SNS notifications of a vault (<c>Notifications</c>): one standard topic in the vault's account, and the events it receives.</summary>
public sealed record VaultNotifications
{
    /// <summary>The ARN of a standard (not FIFO) SNS topic in the vault's account.</summary>
    public required string TopicArn { get; init; }

    /// <summary>The events sent to the topic.</summary>
    public required IReadOnlyList<BackupVaultEvent> Events { get; init; }
}
