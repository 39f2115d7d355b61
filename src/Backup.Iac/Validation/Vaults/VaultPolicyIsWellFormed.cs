using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VPOL-001: the access policy is a JSON object with a non-empty <c>Statement</c>; a missing <c>Version</c> is a warning.</summary>
internal sealed class VaultPolicyIsWellFormed : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        if (vault.Props.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        if (view.Problem is { } problem)
        {
            context.Report(VaultConstraints.PolicyMalformed, vault, null, view.PolicyProperty, problem);
        }

        if (view.Document is not null && !view.HasVersion)
        {
            context.Report(VaultConstraints.PolicyVersionMissing, vault, null, view.PolicyProperty);
        }
    }
}
