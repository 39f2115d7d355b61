using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupVault"/>.</summary>
public sealed record BackupVaultProps
{
    /// <summary>The vault's name: 2 to 50 characters, letters, digits, <c>-</c> and <c>_</c>.</summary>
    /// <value>Default: generated from the construct path, as the AWS CDK does (at most 50 characters).</value>
    public string? BackupVaultName { get; init; }

    /// <summary>The KMS key that encrypts the vault's fully managed backups: its ARN as a string, or an <see cref="ExternalKey"/>.</summary>
    /// <value>Default: the AWS managed key <c>aws/backup</c>.</value>
    public ExternalKey? EncryptionKeyArn { get; init; }

    /// <summary>Tags of the vault.</summary>
    /// <value>Default: no tags.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The vault's access policy.</summary>
    /// <value>Default: no access policy.</value>
    public VaultAccessPolicy? AccessPolicy { get; init; }

    /// <summary>SNS notifications of vault events.</summary>
    /// <value>Default: no notifications.</value>
    public VaultNotifications? Notifications { get; init; }

    /// <summary>The vault lock.</summary>
    /// <value>Default: the vault is not locked.</value>
    public VaultLock? Lock { get; init; }

    /// <summary>What happens to the vault when the stack deletes or replaces it.</summary>
    /// <value>Default: <see cref="RemovalPolicy.Retain"/>: a vault that holds recovery points cannot be deleted anyway.</value>
    public RemovalPolicy RemovalPolicy { get; init; } = RemovalPolicy.Retain;
}
