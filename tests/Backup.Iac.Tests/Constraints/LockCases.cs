using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class LockCases
{
    private const ComplianceLockAcknowledgement Irreversible = ComplianceLockAcknowledgement.IrreversibleAfterGraceTime;

    private static BackupApp Locked(VaultLock vaultLock) => Fixture.WithVault(new() { Lock = vaultLock });

    private static BackupApp Governance(long min, long? max = null) =>
        Locked(VaultLock.Governance(Duration.Days(min), max is { } m ? Duration.Days(m) : null));

    private static BackupApp Compliance(long changeableFor, ComplianceLockAcknowledgement acknowledgement = Irreversible) =>
        Locked(VaultLock.Compliance(Duration.Days(7), Duration.Days(changeableFor), acknowledgement));

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("LOCK-002 a governance lock with ChangeableFor is rejected", "BKP1302", () => Locked(new VaultLock
        {
            Mode = VaultLockMode.Governance,
            MinRetention = Duration.Days(7),
            ChangeableFor = Duration.Days(3),
        }), "Test/Vault", "Lock.ChangeableFor"),
        Bad("LOCK-002 a compliance lock without ChangeableFor is rejected", "BKP1302", () => Locked(new VaultLock
        {
            Mode = VaultLockMode.Compliance,
            MinRetention = Duration.Days(7),
            Acknowledgement = Irreversible,
        }), "Test/Vault", "Lock.ChangeableFor"),
        Good("LOCK-002 a governance lock without ChangeableFor is accepted", "BKP1302", () => Governance(7)),
        Good("LOCK-002 a compliance lock with ChangeableFor is accepted", "BKP1302", () => Compliance(3)),

        Bad("LOCK-009 a compliance lock without the irreversibility acknowledgement is rejected", "BKP1359", () => Compliance(3, ComplianceLockAcknowledgement.None),
            "Test/Vault", "Lock.Acknowledgement"),
        Good("LOCK-009 an acknowledged compliance lock is accepted", "BKP1359", () => Compliance(3)),
        Good("LOCK-009 a governance lock needs no acknowledgement", "BKP1359", () => Governance(7)),

        Bad("LOCK-003 ChangeableFor of 2 days is rejected", "BKP1303", () => Compliance(2), "Test/Vault", "Lock.ChangeableFor"),
        Bad("LOCK-003 ChangeableFor of 36501 days is rejected", "BKP1303", () => Compliance(36_501)),
        Good("LOCK-003 ChangeableFor of 3 days is accepted", "BKP1303", () => Compliance(3)),
        Good("LOCK-003 ChangeableFor of 36500 days is accepted", "BKP1303", () => Compliance(36_500)),

        Bad("LOCK-004 MinRetention of 0 days is rejected", "BKP1304", () => Governance(0), "Test/Vault", "Lock.MinRetention"),
        Good("LOCK-004 MinRetention of 1 day is accepted", "BKP1304", () => Governance(1)),

        Bad("LOCK-005 MaxRetention of 36501 days is rejected", "BKP1305", () => Governance(1, 36_501), "Test/Vault", "Lock.MaxRetention"),
        Bad("LOCK-005 a negative MaxRetention is rejected", "BKP1305", () => Governance(1, -1)),
        Good("LOCK-005 MaxRetention of 36500 days is accepted", "BKP1305", () => Governance(1, 36_500)),
        Good("LOCK-005 no MaxRetention is accepted", "BKP1305", () => Governance(1)),

        Bad("LOCK-006 MinRetention 30 days above MaxRetention 7 days is rejected", "BKP1306", () => Governance(30, 7), "Test/Vault", "Lock.MinRetention"),
        Good("LOCK-006 MinRetention equal to MaxRetention is accepted", "BKP1306", () => Governance(7, 7)),

        Bad("LOCK-007 a lock without MinRetention is rejected", "BKP1307", () => Locked(new VaultLock { Mode = VaultLockMode.Governance, MaxRetention = Duration.Days(30) }),
            "Test/Vault", "Lock.MinRetention"),
        Good("LOCK-007 a lock with MinRetention is accepted", "BKP1307", () => Governance(1)),

        Bad("LOCK-008 MaxRetention of 0 days is rejected", "BKP1308", () => Governance(1, 0), "Test/Vault", "Lock.MaxRetention"),
        Good("LOCK-008 MaxRetention of 1 day is accepted", "BKP1308", () => Governance(1, 1)),

        Bad("LOCK-009 a compliance lock is warned with its lock date offset", "BKP1309", () => Compliance(14), "Test/Vault", "Lock.ChangeableFor"),
        Bad("LOCK-009 a compliance lock on a vault with RemovalPolicy Destroy is warned", "BKP1309", () => Fixture.WithVault(new()
        {
            RemovalPolicy = RemovalPolicy.Destroy,
            Lock = VaultLock.Compliance(Duration.Days(7), Duration.Days(3), Irreversible),
        })),
        Good("LOCK-009 a governance lock is not warned", "BKP1309", () => Governance(7)),

        Bad("LOCK-010 a lock fixes the recovery points of the vault", "BKP1310", () => Governance(7), "Test/Vault", "Lock"),
        Good("LOCK-010 a vault without a lock is not concerned", "BKP1310", () => Fixture.WithVault(new())),

        Bad("LOCK-011 a governance lock is noted as removable", "BKP1311", () => Governance(7), "Test/Vault", "Lock.Mode"),
        Good("LOCK-011 a compliance lock is not noted as removable", "BKP1311", () => Compliance(3)),

        Bad("LOCK-012 lock bounds are noted as applying to new jobs only", "BKP1312", () => Governance(7, 365), "Test/Vault", "Lock"),
        Good("LOCK-012 a vault without a lock is not concerned", "BKP1312", () => Fixture.WithVault(new())),

        Bad("LOCK-013 a locked vault is noted as deleted after account closure", "BKP1313", () => Compliance(3), "Test/Vault", "Lock"),
        Good("LOCK-013 a vault without a lock is not concerned", "BKP1313", () => Fixture.WithVault(new())),
    ];
}
