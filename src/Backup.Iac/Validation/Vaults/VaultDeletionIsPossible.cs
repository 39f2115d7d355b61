using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-011, VAULT-012: with <see cref="RemovalPolicy.Destroy"/> (the default is Retain), stack deletion fails while
/// the vault holds recovery points (on a locked vault XR-017 says so instead), and the default vault and the EFS
/// automatic backup vault cannot be deleted.
/// </summary>
internal sealed class VaultDeletionIsPossible : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.RemovalPolicy != RemovalPolicy.Destroy)
        {
            return;
        }

        if (vault.Props.Lock is null)
        {
            // A locked vault gets XR-017 (LockedVaultRemoval) instead, which says the same and what the lock adds: one finding per cause.
            context.Report(VaultConstraints.DeletionFails, vault, null, nameof(BackupVaultProps.RemovalPolicy));
        }

        if (vault.VaultName is VaultNameIsNotDefault.DefaultName or ReservedVaultTargets.EfsAutomaticVault)
        {
            context.Report(VaultConstraints.ReservedVaultDeletion, vault, null, nameof(BackupVaultProps.RemovalPolicy), vault.VaultName);
        }
    }
}
