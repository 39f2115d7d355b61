using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VAULT-013: at most 300 vaults per account and Region (default quota). Vaults of the app count together when their
/// stacks have the same known account and Region, or are the same stack; reported once, at the 301st vault.
/// </summary>
internal sealed class VaultCountIsWithinQuota : IValidator<BackupVault>
{
    private const int Quota = 300;

    public void Check(BackupVault vault, ValidationContext context)
    {
        var before = context.Facts.VaultIndexInEnvironment(vault);
        if (before == Quota)
        {
            context.Report(VaultConstraints.TooManyVaults, vault, null, null,
                (before + 1).ToString(CultureInfo.InvariantCulture), VaultUsage.Describe(vault.Stack));
        }
    }
}
