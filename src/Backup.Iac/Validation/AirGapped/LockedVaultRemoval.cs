using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// XR-017: a locked vault with <see cref="RemovalPolicy.Destroy"/> cannot be emptied, so deleting or replacing it
/// fails. The default <see cref="RemovalPolicy.Retain"/> is fine. (VAULT-011 warns about Destroy on any vault; this
/// adds what the lock changes.) Logically air-gapped vaults are LAG-014's.
/// </summary>
internal sealed class LockedVaultRemoval : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.Lock is not { } vaultLock || vault.Props.RemovalPolicy != RemovalPolicy.Destroy)
        {
            return;
        }

        var tail = vaultLock.Mode == VaultLockMode.Compliance
            ? ", and once its grace time has passed nobody can remove the lock"
            : " unless someone with enough IAM permissions first removes the lock";
        context.Report(AirGappedVaultConstraints.LockedVaultRemoval, vault, null, nameof(BackupVaultProps.RemovalPolicy), vaultLock.Mode.ToString().ToLowerInvariant(), tail);
    }
}
