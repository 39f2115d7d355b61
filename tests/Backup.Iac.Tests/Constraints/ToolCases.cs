using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class ToolCases
{
    /// <summary>A plan in stack Test copying to (or backing up into) vault DrVault of stack Dr.</summary>
    internal static BackupApp TwoStacks(string? drAccount, string? drRegion, bool asRuleVault = false, string? testRegion = Fixture.Region)
    {
        var app = new BackupApp();
        var dr = app.AddStack("Dr", new BackupStackProps { Account = drAccount, Region = drRegion });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr" });
        var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = testRegion });
        var rule = asRuleVault ? BackupPlanRule.Daily(drVault) : BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35))] };
        Fixture.Plan(test, test.AddVault("Vault"), rule);
        return app;
    }

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("BKP9002 a copy to a vault of a stack without a Region is rejected", "BKP9002",
            () => TwoStacks(Fixture.Account, null), "Test/Plan/Rules[Daily]/CopyActions[0]", "Destination"),
        Bad("BKP9002 a rule into a vault of a stack without an account is rejected", "BKP9002",
            () => TwoStacks(null, Fixture.Region, asRuleVault: true), "Test/Plan/Rules[Daily]", "Vault"),
        Bad("BKP9002 a rule into a vault of another stack from a stack without a Region is rejected", "BKP9002",
            () => TwoStacks(Fixture.Account, Fixture.Region, asRuleVault: true, testRegion: null), "Test/Plan/Rules[Daily]", "Vault"),
        Good("BKP9002 a copy to a vault of a stack with a known environment is accepted", "BKP9002",
            () => TwoStacks(Fixture.Account, Fixture.OtherRegion)),
        Bad("BKP9001 a retention of 36 hours is rejected", "BKP9001",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Hours(36) } }),
            "Test/Plan/Rules[Daily]", "Lifecycle.DeleteAfter"),
        Bad("BKP9001 a lock minimum of 90 minutes is rejected", "BKP9001",
            () => Fixture.WithVault(new() { Lock = VaultLock.Governance(Duration.Minutes(90)) }), "Test/Vault", "Lock.MinRetention"),
        Good("BKP9001 a retention of 48 hours (2 days) is accepted", "BKP9001",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Hours(48) } })),
    ];
}
