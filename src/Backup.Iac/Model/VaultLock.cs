namespace Backup.Iac;

/// <summary>A vault lock (<c>LockConfiguration</c>): bounds on the retention of new recovery points, in governance or compliance mode.</summary>
public sealed record VaultLock
{
    /// <summary>The lock's mode.</summary>
    public required VaultLockMode Mode { get; init; }

    /// <summary>The shortest retention a new backup or copy job may have (at least 1 day).</summary>
    /// <value>Default: none (AWS accepts that through the API; CloudFormation requires it).</value>
    public Duration? MinRetention { get; init; }

    /// <summary>The longest retention a new backup or copy job may have (at most 36,500 days).</summary>
    /// <value>Default: no maximum.</value>
    public Duration? MaxRetention { get; init; }

    /// <summary>Compliance mode only: the grace time (3 to 36,500 days) before the lock becomes immutable.</summary>
    /// <value>Default: none (governance mode).</value>
    public Duration? ChangeableFor { get; init; }

    /// <summary>Compliance mode only: the user's statement that the lock becomes irreversible.</summary>
    /// <value>Default: <see cref="ComplianceLockAcknowledgement.None"/>.</value>
    public ComplianceLockAcknowledgement Acknowledgement { get; init; }

    /// <summary>A governance-mode lock: removable by principals with enough IAM permissions.</summary>
    /// <param name="minRetention">The shortest retention allowed.</param>
    /// <param name="maxRetention">The longest retention allowed, or null for none.</param>
    /// <returns>The lock.</returns>
    public static VaultLock Governance(Duration minRetention, Duration? maxRetention = null) =>
        new() { Mode = VaultLockMode.Governance, MinRetention = minRetention, MaxRetention = maxRetention };

    /// <summary>
    /// A compliance-mode lock. After <paramref name="changeableFor"/> the lock and the vault are immutable for ever:
    /// say so with <see cref="ComplianceLockAcknowledgement.IrreversibleAfterGraceTime"/>.
    /// </summary>
    /// <param name="minRetention">The shortest retention allowed.</param>
    /// <param name="changeableFor">The grace time, 3 to 36,500 days.</param>
    /// <param name="acknowledgement">Must be <see cref="ComplianceLockAcknowledgement.IrreversibleAfterGraceTime"/>.</param>
    /// <param name="maxRetention">The longest retention allowed, or null for none.</param>
    /// <returns>The lock.</returns>
    public static VaultLock Compliance(Duration minRetention, Duration changeableFor, ComplianceLockAcknowledgement acknowledgement, Duration? maxRetention = null) =>
        new()
        {
            Mode = VaultLockMode.Compliance,
            MinRetention = minRetention,
            MaxRetention = maxRetention,
            ChangeableFor = changeableFor,
            Acknowledgement = acknowledgement,
        };
}
