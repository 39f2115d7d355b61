using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>Cases of the rule rows RULE-001 to RULE-004 and RULE-011 to RULE-027.</summary>
internal static class RuleCases
{
    private const string Daily = "Test/Plan/Rules[Daily]";
    private const string Continuous = "Test/Plan/Rules[Continuous]";
    private const string VaultArn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:prod-dr";
    private const string LagArn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:lag-vault";

    private static BackupApp Rule(Func<BackupPlanRule, BackupPlanRule> change) => Fixture.WithRule(change(BackupPlanRule.Daily()));

    private static BackupApp Windows(long? start, long? completion) => Rule(r => r with
    {
        StartWindow = start is { } s ? Duration.Minutes(s) : null,
        CompletionWindow = completion is { } c ? Duration.Minutes(c) : null,
    });

    /// <summary>A plan with one selection of <paramref name="resources"/> and the rule.</summary>
    private static BackupApp Selecting(BackupPlanRule rule, params BackupResource[] resources) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) }, rule);

    /// <summary>The fixture's app as lint builds it from a template (template wording: the C# API's defaults are not applied).</summary>
    private static BackupApp TemplateApp(BackupPlanRule rule)
    {
        var app = new BackupApp { TemplateWording = true };
        var stack = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(stack, stack.AddVault("Vault"), rule);
        return app;
    }

    private static BackupPlanRule ContinuousRule(Lifecycle? lifecycle) => BackupPlanRule.Continuous(Duration.Days(35)) with { Lifecycle = lifecycle };

    private static Dictionary<string, string> Tags(int count, string prefix = "k") =>
        Enumerable.Range(0, count).ToDictionary(i => prefix + i, i => "v");

    private static BackupApp Lag(IBackupVault vault, string? account = Fixture.Account, string? region = Fixture.Region) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { LogicallyAirGappedVault = vault }), account, region);

    private static BackupApp Scan(ScanAction action, bool withSetting) => Fixture.WithPlan(new BackupPlanProps
    {
        Rules = [BackupPlanRule.Daily() with { ScanActions = [action] }],
        ScanSettings = withSetting ? [new ScanSetting("GUARDDUTY", ["EBS", "S3"], Fixture.RoleArn)] : [],
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("RULE-013 a negative CompletionWindow is rejected", "BKP2163",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { CompletionWindow = Duration.Minutes(-1) }), "Test/Plan/Rules[Daily]", "CompletionWindow"),
        Bad("RULE-013 a zero CompletionWindow is rejected", "BKP2163", () => Fixture.WithRule(BackupPlanRule.Daily() with { CompletionWindow = Duration.Minutes(0) })),
        Good("RULE-013 a CompletionWindow of 2 hours is accepted", "BKP2163",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { StartWindow = Duration.Hours(1), CompletionWindow = Duration.Hours(2) })),
        // RULE-001, RULE-002: rule names.
        Bad("RULE-001 an empty rule name is rejected", "BKP2101", () => Rule(r => r with { RuleName = "" }), "Test/Plan/Rules[]", "RuleName"),
        Good("RULE-001 an unset rule name gets the default name", "BKP2101", () => Rule(r => r with { RuleName = null })),
        Bad("RULE-002 a rule name with a space is rejected", "BKP2102", () => Rule(r => r with { RuleName = "Daily backup" }), "Test/Plan/Rules[Daily backup]", "RuleName"),
        Bad("RULE-002 a 51-character rule name is rejected", "BKP2102", () => Rule(r => r with { RuleName = new string('r', 51) })),
        Bad("RULE-002 a default rule name from a plan ID with a space is rejected", "BKP2102",
            () => Fixture.App(s => s.AddPlan("Daily Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [new BackupPlanRule()] })),
            "Test/Daily Plan/Rules[Daily PlanRule0]", "RuleName"),
        Good("RULE-002 a 50-character rule name with - _ and . is accepted", "BKP2102", () => Rule(r => r with { RuleName = "a-_." + new string('b', 46) })),
        Good("RULE-002 a one-character rule name is accepted", "BKP2102", () => Rule(r => r with { RuleName = "d" })),
        Good("RULE-002 a rule name from a deploy-time value is not checked", "BKP2102", () => Rule(r => r with { RuleName = new StackParameter("RuleName").Value + " daily" })),
        Bad("RULE-002 a rule name with the stack's known Region filled in is checked", "BKP2102", () => Rule(r => r with { RuleName = Aws.Region + " daily" })),

        // RULE-003, RULE-004: target vault.
        Bad("RULE-003 a template rule without a vault in a plan without a vault is rejected", "BKP2103", () =>
        {
            var app = new BackupApp { TemplateWording = true }; // as lint reads a template: no vault is created for it
            Fixture.Plan(app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region }), null, BackupPlanRule.Daily());
            return app;
        }, Daily, "Vault"),
        Good("RULE-003 in C# a plan without a vault creates one for its rules (Plan/Vault, as the AWS CDK)", "BKP2103",
            () => Fixture.App(s => Fixture.Plan(s, null, BackupPlanRule.Daily()))),
        Good("RULE-003 a rule that uses the plan's vault is accepted", "BKP2103", () => Fixture.WithRule(BackupPlanRule.Daily())),
        Good("RULE-003 a rule with its own vault in a plan without one is accepted", "BKP2103",
            () => Fixture.App(s => Fixture.Plan(s, null, BackupPlanRule.Daily(BackupVault.FromName("prod-primary"))))),
        Bad("RULE-004 a vault given by a KMS key ARN is rejected", "BKP2104", () => Rule(r => r with { Vault = BackupVault.FromArn(Fixture.KeyArn) }), Daily, "Vault"),
        Bad("RULE-004 a vault name with a dot is rejected", "BKP2104", () => Rule(r => r with { Vault = BackupVault.FromName("prod.vault") }), Daily, "Vault"),
        Bad("RULE-004 a plan vault given by a malformed ARN is rejected at each rule", "BKP2104",
            () => Fixture.App(s => Fixture.Plan(s, BackupVault.FromArn("arn:aws:backup:eu-west-1:111122223333:vault/prod"), BackupPlanRule.Daily())), Daily, "Vault"),
        Good("RULE-004 a vault given by its backup-vault ARN is accepted (its name is written)", "BKP2104", () => Rule(r => r with { Vault = BackupVault.FromArn(VaultArn) })),
        Good("RULE-004 a vault given by a 2-character name is accepted", "BKP2104", () => Rule(r => r with { Vault = BackupVault.FromName("ab") })),
        Good("RULE-004 a vault name from a deploy-time value is not checked", "BKP2104", () => Rule(r => r with { Vault = BackupVault.FromName(Aws.AccountId + ".vault") })),

        // RULE-011 to RULE-014: windows.
        Bad("RULE-011 a StartWindow of 59 minutes is rejected", "BKP2111", () => Windows(59, null), Daily, "StartWindow"),
        Good("RULE-011 a StartWindow of 60 minutes is accepted", "BKP2111", () => Windows(60, 120)),
        Bad("RULE-012 a StartWindow of 52,560,001 minutes is rejected", "BKP2112", () => Windows(52_560_001, 52_560_000), Daily, "StartWindow"),
        Good("RULE-012 a StartWindow of 52,560,000 minutes (100 years) is accepted", "BKP2112", () => Windows(52_560_000, null)),
        Bad("RULE-013 a CompletionWindow of 52,560,001 minutes is rejected", "BKP2113", () => Windows(null, 52_560_001), Daily, "CompletionWindow"),
        Good("RULE-013 a CompletionWindow of 52,560,000 minutes (100 years) is accepted", "BKP2113", () => Windows(null, 52_560_000)),
        Bad("RULE-014 Start 60 and Completion 119 minutes are rejected", "BKP2114", () => Windows(60, 119), Daily, "CompletionWindow"),
        Bad("RULE-014 Start 8 hours and Completion 8 hours are rejected", "BKP2114", () => Windows(480, 480)),
        Good("RULE-014 the seed's Start 60 and Completion 120 minutes are accepted", "BKP2114", () => Windows(60, 120)),
        Good("RULE-014 a CompletionWindow against the default StartWindow is not this error", "BKP2114", () => Windows(null, 120)),
        Bad("RULE-014 a CompletionWindow of 8 hours against the default StartWindow of 8 hours is warned", "BKP2164", () => Windows(null, 480), Daily, "CompletionWindow"),
        Bad("RULE-014 a StartWindow of 7 days against the default CompletionWindow of 7 days is warned", "BKP2164", () => Windows(10_080, null), Daily, "StartWindow"),
        Good("RULE-014 a CompletionWindow of 9 hours against the default StartWindow is not warned", "BKP2164", () => Windows(null, 540)),
        Good("RULE-014 a StartWindow of 1 hour against the default CompletionWindow is not warned", "BKP2164", () => Windows(60, null)),
        Good("RULE-014 both windows set is not the defaults warning", "BKP2164", () => Windows(480, 480)),

        // RULE-015: completion window and FSx.
        Bad("RULE-015 a CompletionWindow with an FSx file system selected is warned", "BKP2115",
            () => Selecting(BackupPlanRule.Daily() with { CompletionWindow = Duration.Hours(8) }, BackupResource.FsxFileSystem("fs-0123456789abcdef0")), Daily, "CompletionWindow"),
        Good("RULE-015 a CompletionWindow with a tag selection is not warned", "BKP2115", () => Windows(60, 480)),
        Good("RULE-015 an FSx selection without a CompletionWindow is not warned", "BKP2115",
            () => Selecting(BackupPlanRule.Daily(), BackupResource.FsxFileSystem("fs-0123456789abcdef0"))),

        // RULE-018 to RULE-022: continuous backup.
        Bad("RULE-018 a continuous rule that can select only EBS volumes is warned", "BKP2118",
            () => Selecting(BackupPlanRule.Continuous(Duration.Days(35)), BackupResource.EbsVolume("vol-0123456789abcdef0")), Continuous, "EnableContinuousBackup"),
        Good("RULE-018 a continuous rule with a tag selection is not warned", "BKP2118", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)))),
        Good("RULE-018 a continuous rule that selects an S3 bucket is not warned", "BKP2118",
            () => Selecting(BackupPlanRule.Continuous(Duration.Days(35)), BackupResource.S3Bucket("orders"))),
        Bad("RULE-019 continuous retention of 36 days is rejected", "BKP2119", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(36))), Continuous, "Lifecycle.DeleteAfter"),
        Bad("RULE-019 continuous retention of 12 hours is rejected", "BKP2119", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Hours(12)))),
        Good("RULE-019 continuous retention of 35 days is accepted", "BKP2119", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)))),
        Good("RULE-019 continuous retention of 1 day is accepted", "BKP2119", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(1)))),
        Good("RULE-019 a snapshot rule kept 36 days is not this error", "BKP2119", () => Rule(r => r with { Lifecycle = Lifecycle.Retain(Duration.Days(36)) })),
        // Issue 16: the C# API now keeps a continuous rule without DeleteAfter for 35 days (the AWS CDK's default), so only
        // a template (an app in template wording, as lint builds it) can leave the retention unset.
        Bad("RULE-020 a template's continuous rule without DeleteAfterDays is warned", "BKP2120", () => TemplateApp(ContinuousRule(null)), Continuous, "Lifecycle.DeleteAfter"),
        Good("RULE-020 a C# continuous rule without DeleteAfter gets the 35-day default and is not warned", "BKP2120", () => Fixture.WithRule(ContinuousRule(null))),
        Good("RULE-020 a continuous rule with DeleteAfter is not warned", "BKP2120", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(14)))),
        Good("RULE-020 a snapshot rule without DeleteAfter is not warned", "BKP2120", () => Rule(r => r with { Lifecycle = null })),
        Bad("RULE-021 a continuous rule with a cold transition is rejected", "BKP2121",
            () => Fixture.WithRule(ContinuousRule(new Lifecycle { MoveToColdStorageAfter = Duration.Days(1), DeleteAfter = Duration.Days(35) })), Continuous, "Lifecycle.MoveToColdStorageAfter"),
        Good("RULE-021 a continuous rule without a cold transition is accepted", "BKP2121", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)))),
        Good("RULE-021 a snapshot rule with a cold transition is not this error", "BKP2121",
            () => Rule(r => r with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(120) } })),
        Bad("RULE-022 a continuous rule with copies and no schedule is noted", "BKP2122",
            () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)) with { CopyActions = [CopyAction.To(BackupVault.FromArn(VaultArn))] }), Continuous, "Schedule"),
        Good("RULE-022 a continuous rule with copies and a schedule is not noted", "BKP2122",
            () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)) with { Schedule = Schedule.Daily(hour: 3), CopyActions = [CopyAction.To(BackupVault.FromArn(VaultArn))] })),
        Good("RULE-022 a continuous rule without copies is not noted", "BKP2122", () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(35)))),

        // RULE-024, RULE-025: recovery point tags.
        Bad("RULE-024 51 recovery point tags are rejected", "BKP2124", () => Rule(r => r with { RecoveryPointTags = Tags(51) }), Daily, "RecoveryPointTags"),
        Good("RULE-024 50 recovery point tags are accepted", "BKP2124", () => Rule(r => r with { RecoveryPointTags = Tags(50) })),
        Bad("RULE-024 50 rule tags plus the selection's tag key exceed 50 and are warned", "BKP2174",
            () => Rule(r => r with { RecoveryPointTags = Tags(50) }), Daily, "RecoveryPointTags"),
        Bad("RULE-024 49 rule tags plus two required condition keys are warned", "BKP2174",
            () => Fixture.WithSelection(new BackupSelectionOptions
            {
                Role = BackupRole.FromArn(Fixture.RoleArn),
                Conditions = new SelectionConditions { StringEquals = [new("aws:ResourceTag/env", "prod"), new("aws:ResourceTag/team", "core")] },
            }, BackupPlanRule.Daily() with { RecoveryPointTags = Tags(49) })),
        Good("RULE-024 50 rule tags that include the selection's tag key are not warned", "BKP2174",
            () => Rule(r => r with { RecoveryPointTags = new Dictionary<string, string>(Tags(49)) { ["backup"] = "true" } })),
        Good("RULE-024 49 rule tags plus the selection's tag key (50) are not warned", "BKP2174", () => Rule(r => r with { RecoveryPointTags = Tags(49) })),
        Good("RULE-024 50 rule tags with an ARN selection are not warned", "BKP2174",
            () => Selecting(BackupPlanRule.Daily() with { RecoveryPointTags = Tags(50) }, BackupResource.S3Bucket("orders"))),
        Bad("RULE-025 recovery point tags with a DynamoDB table selected are warned", "BKP2125",
            () => Selecting(BackupPlanRule.Daily() with { RecoveryPointTags = Tags(1) }, BackupResource.DynamoDbTable("orders")), Daily, "RecoveryPointTags"),
        Good("RULE-025 recovery point tags with a tag selection are not warned", "BKP2125", () => Rule(r => r with { RecoveryPointTags = Tags(1) })),
        Good("RULE-025 a DynamoDB table without recovery point tags is not warned", "BKP2125", () => Selecting(BackupPlanRule.Daily(), BackupResource.DynamoDbTable("orders"))),

        // RULE-026: logically air-gapped vault.
        Bad("RULE-026 a LAG vault in another Region is rejected", "BKP2126",
            () => Lag(BackupVault.FromArn("arn:aws:backup:eu-central-1:111122223333:backup-vault:lag-vault")), Daily, "LogicallyAirGappedVault"),
        Bad("RULE-026 a LAG vault in another account is rejected", "BKP2126",
            () => Lag(BackupVault.FromArn("arn:aws:backup:eu-west-1:444455556666:backup-vault:lag-vault"))),
        Bad("RULE-026 a KMS key ARN as LAG vault is rejected", "BKP2126", () => Lag(BackupVault.FromArn(Fixture.KeyArn))),
        Bad("RULE-026 a vault construct of a stack in another Region is rejected", "BKP2126", () =>
        {
            var app = new BackupApp();
            var other = app.AddStack("Other", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
            var lag = other.AddVault("Lag");
            var stack = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(stack, stack.AddVault("Vault"), BackupPlanRule.Daily() with { LogicallyAirGappedVault = lag });
            return app;
        }, Daily, "LogicallyAirGappedVault"),
        Good("RULE-026 a LAG vault ARN in the same account and Region is accepted", "BKP2126", () => Lag(BackupVault.FromArn(LagArn))),
        Good("RULE-026 a LAG vault in another Region is not checked when the stack's Region is unknown", "BKP2126",
            () => Lag(BackupVault.FromArn("arn:aws:backup:eu-central-1:111122223333:backup-vault:lag-vault"), account: null, region: null)),
        Good("RULE-026 a LAG vault given by name is accepted", "BKP2126", () => Lag(BackupVault.FromName("lag-vault"))),
        Good("RULE-026 a vault construct of the same stack is accepted", "BKP2126",
            () => Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { LogicallyAirGappedVault = s.AddVault("Lag") }))),
        Good("RULE-026 a LAG vault ARN in the aws-cn partition is accepted", "BKP2126",
            () => Lag(BackupVault.FromArn("arn:aws-cn:backup:cn-north-1:111122223333:backup-vault:lag-vault"), region: "cn-north-1")),

        // RULE-027: scan actions.
        Bad("RULE-027 an unknown scan mode is rejected", "BKP2127", () => Scan(new ScanAction("GUARDDUTY", "QUICK_SCAN"), withSetting: true), Daily, "ScanActions[0].ScanMode"),
        Bad("RULE-027 a scanner other than GUARDDUTY is rejected", "BKP2127", () => Scan(new ScanAction("ClamAV", "FULL_SCAN"), withSetting: true), Daily, "ScanActions[0].MalwareScanner"),
        Bad("RULE-027 a lower-case scan mode is rejected", "BKP2127", () => Scan(new ScanAction("GUARDDUTY", "full_scan"), withSetting: true)),
        Good("RULE-027 a GuardDuty incremental scan is accepted", "BKP2127", () => Scan(ScanAction.GuardDuty(incremental: true), withSetting: true)),
        Bad("RULE-027 a scan action without a plan scan setting is warned", "BKP2177", () => Scan(ScanAction.GuardDuty(), withSetting: false), Daily, "ScanActions[0].MalwareScanner"),
        Good("RULE-027 a scan action with a matching plan scan setting is not warned", "BKP2177", () => Scan(ScanAction.GuardDuty(), withSetting: true)),
    ];
}
