using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VPOL-001: the access policy is a JSON object with a non-empty <c>Statement</c>; a missing <c>Version</c> is a warning.</summary>
internal sealed class VaultPolicyIsWellFormed : IValidator<BackupVault>, IValidator<VaultFacets>
{
    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        if (view.Problem is { } problem)
        {
            vault.Report(context, VaultConstraints.PolicyMalformed, view.PolicyProperty, problem);
        }

        if (view.Document is not null && !view.HasVersion)
        {
            vault.Report(context, VaultConstraints.PolicyVersionMissing, view.PolicyProperty);
        }
    }
}
