using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class VaultCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("VAULT-001 an empty vault name is rejected", "BKP1001", () => Fixture.WithVault(new() { BackupVaultName = "" }), "Test/Vault", "BackupVaultName"),
        Good("VAULT-001 a generated vault name is accepted", "BKP1001", () => Fixture.WithVault(new())),
        Bad("VAULT-002 a vault name with a dot is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "prod.vault" }), "Test/Vault", "BackupVaultName"),
        Bad("VAULT-002 a one-character vault name is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "a" })),
        Bad("VAULT-002 a 51-character vault name is rejected", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = new string('a', 51) })),
        Good("VAULT-002 a 2-character vault name is accepted", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "ab" })),
        Good("VAULT-002 a 50-character vault name with - and _ is accepted", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = "a-_" + new string('b', 47) })),
        Good("VAULT-002 a vault name from a token is not checked", "BKP1002", () => Fixture.WithVault(new() { BackupVaultName = Aws.AccountId + "-vault" })),
    ];
}
