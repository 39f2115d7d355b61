using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class ToolCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("BKP9001 a retention of 36 hours is rejected", "BKP9001",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Hours(36) } }),
            "Test/Plan/Rules[Daily]", "Lifecycle.DeleteAfter"),
        Bad("BKP9001 a lock minimum of 90 minutes is rejected", "BKP9001",
            () => Fixture.WithVault(new() { Lock = VaultLock.Governance(Duration.Minutes(90)) }), "Test/Vault", "Lock.MinRetention"),
        Good("BKP9001 a retention of 48 hours (2 days) is accepted", "BKP9001",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Hours(48) } })),
    ];
}
