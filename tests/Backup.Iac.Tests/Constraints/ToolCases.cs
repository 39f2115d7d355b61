using Backup.Iac.Graph;
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

    private static BackupApp Stacks(params string[] names)
    {
        var app = new BackupApp();
        for (var i = 0; i < names.Length; i++)
        {
            var stack = app.AddStack("S" + i, new BackupStackProps { StackName = names[i], Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(stack, stack.AddVault("Vault"), BackupPlanRule.Daily());
        }

        return app;
    }

    /// <summary>A vault <c>Test/Vault</c> (removed with the stack when <paramref name="destroy"/>: BKP1011), with one acknowledgement.</summary>
    internal static BackupApp Acknowledging(string code, string at, bool destroy = true)
    {
        var app = Fixture.WithVault(new() { RemovalPolicy = destroy ? RemovalPolicy.Destroy : RemovalPolicy.Retain });
        app.Acknowledge(code, at, "A test vault, emptied before the stack is deleted.");
        return app;
    }

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // Checked acknowledgements (issue 13, item 3)
        Bad("BKP9007 an acknowledgement of a code that does not exist is reported", "BKP9007", () => Acknowledging("BKP1O11", "Test/Vault"), "Test/Vault"),
        Bad("BKP9007 an acknowledgement of a retired or unused number is reported", "BKP9007", () => Acknowledging("BKP1999", "Test/Vault"), "Test/Vault"),
        Good("BKP9007 an acknowledgement of a catalog code is accepted", "BKP9007", () => Acknowledging("BKP1011", "Test/Vault")),
        Good("BKP9007 an acknowledgement of a back end's code (BKP8001) is accepted", "BKP9007", () => Acknowledging("BKP8001", "Test")),
        Bad("BKP9008 an acknowledgement of an error code is reported", "BKP9008", () => Acknowledging("BKP2204", "Test/Vault"), "Test/Vault"),
        Good("BKP9008 an acknowledgement of a warning code is accepted", "BKP9008", () => Acknowledging("BKP1011", "Test/Vault")),
        Bad("BKP9009 an acknowledgement at a mistyped path is reported", "BKP9009", () => Acknowledging("BKP1011", "Test/Vualt"), "Test/Vualt"),
        Bad("BKP9009 an acknowledgement at a path of another stack name is reported", "BKP9009", () => Acknowledging("BKP1011", "Prod/Vault"), "Prod/Vault"),
        Good("BKP9009 an acknowledgement at a construct's path is accepted", "BKP9009", () => Acknowledging("BKP1011", "Test/Vault")),
        Good("BKP9009 an acknowledgement at a stack's path is accepted", "BKP9009", () => Acknowledging("BKP1011", "Test")),
        Good("BKP9009 an acknowledgement at a rule's path (as diagnostics print it) is accepted", "BKP9009", () => Acknowledging("BKP2020", "Test/Vault/Rules[Daily]")),
        Bad("BKP9010 an acknowledgement that matches no finding is noted", "BKP9010", () => Acknowledging("BKP1011", "Test/Vault", destroy: false), "Test/Vault"),
        Good("BKP9010 an acknowledgement that hides a finding is not noted", "BKP9010", () => Acknowledging("BKP1011", "Test/Vault")),
        Good("BKP9010 an acknowledgement of a change, compared after validation, is not judged", "BKP9010", () => Acknowledging("BKP1008", "Test/Vault")),

        Bad("BKP9006 a null rule in a plan is reported, not thrown", "BKP9006", () => Fixture.WithRules(BackupPlanRule.Daily(), null!), "Test"),
        Bad("BKP9006 a null resource entry in a selection is reported, not thrown", "BKP9006",
            () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [null!] })),
        Bad("BKP9006 a null tag value is reported, not thrown", "BKP9006",
            () => Fixture.WithVault(new() { Tags = new Dictionary<string, string> { ["k"] = null! } })),
        Good("BKP9006 a model without nulls is accepted", "BKP9006", () => Fixture.WithRule(BackupPlanRule.Daily())),
        Bad("BKP9003 a tag key from a parameter is rejected", "BKP9003",
            () => Fixture.WithVault(new() { Tags = new Dictionary<string, string> { [new StackParameter("TagKey").Value] = "x" } }), "Test/Vault", "Tags"),
        Bad("BKP9003 a recovery point tag key with the account in it is rejected", "BKP9003",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { RecoveryPointTags = new Dictionary<string, string> { ["acct-" + Aws.AccountId] = "x" } }),
            "Test/Plan/Rules[Daily]", "RecoveryPointTags"),
        Good("BKP9003 a tag value from a parameter is accepted", "BKP9003",
            () => Fixture.WithVault(new() { Tags = new Dictionary<string, string> { ["owner"] = new StackParameter("Owner").Value } })),
        Bad("BKP9004 a stack name with a path separator is rejected", "BKP9004", () => Stacks("../escaped"), "S0", "StackName"),
        Bad("BKP9004 a stack name starting with a digit is rejected", "BKP9004", () => Stacks("1prod")),
        Good("BKP9004 a 128-character stack name with hyphens is accepted", "BKP9004", () => Stacks("P-" + new string('a', 126))),
        Bad("BKP9005 two stacks named alike (ignoring case) are rejected", "BKP9005", () => Stacks("Prod", "prod"), "S1", "StackName"),
        Good("BKP9005 two stacks with different names are accepted", "BKP9005", () => Stacks("Prod", "Dr")),
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
