namespace Backup.Iac;

/// <summary>The SNS notifications of a vault (<c>Notifications</c>): one standard topic in the vault's account, and the events it receives.</summary>
public sealed record VaultNotifications
{
    /// <summary>
    /// The standard (not FIFO) SNS topic in the vault's account: its ARN as a string, or an <see cref="ExternalTopic"/>
    /// that declares what is known about the topic's policy and key (NOTIF-010, NOTIF-011).
    /// </summary>
    public required ExternalTopic TopicArn { get; init; }

    /// <summary>The events sent to the topic.</summary>
    public required IReadOnlyList<BackupVaultEvent> Events { get; init; }

    /// <summary>
    /// Whether the stack creates the topic's access policy (<c>AWS::SNS::TopicPolicy</c>, <c>aws:sns:TopicPolicy</c> in
    /// Pulumi) that lets AWS Backup publish: <c>Allow</c> <c>sns:Publish</c> on the topic to the service principal
    /// <c>backup.amazonaws.com</c>, conditioned on <c>aws:SourceArn</c> (the vault's ARN) and <c>aws:SourceAccount</c>
    /// (the stack's account), as the guide's cross-service confused deputy advice recommends. One policy is written per
    /// topic and stack, under the first vault (in construct order) that sets this; it covers every vault of the stack
    /// that notifies the topic. <b>An <c>AWS::SNS::TopicPolicy</c> replaces the topic's whole access policy</b> (and
    /// deleting it restores the default policy): set this only when the stack owns the topic's policy; a topic policy of
    /// another stack, or another one of this app, for the same topic is reported (BKP1212).
    /// </summary>
    /// <value>Default: false: no topic policy is written; the topic's policy must allow <c>backup.amazonaws.com</c> to publish (NOTIF-010).</value>
    public bool CreateTopicPolicy { get; init; }
}
