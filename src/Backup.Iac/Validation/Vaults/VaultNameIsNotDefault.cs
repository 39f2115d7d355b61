using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VAULT-005 (the vault's own name): a vault named <c>Default</c> may collide with the console's default vault.</summary>
internal sealed class VaultNameIsNotDefault : IValidator<BackupVault>
{
    public const string DefaultName = "Default";

    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.VaultName == DefaultName)
        {
            context.Report(VaultConstraints.NameDefault, vault, null, nameof(BackupVaultProps.BackupVaultName),
                "This vault is named 'Default'",
                "Creating it fails where the console already made that vault; choose another BackupVaultName");
        }
    }
}
