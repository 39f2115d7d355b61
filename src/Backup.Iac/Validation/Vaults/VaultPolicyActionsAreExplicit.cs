using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VPOL-002: no wildcard (<c>*</c> or <c>?</c>) in the <c>Action</c> of a vault access policy.</summary>
internal sealed class VaultPolicyActionsAreExplicit : IValidator<BackupVault>, IValidator<VaultFacets>
{
    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        foreach (var (i, statement, j, action) in view.KnownStrings("Action").Where(a => a.Text.AsSpan().IndexOfAny('*', '?') >= 0))
        {
            vault.Report(context, VaultConstraints.PolicyActionWildcard, view.Property(i, nameof(PolicyStatement.Actions), j), view.Label(i, statement), action);
        }
    }
}
