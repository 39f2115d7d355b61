using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>Vault checks: name, key, tags, access policy (VPOL) and notifications (NOTIF).</summary>
internal static class VaultChecks
{
    public static readonly IReadOnlyList<IValidator<BackupVault>> All =
    [
        new VaultNameIsValid(),
    ];
}
