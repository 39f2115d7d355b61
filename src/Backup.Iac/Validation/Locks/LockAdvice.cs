using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Locks;

/// <summary>
/// What a lock means for day-to-day operations, once per locked vault: LOCK-009 (compliance locks become immutable;
/// warning with the lock date offset), and the informational LOCK-010 (recovery points are fixed), LOCK-011
/// (governance locks are removable), LOCK-012 (bounds apply to new jobs only) and LOCK-013 (account closure).
/// </summary>
internal sealed class LockAdvice : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Lock is not { } vaultLock)
        {
            return;
        }

        if (vaultLock.Mode == VaultLockMode.Compliance)
        {
            var offset = vaultLock.ChangeableFor is { } g ? g.ToString() : "not set";
            var retain = context.App.TemplateWording ? "DeletionPolicy: Retain" : "RemovalPolicy.Retain"; // lint speaks the template's terms
            var advice = vault.Props.RemovalPolicy == RemovalPolicy.Retain
                ? $"Keep {retain}, and deploy the lock only when its bounds are final"
                : $"Set {retain}, and deploy the lock only when its bounds are final";
            context.Report(LockConstraints.ComplianceIsIrreversible, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.ChangeableFor)), offset, advice);
        }
        else
        {
            context.Report(LockConstraints.GovernanceIsRemovable, vault, null, PropertyPath.Of(nameof(BackupVaultProps.Lock), nameof(VaultLock.Mode)));
        }

        context.Report(LockConstraints.LockedRecoveryPointsAreFixed, vault, null, nameof(BackupVaultProps.Lock), vaultLock.Mode.ToString().ToLowerInvariant());
        if (vaultLock.MinRetention is not null || vaultLock.MaxRetention is not null)
        {
            var bounds = (vaultLock.MinRetention, vaultLock.MaxRetention) switch
            {
                ({ } min, { } max) => $"{min} to {max}",
                ({ } min, null) => $"at least {min}",
                (null, { } max) => $"at most {max}",
                _ => "",
            };
            context.Report(LockConstraints.BoundsApplyToNewJobs, vault, null, nameof(BackupVaultProps.Lock), bounds);
        }

        context.Report(LockConstraints.AccountClosureDeletes, vault, null, nameof(BackupVaultProps.Lock));
    }
}
