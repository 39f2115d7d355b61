using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-001: the name of a logically air-gapped vault is given, matches <c>^[a-zA-Z0-9\-\_]{2,50}$</c>, and is not the
/// name of an earlier logically air-gapped vault in the same account and Region (reported at the later one). The
/// warning BKP1451: a standard vault of the app in the same account and Region has the same name (OQ-040); not
/// reported when a rule names an air-gapped vault by that name, which VAULT-003 (BKP1053) already reports.
/// </summary>
internal sealed class AirGappedVaultNameIsValid : IValidator<LogicallyAirGappedBackupVault>
{
    private const string Fix = "Use 2 to 50 letters, digits, '-' or '_' (no '.', '/' or spaces)";

    public void Check(LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        var name = vault.VaultName;
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(AirGappedVaultConstraints.Name, vault, null, nameof(LogicallyAirGappedBackupVaultProps.BackupVaultName), "is empty", Fix);
            return;
        }

        if (!Patterns.VaultName().IsMatch(name))
        {
            var why = name.Length is < 2 or > 50 ? $"{name.Length} character{(name.Length == 1 ? "" : "s")}" : "it contains other characters";
            context.Report(AirGappedVaultConstraints.Name, vault, null, nameof(LogicallyAirGappedBackupVaultProps.BackupVaultName),
                $"'{name}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$ ({why})", Fix);
            return;
        }

        var first = context.Facts.All<LogicallyAirGappedBackupVault>()
            .TakeWhile(v => !ReferenceEquals(v, vault))
            .FirstOrDefault(v => v.VaultName == name && v.Stack.Environment.Same(vault.Stack.Environment));
        if (first is not null)
        {
            context.Report(AirGappedVaultConstraints.Name, vault, null, nameof(LogicallyAirGappedBackupVaultProps.BackupVaultName),
                $"'{name}' is also the name of the logically air-gapped vault '{first.Path}' in {VaultUsage.Describe(vault.Stack)}",
                "Give each logically air-gapped vault its own BackupVaultName (names are case sensitive)");
        }

        var standard = context.Facts.All<BackupVault>()
            .FirstOrDefault(v => v.VaultName == name && v.Stack.Environment.Same(vault.Stack.Environment));
        var namedByRule = context.Facts.All<BackupPlan>()
            .Any(p => p.Rules.Any(r => r.LogicallyAirGappedVault is ExternalBackupVault { VaultName: var n } && n == name));
        if (standard is not null && !namedByRule)
        {
            context.Report(AirGappedVaultConstraints.NameSharedWithVault, vault, null, nameof(LogicallyAirGappedBackupVaultProps.BackupVaultName), name, standard.Path, VaultUsage.Describe(vault.Stack));
        }
    }
}
