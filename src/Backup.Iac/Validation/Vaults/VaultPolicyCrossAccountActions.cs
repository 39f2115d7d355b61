using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VPOL-003: an <c>Allow</c> to another account's principals has effect only for <c>backup:CopyIntoBackupVault</c>.</summary>
internal sealed class VaultPolicyCrossAccountActions : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private const string CopyInto = "backup:CopyIntoBackupVault";

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy || vault.Stack.Environment.Account is not { } own)
        {
            return; // without the vault's account, "another account" is unknown
        }

        var view = PolicyView.Of(policy);
        for (var i = 0; i < view.Statements.Length; i++)
        {
            var statement = view.Statements[i];
            if (!string.Equals(PolicyView.Effect(statement), "Allow", StringComparison.Ordinal))
            {
                continue;
            }

            var others = PolicyView.PrincipalAccounts(statement).Where(a => a != own).ToList();
            var actions = PolicyView.Strings(statement, "Action")
                .Where(a => !Token.IsUnresolved(a) && !string.Equals(a, CopyInto, StringComparison.OrdinalIgnoreCase)).ToList();
            if (others.Count > 0 && actions.Count > 0)
            {
                vault.Report(context, VaultConstraints.PolicyCrossAccountAction, view.Property(i),
                    view.Label(i, statement), string.Join(", ", actions), string.Join(", ", others));
            }
        }
    }
}
