using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Locks;

/// <summary>
/// LOCK-003 to LOCK-008: <c>ChangeableFor</c> 3 to 36,500 days; <c>MinRetention</c> given (CloudFormation) and at least
/// 1 day; <c>MaxRetention</c> 1 to 36,500 days, not 0 for "no maximum"; Min at most Max. Values that are not whole
/// days are left to BKP9001.
/// </summary>
internal sealed class LockRetentionBounds : IValidator<BackupVault>
{
    private const long MaxDays = 36_500;

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Lock is not { } vaultLock)
        {
            return;
        }

        if (Days(vaultLock.ChangeableFor) is { } changeable && changeable is < 3 or > MaxDays)
        {
            context.Report(LockConstraints.ChangeableForRange, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.ChangeableFor)), vaultLock.ChangeableFor);
        }

        var min = Days(vaultLock.MinRetention);
        if (vaultLock.MinRetention is null)
        {
            context.Report(LockConstraints.MinRetentionRequired, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MinRetention)));
        }
        else if (min is < 1)
        {
            context.Report(LockConstraints.MinRetentionRange, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MinRetention)), vaultLock.MinRetention);
        }

        var max = Days(vaultLock.MaxRetention);
        if (max == 0)
        {
            context.Report(LockConstraints.MaxRetentionZero, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MaxRetention)));
        }
        else if (max is < 1 or > MaxDays)
        {
            context.Report(LockConstraints.MaxRetentionRange, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MaxRetention)), vaultLock.MaxRetention);
        }

        if (min is { } lower && max is { } upper && lower > upper && upper > 0)
        {
            context.Report(LockConstraints.MinAboveMax, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.MinRetention)), vaultLock.MinRetention, vaultLock.MaxRetention);
        }
    }

    /// <summary>The value in days, or null when absent or not whole days (BKP9001 reports those).</summary>
    private static long? Days(Duration? value) => value is { IsUnresolved: false, IsWholeDays: true } d ? d.TotalDays : null;
}
