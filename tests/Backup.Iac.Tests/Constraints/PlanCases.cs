using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class PlanCases
{
    private const string PlanPath = "Test/Plan";

    private static BackupPlanRule Named(string name, BackupPlanRule? rule = null) => (rule ?? BackupPlanRule.Daily()) with { RuleName = name };

    private static BackupPlanRule DailyAt(string name, int hour, Duration? window = null) =>
        BackupPlanRule.Daily() with { RuleName = name, Schedule = Schedule.Daily(hour), StartWindow = window };

    private static BackupApp WithSettings(params AdvancedBackupSetting[] settings) =>
        Fixture.WithPlan(new() { Rules = [BackupPlanRule.Daily()], AdvancedBackupSettings = settings });

    private static AdvancedBackupSetting Setting(string type, string key, string value) =>
        new(type, new Dictionary<string, string> { [key] = value });

    private static BackupApp WithTags(IReadOnlyDictionary<string, string> tags) =>
        Fixture.WithPlan(new() { Rules = [BackupPlanRule.Daily()], Tags = tags });

    private static Dictionary<string, string> ManyTags(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"key{i}", i => "value");

    private static BackupApp WithScan(ScanSetting scan) =>
        Fixture.WithPlan(new() { Rules = [BackupPlanRule.Daily()], ScanSettings = [scan] });

    private static ScanSetting GuardDuty(params string[] types) => new("GUARDDUTY", types, Fixture.RoleArn);

    /// <summary>Two stacks, each with a plan <c>Plan</c> named <paramref name="name"/>.</summary>
    private static BackupApp TwoStacks(string? account, string? region, string? otherRegion, string name = "daily")
    {
        var app = new BackupApp();
        foreach (var (id, r) in new[] { ("Test", region), ("Other", otherRegion) })
        {
            var stack = app.AddStack(id, new BackupStackProps { Account = account, Region = r });
            stack.AddPlan("Plan", new BackupPlanProps { BackupPlanName = name, Vault = stack.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        }

        return app;
    }

    /// <summary><paramref name="count"/> plans in stack <c>Test</c> (and <paramref name="otherCount"/> in stack <c>Other</c>).</summary>
    private static BackupApp ManyPlans(int count, int otherCount = 0, string? account = Fixture.Account, string? region = Fixture.Region)
    {
        var app = new BackupApp();
        foreach (var (id, n) in new[] { ("Test", count), ("Other", otherCount) })
        {
            var stack = app.AddStack(id, new BackupStackProps { Account = account, Region = region });
            var vault = stack.AddVault("Vault");
            for (var i = 0; i < n; i++)
            {
                stack.AddPlan($"Plan{i}", new BackupPlanProps { BackupPlanName = $"{id}-{i}", Vault = vault, Rules = [BackupPlanRule.Daily()] });
            }
        }

        return app;
    }

    private static BackupApp WithSelections(int count) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        for (var i = 0; i < count; i++)
        {
            plan.AddSelection($"Sel{i}", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", $"set{i}")], Role = BackupRole.FromArn(Fixture.RoleArn) });
        }
    });

    /// <summary>Two continuous rules C1 and C2; C2 into <c>Vault2</c> when <paramref name="sameVault"/> is false.</summary>
    private static BackupApp TwoContinuous(bool sameVault) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault");
        var second = sameVault ? vault : s.AddVault("Vault2");
        Fixture.Plan(s, vault,
            BackupPlanRule.Continuous(Duration.Days(35)) with { RuleName = "C1" },
            BackupPlanRule.Continuous(Duration.Days(7), second) with { RuleName = "C2" });
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // PLAN-001, PLAN-002: the plan name.
        Bad("PLAN-001 an empty BackupPlanName is rejected", "BKP2001",
            () => Fixture.WithPlan(new() { BackupPlanName = "", Rules = [BackupPlanRule.Daily()] }), PlanPath, "BackupPlanName"),
        Good("PLAN-001 a plan named after its construct ID is accepted", "BKP2001",
            () => Fixture.WithPlan(new() { Rules = [BackupPlanRule.Daily()] })),
        Bad("PLAN-002 a plan name with a space is rejected", "BKP2002",
            () => Fixture.WithPlan(new() { BackupPlanName = "daily plan", Rules = [BackupPlanRule.Daily()] }), PlanPath, "BackupPlanName"),
        Bad("PLAN-002 a 51-character plan name is rejected", "BKP2002",
            () => Fixture.WithPlan(new() { BackupPlanName = new string('p', 51), Rules = [BackupPlanRule.Daily()] })),
        Bad("PLAN-002 a construct ID that is not a valid plan name is rejected", "BKP2002",
            () => Fixture.App(s => s.AddPlan("Daily:Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] })),
            "Test/Daily:Plan", "BackupPlanName"),
        Good("PLAN-002 a 50-character plan name with '-', '_' and '.' is accepted", "BKP2002",
            () => Fixture.WithPlan(new() { BackupPlanName = "a-_." + new string('b', 46), Rules = [BackupPlanRule.Daily()] })),
        Good("PLAN-002 a one-character plan name is accepted", "BKP2002",
            () => Fixture.WithPlan(new() { BackupPlanName = "p", Rules = [BackupPlanRule.Daily()] })),
        Good("PLAN-002 a plan name from a token is not checked", "BKP2002",
            () => Fixture.WithPlan(new() { BackupPlanName = new StackParameter("PlanName").Value + " plan", Rules = [BackupPlanRule.Daily()] })),

        // PLAN-004: unique names per account and Region.
        Bad("PLAN-004 two stacks in the same account and Region with the same plan name are warned on the later plan", "BKP2004",
            () => TwoStacks(Fixture.Account, Fixture.Region, Fixture.Region), "Other/Plan", "BackupPlanName"),
        Bad("PLAN-004 two plans of one stack with the same BackupPlanName are warned", "BKP2004",
            () => Fixture.App(s =>
            {
                var vault = s.AddVault("Vault");
                s.AddPlan("Plan", new BackupPlanProps { BackupPlanName = "daily", Vault = vault, Rules = [BackupPlanRule.Daily()] });
                s.AddPlan("Plan2", new BackupPlanProps { BackupPlanName = "daily", Vault = vault, Rules = [BackupPlanRule.Daily()] });
            }, account: null, region: null), "Test/Plan2", "BackupPlanName"),
        Good("PLAN-004 the same plan name in two Regions is accepted", "BKP2004",
            () => TwoStacks(Fixture.Account, Fixture.Region, Fixture.OtherRegion)),
        Good("PLAN-004 the same plan name in two stacks of unknown environment is not compared", "BKP2004",
            () => TwoStacks(null, null, null)),
        Good("PLAN-004 plan names that differ only in case are not reported", "BKP2004",
            () => Fixture.App(s =>
            {
                var vault = s.AddVault("Vault");
                s.AddPlan("Plan", new BackupPlanProps { BackupPlanName = "daily", Vault = vault, Rules = [BackupPlanRule.Daily()] });
                s.AddPlan("Plan2", new BackupPlanProps { BackupPlanName = "Daily", Vault = vault, Rules = [BackupPlanRule.Daily()] });
            })),

        // PLAN-005, PLAN-006: rule count.
        Bad("PLAN-005 a plan without rules is rejected", "BKP2005", () => Fixture.WithPlan(new() { Rules = [] }), PlanPath, "Rules"),
        Good("PLAN-005 a plan with one rule is accepted", "BKP2005", () => Fixture.WithRule(BackupPlanRule.Daily())),
        Bad("PLAN-006 a plan with 11 rules is warned", "BKP2006",
            () => Fixture.WithRules([.. Enumerable.Range(0, 11).Select(i => DailyAt($"R{i}", i, Duration.Hours(1)))]), PlanPath, "Rules"),
        Good("PLAN-006 a plan with 10 rules is accepted", "BKP2006",
            () => Fixture.WithRules([.. Enumerable.Range(0, 10).Select(i => DailyAt($"R{i}", i, Duration.Hours(1)))])),

        // PLAN-007: unique rule names.
        Bad("PLAN-007 two rules named Daily are rejected", "BKP2007",
            () => Fixture.WithRules(BackupPlanRule.Daily(), BackupPlanRule.Daily() with { Schedule = Schedule.Daily(17) }),
            "Test/Plan/Rules[Daily]", "RuleName"),
        Bad("PLAN-007 a rule named like another rule's default name is rejected", "BKP2007",
            () => Fixture.WithRules(BackupPlanRule.Weekly() with { RuleName = null }, Named("PlanRule0")), "Test/Plan/Rules[PlanRule0]", "RuleName"),
        Good("PLAN-007 rule names that differ only in case are accepted", "BKP2007",
            () => Fixture.WithRules(Named("Daily"), Named("daily", BackupPlanRule.Weekly()))),
        Good("PLAN-007 two unnamed rules get distinct default names", "BKP2007",
            () => Fixture.WithRules(BackupPlanRule.Daily() with { RuleName = null }, BackupPlanRule.Weekly() with { RuleName = null })),

        // PLAN-008 to PLAN-011: advanced backup settings.
        Bad("PLAN-008 an advanced backup setting for RDS is rejected", "BKP2008",
            () => WithSettings(Setting("RDS", "WindowsVSS", "enabled")), PlanPath, "AdvancedBackupSettings[0].ResourceType"),
        Bad("PLAN-008 an advanced backup setting for the seed spelling FSX is rejected", "BKP2008",
            () => WithSettings(AdvancedBackupSetting.WindowsVss(), Setting("FSX", "WindowsVSS", "enabled")), PlanPath, "AdvancedBackupSettings[1].ResourceType"),
        Good("PLAN-008 advanced backup settings for EC2 and S3 are accepted", "BKP2008",
            () => WithSettings(AdvancedBackupSetting.WindowsVss(), AdvancedBackupSetting.S3(backupAcls: false))),
        Good("PLAN-008 an advanced setting type from a token is not checked", "BKP2008",
            () => WithSettings(Setting(Aws.Region, "WindowsVSS", "enabled"))),
        Bad("PLAN-009 the option WindowsVss (wrong case) is rejected", "BKP2009",
            () => WithSettings(Setting("EC2", "WindowsVss", "enabled")), PlanPath, "AdvancedBackupSettings[0].BackupOptions.WindowsVss"),
        Bad("PLAN-009 WindowsVSS set to true is rejected", "BKP2009",
            () => WithSettings(Setting("EC2", "WindowsVSS", "true")), PlanPath, "AdvancedBackupSettings[0].BackupOptions.WindowsVSS"),
        Bad("PLAN-009 the EC2 option WindowsVSS on an S3 setting is rejected", "BKP2009",
            () => WithSettings(Setting("S3", "WindowsVSS", "enabled"))),
        Good("PLAN-009 WindowsVSS disabled is accepted", "BKP2009", () => WithSettings(AdvancedBackupSetting.WindowsVss(enabled: false))),
        Good("PLAN-009 the S3 options BackupACLs and BackupObjectTags are accepted", "BKP2009",
            () => WithSettings(AdvancedBackupSetting.S3(backupAcls: false, backupObjectTags: true))),
        Good("PLAN-009 the developer guide spelling S3BackupACLs is accepted", "BKP2009",
            () => WithSettings(Setting("S3", "S3BackupACLs", "disabled"))),
        Good("PLAN-009 an option value from a token is not checked", "BKP2009",
            () => WithSettings(Setting("EC2", "WindowsVSS", Aws.Region))),
        Bad("PLAN-010 two EC2 advanced backup settings are warned", "BKP2010",
            () => WithSettings(AdvancedBackupSetting.WindowsVss(), AdvancedBackupSetting.WindowsVss(enabled: false)), PlanPath, "AdvancedBackupSettings[1].ResourceType"),
        Good("PLAN-010 one EC2 and one S3 advanced backup setting are accepted", "BKP2010",
            () => WithSettings(AdvancedBackupSetting.WindowsVss(), AdvancedBackupSetting.S3())),
        Bad("PLAN-011 enabling Windows VSS gives an info", "BKP2011",
            () => WithSettings(AdvancedBackupSetting.WindowsVss()), PlanPath, "AdvancedBackupSettings[0].BackupOptions.WindowsVSS"),
        Good("PLAN-011 Windows VSS disabled gives no info", "BKP2011", () => WithSettings(AdvancedBackupSetting.WindowsVss(enabled: false))),

        // PLAN-013: plan tags.
        Bad("PLAN-013 a plan tag key starting with aws: is warned", "BKP2013",
            () => WithTags(new Dictionary<string, string> { ["aws:team"] = "platform" }), PlanPath, "Tags[aws:team]"),
        Bad("PLAN-013 51 plan tags are warned", "BKP2013", () => WithTags(ManyTags(51)), PlanPath, "Tags"),
        Bad("PLAN-013 a 129-character tag key is warned", "BKP2013", () => WithTags(new Dictionary<string, string> { [new string('k', 129)] = "v" })),
        Bad("PLAN-013 a 257-character tag value is warned", "BKP2013",
            () => WithTags(new Dictionary<string, string> { ["team"] = new string('v', 257) }), PlanPath, "Tags[team]"),
        Good("PLAN-013 50 tags with a 128-character key and a 256-character value are accepted", "BKP2013",
            () => WithTags(new Dictionary<string, string>(ManyTags(49)) { [new string('k', 128)] = new string('v', 256) })),

        // PLAN-015, PLAN-016: quotas.
        Bad("PLAN-015 101 selections in one plan are rejected", "BKP2015", () => WithSelections(101), PlanPath),
        Good("PLAN-015 100 selections in one plan are accepted", "BKP2015", () => WithSelections(100)),
        Bad("PLAN-016 a 301st plan in one account and Region is warned", "BKP2016", () => ManyPlans(301), "Test/Plan300"),
        Bad("PLAN-016 plans of two stacks in one account and Region count together", "BKP2016", () => ManyPlans(200, 101), "Other/Plan100"),
        Good("PLAN-016 300 plans in one account and Region are accepted", "BKP2016", () => ManyPlans(300)),
        Good("PLAN-016 plans of two stacks of unknown environment are not counted together", "BKP2016", () => ManyPlans(200, 200, null, null)),

        // PLAN-020: overlapping start windows.
        Bad("PLAN-020 two rules with the same schedule are warned on the later rule", "BKP2020",
            () => Fixture.WithRules(Named("A"), Named("B")), "Test/Plan/Rules[B]", "Schedule"),
        Bad("PLAN-020 the default schedule and a daily rule at 05:00 overlap", "BKP2020",
            () => Fixture.WithRules(Named("Default") with { Schedule = null }, DailyAt("Five", 5, Duration.Hours(1))), "Test/Plan/Rules[Five]", "Schedule"),
        Bad("PLAN-020 a daily rule at 12:00 starts within the 8-hour window of a daily rule at 05:00", "BKP2020",
            () => Fixture.WithRules(DailyAt("Morning", 5), DailyAt("Noon", 12)), "Test/Plan/Rules[Noon]", "Schedule"),
        Bad("PLAN-020 a window from 23:00 that reaches over midnight overlaps a daily rule at 05:00", "BKP2020",
            () => Fixture.WithRules(DailyAt("Late", 23, Duration.Hours(8)), DailyAt("Early", 5, Duration.Hours(1)))),
        Bad("PLAN-020 weekly rules on day 7 and on SAT at the same time overlap", "BKP2020",
            () => Fixture.WithRules(Named("Sat", BackupPlanRule.Weekly()), Named("Seven", BackupPlanRule.Weekly()) with { Schedule = Schedule.FromExpression("cron(0 5 ? * 7 *)") })),
        Good("PLAN-020 daily, weekly and monthly rules at the same time (the quick start) are accepted", "BKP2020",
            () => Fixture.WithRules(BackupPlanRule.Daily() with { StartWindow = Duration.Hours(1) }, BackupPlanRule.Weekly(), BackupPlanRule.Monthly1Year())),
        Good("PLAN-020 back-to-back 1-hour windows at 05:00 and 06:00 do not overlap", "BKP2020",
            () => Fixture.WithRules(DailyAt("Five", 5, Duration.Hours(1)), DailyAt("Six", 6, Duration.Hours(1)))),
        Good("PLAN-020 8-hour windows at 05:00 and 17:00 do not overlap", "BKP2020",
            () => Fixture.WithRules(DailyAt("Morning", 5), DailyAt("Evening", 17))),
        Bad("PLAN-020 the seed's example: hourly with a 1-hour window and every 12 hours with an 8-hour window", "BKP2020",
            () => Fixture.WithRules(
                Named("Hourly") with { Schedule = Schedule.Hourly(), StartWindow = Duration.Hours(1), Lifecycle = Lifecycle.Retain(Duration.Days(1)) },
                Named("TwiceDaily") with { Schedule = Schedule.FromExpression("cron(0 0/12 ? * * *)"), StartWindow = Duration.Hours(8), Lifecycle = Lifecycle.Retain(Duration.Days(7)) }),
            "Test/Plan/Rules[TwiceDaily]", "Schedule"),
        Bad("PLAN-020 hourly runs inside a daily rule's 8-hour window are warned", "BKP2020",
            () => Fixture.WithRules(Named("Hourly") with { Schedule = Schedule.Hourly(), StartWindow = Duration.Hours(1) }, Named("Daily"))),
        Good("PLAN-020 an hourly rule and a daily rule with a 1-hour window at the same minute are accepted", "BKP2020",
            () => Fixture.WithRules(Named("Hourly") with { Schedule = Schedule.Hourly(), StartWindow = Duration.Hours(1) }, Named("Daily") with { StartWindow = Duration.Hours(1) })),
        Good("PLAN-020 the same schedule in two time zones is not compared", "BKP2020",
            () => Fixture.WithRules(Named("Paris") with { ScheduleTimeZone = "Europe/Paris" }, Named("Utc"))),
        Good("PLAN-020 a continuous rule next to a daily rule is accepted", "BKP2020",
            () => Fixture.WithRules(BackupPlanRule.Continuous(Duration.Days(35)), Named("Daily") with { Schedule = null })),

        // PLAN-021, PLAN-022: continuous rules.
        Bad("PLAN-021 continuous rules into two vaults are rejected", "BKP2021", () => TwoContinuous(sameVault: false), "Test/Plan/Rules[C2]", "Vault"),
        Good("PLAN-021 one continuous rule and a snapshot rule into another vault are accepted", "BKP2021", () => Fixture.App(s =>
            Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Continuous(Duration.Days(35)), BackupPlanRule.Weekly(s.AddVault("Vault2"))))),
        Good("PLAN-021 a vault whose name is a token is not compared", "BKP2021", () => Fixture.App(s =>
            Fixture.Plan(s, s.AddVault("Vault"),
                BackupPlanRule.Continuous(Duration.Days(35)) with { RuleName = "C1" },
                BackupPlanRule.Continuous(Duration.Days(7), BackupVault.FromName(Aws.AccountId + "-pitr")) with { RuleName = "C2" }))),
        Bad("PLAN-022 two continuous rules into one vault are warned", "BKP2022", () => TwoContinuous(sameVault: true), "Test/Plan/Rules[C2]", "EnableContinuousBackup"),
        Good("PLAN-022 a single continuous rule is accepted", "BKP2022", () => Fixture.WithRules(BackupPlanRule.Continuous(Duration.Days(35)), BackupPlanRule.Daily())),

        // PLAN-023: scan settings.
        Bad("PLAN-023 a malware scanner other than GUARDDUTY is rejected", "BKP2023",
            () => WithScan(new ScanSetting("MACIE", ["EBS"], Fixture.RoleArn)), PlanPath, "ScanSettings[0].MalwareScanner"),
        Bad("PLAN-023 scanning RDS is rejected", "BKP2023", () => WithScan(GuardDuty("EBS", "RDS")), PlanPath, "ScanSettings[0].ResourceTypes[1]"),
        Bad("PLAN-023 a resource type listed twice is rejected", "BKP2023", () => WithScan(GuardDuty("S3", "S3")), PlanPath, "ScanSettings[0].ResourceTypes[1]"),
        Bad("PLAN-023 a ScannerRoleArn that is not an IAM role is rejected", "BKP2023",
            () => WithScan(new ScanSetting("GUARDDUTY", ["S3"], "arn:aws:s3:::scanner-bucket")), PlanPath, "ScanSettings[0].ScannerRoleArn"),
        Good("PLAN-023 GuardDuty scanning EBS, EC2 and S3 with a role is accepted", "BKP2023", () => WithScan(GuardDuty("EBS", "EC2", "S3"))),
        Good("PLAN-023 a role ARN built from tokens in another partition is accepted", "BKP2023",
            () => WithScan(new ScanSetting("GUARDDUTY", ["EC2"], $"arn:{Aws.Partition}:iam::{Aws.AccountId}:role/Scanner"))),
        Good("PLAN-023 a role ARN in aws-cn is accepted", "BKP2023",
            () => WithScan(new ScanSetting("GUARDDUTY", ["EC2"], "arn:aws-cn:iam::111122223333:role/Scanner"))),
    ];
}
