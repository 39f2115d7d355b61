using System.Diagnostics.CodeAnalysis;

namespace Backup.Iac;

/// <summary>
/// An SNS topic that the estate does not create (a vault's <see cref="VaultNotifications.TopicArn"/>), referenced by
/// ARN, with what is known about it. It is written as its ARN in every output (CloudFormation, Pulumi and the CDK), so
/// it needs no resource of the stack; a string converts to it (and back), so string ARNs keep working.
/// </summary>
public sealed record ExternalTopic
{
    private ExternalTopic(string topicArn) => TopicArn = topicArn;

    /// <summary>The topic's ARN (<c>arn:aws:sns:REGION:ACCOUNT:NAME</c>; may hold tokens).</summary>
    public string TopicArn { get; }

    /// <summary>
    /// What is known about the topic's access policy: true when it lets the service principal
    /// <c>backup.amazonaws.com</c> call <c>SNS:Publish</c>, false when it does not (NOTIF-010 then reports that no
    /// notification arrives unless the vault's <see cref="VaultNotifications.CreateTopicPolicy"/> is set).
    /// </summary>
    /// <value>Default: unknown (null): the topic's policy is not judged.</value>
    public bool? AllowsBackupToPublish { get; init; }

    /// <summary>The KMS key that encrypts the topic, when it is known (NOTIF-011 judges its <see cref="ExternalKey.AllowsBackupService"/>).</summary>
    /// <value>Default: unknown (null): the topic's encryption is not judged.</value>
    public ExternalKey? EncryptionKey { get; init; }

    /// <summary>A topic by ARN.</summary>
    /// <param name="topicArn">The topic's ARN (a literal or a token). Its shape is checked at synth (BKP1209), not here.</param>
    /// <returns>The reference.</returns>
    public static ExternalTopic FromArn(string topicArn)
    {
        ArgumentNullException.ThrowIfNull(topicArn);
        return new ExternalTopic(topicArn);
    }

    /// <summary>A topic of the stack's own account and Region, by name.</summary>
    /// <param name="topicName">The topic's name.</param>
    /// <returns>The reference.</returns>
    public static ExternalTopic FromName(string topicName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicName);
        return new ExternalTopic($"arn:{Aws.Partition}:sns:{Aws.Region}:{Aws.AccountId}:{topicName}");
    }

    /// <summary>A topic ARN as a reference with nothing declared about it.</summary>
    /// <param name="topicArn">The ARN, or null.</param>
    [return: NotNullIfNotNull(nameof(topicArn))]
    public static implicit operator ExternalTopic?(string? topicArn) => topicArn is null ? null : new ExternalTopic(topicArn);

    /// <summary>The topic's ARN.</summary>
    /// <param name="topic">The topic, or null.</param>
    [return: NotNullIfNotNull(nameof(topic))]
    public static implicit operator string?(ExternalTopic? topic) => topic?.TopicArn;

    /// <inheritdoc />
    public override string ToString() => TopicArn;
}
