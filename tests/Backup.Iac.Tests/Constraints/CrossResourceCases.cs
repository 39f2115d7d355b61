using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class CrossResourceCases
{
    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("XR-001 a rule into a vault of a stack in another Region is rejected", "BKP7001",
            () => ToolCases.TwoStacks(Fixture.Account, Fixture.OtherRegion, asRuleVault: true), "Test/Plan/Rules[Daily]", "Vault"),
        Bad("XR-001 a rule into a vault of a stack in another account is rejected", "BKP7001",
            () => ToolCases.TwoStacks(Fixture.OtherAccount, Fixture.Region, asRuleVault: true)),
        Good("XR-001 a rule into a vault of another stack in the same account and Region is accepted", "BKP7001",
            () => ToolCases.TwoStacks(Fixture.Account, Fixture.Region, asRuleVault: true)),
        Good("XR-001 a rule into a vault of its own stack is accepted", "BKP7001", () => Fixture.WithRule(BackupPlanRule.Daily())),
    ];
}
