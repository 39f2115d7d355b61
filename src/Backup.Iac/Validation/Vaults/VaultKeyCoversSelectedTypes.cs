using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-009: a customer key on the vault encrypts only the backups of fully managed types (table 1.2). Warned when
/// plans of the app back up or copy into the vault and none of their selections can hold a fully managed type.
/// </summary>
internal sealed class VaultKeyCoversSelectedTypes : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.EncryptionKeyArn is null)
        {
            return;
        }

        var analyses = VaultUsage.PlansInto(vault, context, withCopies: true)
            .Select(context.Selectable).Where(a => a.HasSelections).ToList();
        if (analyses.Count == 0 || !analyses.All(a => a.NoneCan(f => f.FullManagement)))
        {
            return;
        }

        var types = analyses.SelectMany(a => a.Types).Distinct(StringComparer.Ordinal);
        context.Report(VaultConstraints.KeyUnusedByTypes, vault, null, nameof(BackupVaultProps.EncryptionKeyArn), VaultUsage.TypeList(types));
    }
}
