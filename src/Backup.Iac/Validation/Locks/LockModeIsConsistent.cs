using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Locks;

/// <summary>
/// LOCK-002: a governance lock has no <c>ChangeableFor</c>, a compliance lock has one (AWS derives the mode from it).
/// LOCK-009 (error part): a compliance lock must carry <see cref="ComplianceLockAcknowledgement.IrreversibleAfterGraceTime"/>.
/// </summary>
internal sealed class LockModeIsConsistent : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Lock is not { } vaultLock)
        {
            return;
        }

        switch (vaultLock.Mode)
        {
            case VaultLockMode.Governance when vaultLock.ChangeableFor is { } changeable:
                context.Report(LockConstraints.ModeMismatch, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.ChangeableFor)), "Governance", changeable);
                break;
            case VaultLockMode.Compliance when vaultLock.ChangeableFor is null:
                context.Report(LockConstraints.ModeMismatch, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.ChangeableFor)), "Compliance", "not set");
                break;
        }

        if (vaultLock.Mode == VaultLockMode.Compliance && vaultLock.Acknowledgement != ComplianceLockAcknowledgement.IrreversibleAfterGraceTime)
        {
            var grace = vaultLock.ChangeableFor is { } g ? g.ToString() : "a grace time";
            context.Report(LockConstraints.ComplianceNotAcknowledged, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.Acknowledgement)), vaultLock.Acknowledgement, grace);
        }
    }
}
