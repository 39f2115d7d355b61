using System.Diagnostics.CodeAnalysis;

namespace Backup.Iac;

/// <summary>
/// A KMS key that the estate does not create (a vault's <c>EncryptionKeyArn</c>, a topic's
/// <see cref="ExternalTopic.EncryptionKey"/>), referenced by ARN, with what is known about its key policy. It is written
/// as its ARN in every output (CloudFormation, Pulumi and the CDK); a string converts to it (and back), so string
/// ARNs keep working.
/// </summary>
public sealed record ExternalKey
{
    private ExternalKey(string keyArn) => KeyArn = keyArn;

    /// <summary>The key's ARN (<c>arn:aws:kms:REGION:ACCOUNT:key/ID</c>; may hold tokens).</summary>
    public string KeyArn { get; }

    /// <summary>
    /// What is known about the key policy: true when it lets the service principal <c>backup.amazonaws.com</c> call
    /// <c>kms:GenerateDataKey</c> and <c>kms:Decrypt</c>, false when it does not (NOTIF-011 reports it for an
    /// encrypted notification topic).
    /// </summary>
    /// <value>Default: unknown (null): the key policy is not judged.</value>
    public bool? AllowsBackupService { get; init; }

    /// <summary>A key by ARN.</summary>
    /// <param name="keyArn">The key's ARN (a literal or a token). Its shape is checked at synth where the property needs a key ARN.</param>
    /// <returns>The reference.</returns>
    public static ExternalKey FromArn(string keyArn)
    {
        ArgumentNullException.ThrowIfNull(keyArn);
        return new ExternalKey(keyArn);
    }

    /// <summary>A key ARN as a reference with nothing declared about it.</summary>
    /// <param name="keyArn">The ARN, or null.</param>
    [return: NotNullIfNotNull(nameof(keyArn))]
    public static implicit operator ExternalKey?(string? keyArn) => keyArn is null ? null : new ExternalKey(keyArn);

    /// <summary>The key's ARN.</summary>
    /// <param name="key">The key, or null.</param>
    [return: NotNullIfNotNull(nameof(key))]
    public static implicit operator string?(ExternalKey? key) => key?.KeyArn;

    /// <inheritdoc />
    public override string ToString() => KeyArn;
}
