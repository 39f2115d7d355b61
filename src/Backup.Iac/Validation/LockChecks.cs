using Backup.Iac.Validation.Locks;

namespace Backup.Iac.Validation;

/// <summary>Vault lock checks (LOCK).</summary>
internal static class LockChecks
{
    public static readonly IReadOnlyList<IValidator<BackupVault>> All =
    [
        new WholeDays(),
        new LockModeIsConsistent(),
        new LockRetentionBounds(),
        new LockAdvice(),
        new AirGapped.LockedVaultRemoval(),
    ];
}
