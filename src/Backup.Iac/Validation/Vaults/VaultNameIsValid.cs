using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VAULT-001, VAULT-002: the vault name is present and matches the API pattern.</summary>
internal sealed class VaultNameIsValid : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        var name = Token.WithEnvironment(vault.VaultName, vault.Stack);
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(VaultConstraints.NameRequired, vault, null, nameof(BackupVaultProps.BackupVaultName));
        }
        else if (!Patterns.VaultName().IsMatch(name))
        {
            var why = name.Length is < 2 or > 50 ? $"{name.Length} characters" : "it contains other characters";
            context.Report(VaultConstraints.NamePattern, vault, null, nameof(BackupVaultProps.BackupVaultName), name, why);
        }
    }
}
