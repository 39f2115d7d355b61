using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>Properties of a <see cref="LogicallyAirGappedBackupVault"/>.</summary>
public sealed record LogicallyAirGappedBackupVaultProps
{
    /// <summary>The vault's name: 2 to 50 letters, digits, <c>-</c> and <c>_</c>. It cannot change after creation.</summary>
    /// <value>Default: generated from the construct path, as for <see cref="BackupVault"/>.</value>
    public string? BackupVaultName { get; init; }

    /// <summary>The shortest retention of the recovery points it accepts: at least 7 days. Fixed at creation.</summary>
    public required Duration MinRetention { get; init; }

    /// <summary>The longest retention of the recovery points it accepts: at most 36,500 days. Fixed at creation.</summary>
    public required Duration MaxRetention { get; init; }

    /// <summary>A customer managed KMS key (its ARN as a string, or an <see cref="ExternalKey"/>). Fixed at creation.</summary>
    /// <value>Default: an AWS owned key.</value>
    public ExternalKey? EncryptionKeyArn { get; init; }

    /// <summary>The ARN of a multi-party approval team for the vault.</summary>
    /// <value>Default: none.</value>
    public string? MpaApprovalTeamArn { get; init; }

    /// <summary>Tags of the vault.</summary>
    /// <value>Default: no tags.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The vault's access policy.</summary>
    /// <value>Default: none.</value>
    public VaultAccessPolicy? AccessPolicy { get; init; }

    /// <summary>SNS notifications of vault events.</summary>
    /// <value>Default: none.</value>
    public VaultNotifications? Notifications { get; init; }

    /// <summary>What happens to the vault when the stack deletes or replaces it.</summary>
    /// <value>Default: <see cref="RemovalPolicy.Retain"/>; its recovery points cannot be deleted before they expire anyway.</value>
    public RemovalPolicy RemovalPolicy { get; init; } = RemovalPolicy.Retain;
}
