namespace Backup.Iac.Catalog;

/// <summary>Backup vaults (VAULT), their access policies (VPOL) and notifications (NOTIF): codes BKP1001-BKP1299.</summary>
internal static class VaultConstraints
{
    public static readonly Constraint NameRequired = new(
        "BKP1001", "VAULT-001", Severity.Error,
        "A vault needs a name",
        "The vault name is empty. Set BackupVaultName to 2 to 50 letters, digits, '-' or '_', or leave it unset to generate one from the construct path.",
        "DG §CreateBackupVault L24204-24216",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint NamePattern = new(
        "BKP1002", "VAULT-002", Severity.Error,
        "Vault names are 2 to 50 letters, digits, '-' or '_'",
        "The vault name '{0}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$ ({1}). Use 2 to 50 letters, digits, '-' or '_' (no '.', '/' or spaces).",
        "DG §CreateBackupVault L24214; §Create a backup vault L4759-4761",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NameRequired, NamePattern,
    ];
}
