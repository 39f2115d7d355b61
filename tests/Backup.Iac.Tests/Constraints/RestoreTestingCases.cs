using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class RestoreTestingCases
{
    private const string PlanPath = "Test/RestorePlan";
    private const string SelPath = "Test/RestorePlan/Ec2";
    private const string Vault = "primary";
    private const string VaultArn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:primary";
    private const string OtherVaultArn = "arn:aws:backup:eu-west-1:111122223333:backup-vault:other";
    private const string Instance = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0";
    private const string Volume = "arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0";

    private static RestoreTestingPlanProps DefaultPlan => new() { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3) };

    private static RestoreTestingSelectionOptions DefaultSelection => new() { ProtectedResourceType = "EC2" };

    /// <summary>
    /// A stack <c>Test</c> with a backup plan <c>Plan</c> (the rules, daily by default, into the vault 'primary', tag
    /// selection) and a restore testing plan <c>RestorePlan</c> (weekly on Sunday) with one selection <c>Ec2</c> of every
    /// protected EC2 instance (generated role).
    /// </summary>
    private static BackupApp Restore(
        Func<RestoreTestingPlanProps, RestoreTestingPlanProps>? plan = null,
        Func<RestoreTestingSelectionOptions, RestoreTestingSelectionOptions>? selection = null,
        BackupPlanRule[]? rules = null,
        string? region = Fixture.Region,
        string? account = Fixture.Account,
        Action<BackupStack, RestoreTestingPlan>? more = null) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new BackupVaultProps { BackupVaultName = Vault });
        Fixture.Plan(s, vault, rules ?? [BackupPlanRule.Daily()]);
        var restore = s.AddRestoreTestingPlan("RestorePlan", (plan ?? (p => p))(DefaultPlan));
        restore.AddSelection("Ec2", (selection ?? (o => o))(DefaultSelection));
        more?.Invoke(s, restore);
    }, account: account, region: region);

    private static BackupApp Plan(Func<RestoreTestingPlanProps, RestoreTestingPlanProps> plan) => Restore(plan: plan);

    private static BackupApp Sel(Func<RestoreTestingSelectionOptions, RestoreTestingSelectionOptions> selection) => Restore(selection: selection);

    private static BackupApp Points(Func<RestoreTestingRecoveryPointSelection, RestoreTestingRecoveryPointSelection> points) =>
        Plan(p => p with { RecoveryPointSelection = points(p.RecoveryPointSelection) });

    private static BackupApp Types(params string[] types) => Points(r => r with { RecoveryPointTypes = types });

    private static BackupApp Include(params string[] vaults) => Points(r => r with { IncludeVaults = vaults });

    private static BackupApp Exclude(params string[] vaults) => Points(r => r with { ExcludeVaults = vaults });

    private static BackupApp Typed(string type, params string[] arns) =>
        Sel(o => o with { ProtectedResourceType = type, ProtectedResourceArns = arns.Length == 0 ? ["*"] : arns });

    private static BackupApp Overrides(string type, params (string Key, string Value)[] overrides) =>
        Sel(o => o with { ProtectedResourceType = type, RestoreMetadataOverrides = overrides.ToDictionary(p => p.Key, p => p.Value) });

    private static BackupApp Conditions(ProtectedResourceConditions conditions, params string[] arns) =>
        Sel(o => o with { ProtectedResourceConditions = conditions, ProtectedResourceArns = arns.Length == 0 ? ["*"] : arns });

    private static BackupApp Where(string key, string value) => Conditions(new() { StringEquals = [new ConditionParameter(key, value)] });

    private static BackupApp ConditionCount(int count) => Conditions(new()
    {
        StringEquals = [.. Enumerable.Range(0, count / 2).Select(i => new ConditionParameter($"aws:ResourceTag/a{i}", "x"))],
        StringNotEquals = [.. Enumerable.Range(0, count - (count / 2)).Select(i => new ConditionParameter($"aws:ResourceTag/b{i}", "x"))],
    });

    private static string[] Instances(int count) => [.. Enumerable.Range(0, count).Select(i => $"{Instance[..^2]}{i:00}")];

    private static string[] VaultArns(int count) => [.. Enumerable.Range(0, count).Select(i => $"{OtherVaultArn}{i}")];

    /// <summary>A stack with <paramref name="count"/> restore testing plans (<c>P0</c>, <c>P1</c>, ...), none with selections.</summary>
    private static BackupApp PlanCount(int count) => Fixture.App(s =>
    {
        for (var i = 0; i < count; i++)
        {
            s.AddRestoreTestingPlan($"P{i}", DefaultPlan);
        }
    });

    /// <summary>A restore testing plan with <paramref name="count"/> EC2 selections (<c>S0</c>, <c>S1</c>, ...).</summary>
    private static BackupApp SelectionCount(int count) => Fixture.App(s =>
    {
        var plan = s.AddRestoreTestingPlan("RestorePlan", DefaultPlan);
        for (var i = 0; i < count; i++)
        {
            plan.AddSelection($"S{i}", new RestoreTestingSelectionOptions { ProtectedResourceType = "EC2", ProtectedResourceArns = [$"{Instance[..^2]}{i:00}"] });
        }
    });

    /// <summary>Two restore testing plans named <paramref name="first"/> and <paramref name="second"/>, in stacks of the Regions (the same stack when both are null).</summary>
    private static BackupApp TwoPlans(string first, string second, string? firstRegion = null, string? secondRegion = null)
    {
        var app = new BackupApp();
        var a = app.AddStack("A", new BackupStackProps { Account = Fixture.Account, Region = firstRegion ?? Fixture.Region });
        var b = firstRegion is null && secondRegion is null ? a : app.AddStack("B", new BackupStackProps { Account = Fixture.Account, Region = secondRegion ?? Fixture.Region });
        a.AddRestoreTestingPlan("First", DefaultPlan with { RestoreTestingPlanName = first });
        b.AddRestoreTestingPlan("Second", DefaultPlan with { RestoreTestingPlanName = second });
        return app;
    }

    /// <summary>Two selections of one plan with the given names (construct IDs <c>A</c> and <c>B</c>), or of two plans.</summary>
    private static BackupApp TwoSelections(string first, string second, bool samePlan = true) => Fixture.App(s =>
    {
        var plan = s.AddRestoreTestingPlan("RestorePlan", DefaultPlan);
        var other = samePlan ? plan : s.AddRestoreTestingPlan("OtherPlan", DefaultPlan);
        plan.AddSelection("A", DefaultSelection with { RestoreTestingSelectionName = first });
        other.AddSelection("B", DefaultSelection with { RestoreTestingSelectionName = second });
    });

    /// <summary>A plan and a selection with the given construct IDs.</summary>
    private static BackupApp Ids(string planId, string selectionId) => Fixture.App(s =>
        s.AddRestoreTestingPlan(planId, DefaultPlan).AddSelection(selectionId, DefaultSelection));

    /// <summary>The default setup, with IncludeVaults built from the backup vault and a second, unused vault 'other'.</summary>
    private static BackupApp IncludeFromVaults(Func<BackupVault, BackupVault, string[]> include, string? account = Fixture.Account, string? region = Fixture.Region) =>
        Fixture.App(s =>
        {
            var vault = s.AddVault("Vault", new BackupVaultProps { BackupVaultName = Vault });
            var other = s.AddVault("Other", new BackupVaultProps { BackupVaultName = "other" });
            Fixture.Plan(s, vault, BackupPlanRule.Daily());
            var restore = s.AddRestoreTestingPlan("RestorePlan", DefaultPlan with
            {
                RecoveryPointSelection = new RestoreTestingRecoveryPointSelection { IncludeVaults = include(vault, other) },
            });
            restore.AddSelection("Ec2", DefaultSelection);
        }, account: account, region: region);

    private static BackupApp Window(BackupPlanRule rule, Duration? window, Schedule? tests = null) => Restore(
        plan: p => p with
        {
            Schedule = tests ?? p.Schedule,
            RecoveryPointSelection = p.RecoveryPointSelection with { SelectionWindow = window },
        },
        rules: [rule]);

    private static string Deferred(string name) => new StackParameter(name).Value;

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // RTP-001
        Bad("RTP-001 an empty RestoreTestingPlanName is rejected", "BKP5001", () => Plan(p => p with { RestoreTestingPlanName = "" }), PlanPath, "RestoreTestingPlanName"),
        Good("RTP-001 a plan named after its construct ID has a name", "BKP5001", () => Restore()),
        Good("RTP-001 a name from a token is not checked", "BKP5001", () => Plan(p => p with { RestoreTestingPlanName = Deferred("PlanName") })),

        // RTP-002
        Bad("RTP-002 a hyphen in RestoreTestingPlanName is rejected", "BKP5002", () => Plan(p => p with { RestoreTestingPlanName = "weekly-restore-tests" }), PlanPath, "RestoreTestingPlanName"),
        Bad("RTP-002 a construct ID with a hyphen, used as the name, is rejected", "BKP5002", () => Ids("Restore-Plan", "Ec2"), "Test/Restore-Plan", "RestoreTestingPlanName"),
        Bad("RTP-002 a name of 51 characters is rejected", "BKP5002", () => Plan(p => p with { RestoreTestingPlanName = new string('a', 51) }), PlanPath),
        Good("RTP-002 a name of 50 letters, digits and underscores is accepted", "BKP5002", () => Plan(p => p with { RestoreTestingPlanName = "Weekly_Restore_Tests_" + new string('x', 29) })),
        Good("RTP-002 a name from a token is not checked", "BKP5002", () => Plan(p => p with { RestoreTestingPlanName = Deferred("PlanName") + "-tests" })),

        // RTP-003
        Bad("RTP-003 two plans of one stack with the same name are rejected", "BKP5003", () => TwoPlans("Weekly", "Weekly"), "A/Second", "RestoreTestingPlanName"),
        Bad("RTP-003 two stacks of the same account and Region with the same plan name are rejected", "BKP5003",
            () => TwoPlans("Weekly", "Weekly", Fixture.Region, Fixture.Region), "B/Second"),
        Good("RTP-003 the same name in two Regions is accepted", "BKP5003", () => TwoPlans("Weekly", "Weekly", Fixture.Region, Fixture.OtherRegion)),
        Good("RTP-003 different names are accepted", "BKP5003", () => TwoPlans("Weekly", "Monthly")),

        // RTP-004
        Bad("RTP-004 an empty Schedule is rejected", "BKP5004", () => Plan(p => p with { Schedule = Schedule.FromExpression("") }), PlanPath, "Schedule"),
        Bad("RTP-004 a missing Schedule is rejected", "BKP5004", () => Plan(p => p with { Schedule = null! }), PlanPath, "Schedule"),
        Good("RTP-004 a weekly schedule is accepted", "BKP5004", () => Restore()),

        // RTP-005
        Bad("RTP-005 a cron with neither day field '?' is rejected", "BKP5005", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 * * * *)") }), PlanPath, "Schedule"),
        Bad("RTP-005 fields not wrapped in cron(...) are rejected", "BKP5005", () => Plan(p => p with { Schedule = Schedule.FromExpression("0 3 ? * SUN *") }), PlanPath, "Schedule"),
        Bad("RTP-005 a day-of-week of 0 is rejected", "BKP5005", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 ? * 0 *)") })),
        Good("RTP-005 cron(0 3 ? * SUN *) is accepted", "BKP5005", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 ? * SUN *)") })),
        Good("RTP-005 a schedule from a token is not checked", "BKP5005", () => Plan(p => p with { Schedule = Schedule.FromExpression(Deferred("TestSchedule")) })),
        Bad("RTP-005 a rate expression is warned about", "BKP5055", () => Plan(p => p with { Schedule = Schedule.FromExpression("rate(7 days)") }), PlanPath, "Schedule"),
        Bad("RTP-005 a numeric day of the week is warned about", "BKP5055", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 ? * 2-6 *)") }), PlanPath, "Schedule"),
        Good("RTP-005 day names are not warned about", "BKP5055", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 ? * MON-FRI *)") })),
        Good("RTP-005 an invalid cron is left to the error", "BKP5055", () => Plan(p => p with { Schedule = Schedule.FromExpression("cron(0 3 ? * 0 *)") })),

        // RTP-006
        Bad("RTP-006 a misspelt time zone is rejected", "BKP5006", () => Plan(p => p with { ScheduleTimeZone = "Europe/paris" }), PlanPath, "ScheduleTimeZone"),
        Good("RTP-006 an IANA time zone is accepted", "BKP5006", () => Plan(p => p with { ScheduleTimeZone = "Europe/Paris" })),
        Good("RTP-006 a time zone from a token is not checked", "BKP5006", () => Plan(p => p with { ScheduleTimeZone = Deferred("Zone") })),

        // RTP-007
        Bad("RTP-007 a StartWindow of 169 hours is rejected", "BKP5007", () => Plan(p => p with { StartWindow = Duration.Hours(169) }), PlanPath, "StartWindow"),
        Bad("RTP-007 a StartWindow of 0 hours is rejected", "BKP5007", () => Plan(p => p with { StartWindow = Duration.Hours(0) }), PlanPath, "StartWindow"),
        Bad("RTP-007 a StartWindow of 90 minutes (not whole hours) is rejected", "BKP5007", () => Plan(p => p with { StartWindow = Duration.Minutes(90) }), PlanPath, "StartWindow"),
        Good("RTP-007 a StartWindow of 168 hours is accepted", "BKP5007", () => Plan(p => p with { StartWindow = Duration.Hours(168) })),
        Good("RTP-007 a StartWindow of 1 hour is accepted", "BKP5007", () => Plan(p => p with { StartWindow = Duration.Hours(1) })),

        // RTP-008
        Bad("RTP-008 a missing RecoveryPointSelection is rejected", "BKP5008", () => Plan(p => p with { RecoveryPointSelection = null! }), PlanPath, "RecoveryPointSelection"),
        Good("RTP-008 the default RecoveryPointSelection is accepted", "BKP5008", () => Restore()),

        // RTP-009
        Bad("RTP-009 a lower-case algorithm is rejected", "BKP5009", () => Points(r => r with { Algorithm = "latest_within_window" }), PlanPath, "RecoveryPointSelection.Algorithm"),
        Bad("RTP-009 an empty algorithm is rejected", "BKP5009", () => Points(r => r with { Algorithm = "" }), PlanPath, "RecoveryPointSelection.Algorithm"),
        Good("RTP-009 RANDOM_WITHIN_WINDOW is accepted", "BKP5009", () => Points(r => r with { Algorithm = "RANDOM_WITHIN_WINDOW" })),
        Good("RTP-009 an algorithm from a token is not checked", "BKP5009", () => Points(r => r with { Algorithm = Deferred("Algorithm") })),

        // RTP-010
        Bad("RTP-010 empty RecoveryPointTypes are rejected", "BKP5010", () => Types(), PlanPath, "RecoveryPointSelection.RecoveryPointTypes"),
        Bad("RTP-010 an unknown recovery point type is rejected", "BKP5010", () => Types("SNAPSHOTS"), PlanPath, "RecoveryPointSelection.RecoveryPointTypes[0]"),
        Bad("RTP-010 a repeated recovery point type is rejected", "BKP5010", () => Types("SNAPSHOT", "SNAPSHOT"), PlanPath, "RecoveryPointSelection.RecoveryPointTypes[1]"),
        Good("RTP-010 SNAPSHOT and CONTINUOUS are accepted", "BKP5010", () => Types("SNAPSHOT", "CONTINUOUS")),

        // RTP-011
        Bad("RTP-011 empty IncludeVaults are rejected", "BKP5011", () => Include(), PlanPath, "RecoveryPointSelection.IncludeVaults"),
        Bad("RTP-011 a vault name instead of an ARN is rejected", "BKP5011", () => Include(Vault), PlanPath, "RecoveryPointSelection.IncludeVaults[0]"),
        Bad("RTP-011 an ARN of another service is rejected", "BKP5011", () => Include("arn:aws:s3:::primary"), PlanPath, "RecoveryPointSelection.IncludeVaults[0]"),
        Good("RTP-011 a wildcard vault ARN is accepted", "BKP5011", () => Include("arn:aws:backup:*:*:backup-vault:prim*")),
        Good("RTP-011 a vault's VaultArn (a deploy-time value) is accepted", "BKP5011", () => IncludeFromVaults((v, _) => [v.VaultArn])),
        Good("RTP-011 '*' is accepted", "BKP5011", () => Include("*")),

        // RTP-012
        Bad("RTP-012 '*' with a vault ARN is redundant", "BKP5012", () => Include("*", VaultArn), PlanPath, "RecoveryPointSelection.IncludeVaults"),
        Good("RTP-012 '*' alone is not redundant", "BKP5012", () => Include("*")),
        Good("RTP-012 vault ARNs without '*' are not redundant", "BKP5012", () => Include(VaultArn, OtherVaultArn)),

        // RTP-013
        Bad("RTP-013 a vault name in ExcludeVaults is warned about", "BKP5013", () => Exclude("old"), PlanPath, "RecoveryPointSelection.ExcludeVaults[0]"),
        Bad("RTP-013 '*' in ExcludeVaults excludes every vault", "BKP5013", () => Exclude("*"), PlanPath, "RecoveryPointSelection.ExcludeVaults[0]"),
        Good("RTP-013 a vault ARN in ExcludeVaults is accepted", "BKP5013", () => Exclude(OtherVaultArn)),
        Good("RTP-013 an ExcludeVaults entry from a token is not checked", "BKP5013", () => Exclude(Deferred("ExcludedVault"))),

        // RTP-014
        Bad("RTP-014 a SelectionWindow of 366 days is rejected", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(366) }), PlanPath, "RecoveryPointSelection.SelectionWindow"),
        Bad("RTP-014 a SelectionWindow of 0 days is rejected", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(0) }), PlanPath),
        Bad("RTP-014 a SelectionWindow of 36 hours (not whole days) is rejected", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Hours(36) }), PlanPath),
        Good("RTP-014 a SelectionWindow of 365 days is accepted", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(365) })),
        Good("RTP-014 a SelectionWindow of 1 day is accepted", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(1) })),

        // RTP-015
        Bad("RTP-015 31 vault selectors are rejected", "BKP5015", () => Points(r => r with { IncludeVaults = VaultArns(20), ExcludeVaults = VaultArns(11) }), PlanPath, "RecoveryPointSelection"),
        Good("RTP-015 30 vault selectors are accepted", "BKP5015", () => Points(r => r with { IncludeVaults = ["*"], ExcludeVaults = VaultArns(29) })),

        // RTP-016
        Bad("RTP-016 51 tags are rejected", "BKP5016", () => Plan(p => p with { Tags = Enumerable.Range(0, 51).ToDictionary(i => $"k{i}", _ => "v") }), PlanPath, "Tags"),
        Bad("RTP-016 a tag key starting with aws: is rejected", "BKP5016", () => Plan(p => p with { Tags = new Dictionary<string, string> { ["aws:team"] = "backup" } }), PlanPath, "Tags[aws:team]"),
        Bad("RTP-016 a tag value with '#' is rejected", "BKP5016", () => Plan(p => p with { Tags = new Dictionary<string, string> { ["team"] = "backup#1" } }), PlanPath, "Tags[team]"),
        Good("RTP-016 tags with letters, digits, spaces and + - = . _ : / are accepted", "BKP5016",
            () => Plan(p => p with { Tags = new Dictionary<string, string> { ["team"] = "Backup team", ["cost-center"] = "a/b:c=d+e_f.1" } })),
        Good("RTP-016 50 tags are accepted", "BKP5016", () => Plan(p => p with { Tags = Enumerable.Range(0, 50).ToDictionary(i => $"k{i}", _ => "v") })),

        // RTP-017
        Bad("RTP-017 101 restore testing plans are rejected", "BKP5017", () => PlanCount(101), "Test/P100"),
        Good("RTP-017 100 restore testing plans are accepted", "BKP5017", () => PlanCount(100)),

        // RTP-018
        Bad("RTP-018 31 selections in a plan are rejected", "BKP5018", () => SelectionCount(31), PlanPath),
        Good("RTP-018 30 selections in a plan are accepted", "BKP5018", () => SelectionCount(30)),

        // RTP-020
        Bad("RTP-020 a plan in Israel (Tel Aviv) is warned about", "BKP5020", () => Restore(region: "il-central-1"), PlanPath),
        Bad("RTP-020 a plan in AWS GovCloud (US-West) is warned about", "BKP5020", () => Restore(region: "us-gov-west-1"), PlanPath),
        Good("RTP-020 a plan in eu-west-1 is not warned about", "BKP5020", () => Restore()),
        Good("RTP-020 a plan in an unknown Region is not warned about", "BKP5020", () => Restore(region: null, account: null)),

        // RTS-002
        Bad("RTS-002 a hyphen in RestoreTestingSelectionName is rejected", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = "ec2-instances" }), SelPath, "RestoreTestingSelectionName"),
        Bad("RTS-002 a construct ID with a hyphen, used as the name, is rejected", "BKP5102", () => Ids("RestorePlan", "Ec2-Instances"), "Test/RestorePlan/Ec2-Instances", "RestoreTestingSelectionName"),
        Bad("RTS-002 an empty selection name is rejected", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = "" }), SelPath),
        Good("RTS-002 letters, digits and underscores are accepted", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = "Ec2_Instances_1" })),
        Good("RTS-002 a selection name from a token is not checked", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = Deferred("SelectionName") + "-x" })),
        Bad("RTS-002 two selections of a plan with the same name are rejected", "BKP5152", () => TwoSelections("Instances", "Instances"), "Test/RestorePlan/B", "RestoreTestingSelectionName"),
        Good("RTS-002 two selections with different names are accepted", "BKP5152", () => TwoSelections("Instances", "Volumes")),
        Good("RTS-002 the same selection name in two plans is accepted", "BKP5152", () => TwoSelections("Instances", "Instances", samePlan: false)),

        // RTS-003 (and RT-001/RT-002 for ProtectedResourceType)
        Bad("RTS-003 Storage Gateway is not restore-testable", "BKP5103", () => Typed("Storage Gateway"), SelPath, "ProtectedResourceType"),
        Bad("RTS-003 Redshift is not restore-testable", "BKP5103", () => Typed("Redshift"), SelPath, "ProtectedResourceType"),
        Bad("RTS-003 an empty ProtectedResourceType is rejected", "BKP5103", () => Typed(""), SelPath, "ProtectedResourceType"),
        Good("RTS-003 EC2 is restore-testable", "BKP5103", () => Restore()),
        Good("RTS-003 the seed spelling FSX is accepted", "BKP5103", () => Overrides("FSX", ("subnetIds", "subnet-0123456789abcdef0"))),
        Good("RTS-003 a type from a token is not checked", "BKP5103", () => Typed(Deferred("ResourceType"))),
        Bad("RT-001 a ProtectedResourceType of 'ec2' is not a resource type", "BKP2501", () => Typed("ec2"), SelPath, "ProtectedResourceType"),
        Good("RT-001 a ProtectedResourceType of 'EBS' is documented", "BKP2501", () => Typed("EBS")),
        Bad("RT-002 a ProtectedResourceType with a space is malformed", "BKP2502", () => Typed("EC2 instances"), SelPath, "ProtectedResourceType"),
        Good("RT-002 a ProtectedResourceType of 'DynamoDB' matches the pattern", "BKP2502", () => Typed("DynamoDB")),

        // RTS-005
        Bad("RTS-005 a user ARN as the role is rejected", "BKP5105", () => Sel(o => o with { Role = BackupRole.FromArn("arn:aws:iam::111122223333:user/bob") }), SelPath, "Role"),
        Bad("RTS-005 a role without an ARN is rejected", "BKP5105", () => Sel(o => o with { Role = BackupRole.FromArn("") }), SelPath, "Role"),
        Good("RTS-005 an IAM role ARN is accepted", "BKP5105", () => Sel(o => o with { Role = BackupRole.FromArn(Fixture.RoleArn) })),
        Good("RTS-005 a generated role is accepted", "BKP5105", () => Restore()),

        // RTS-006
        Bad("RTS-006 a given role gets an info on the permissions it needs", "BKP5106", () => Sel(o => o with { Role = BackupRole.FromArn(Fixture.RoleArn) }), SelPath, "Role"),
        Good("RTS-006 a generated role gets no info", "BKP5106", () => Restore()),

        // RTS-007
        Bad("RTS-007 neither ARNs nor conditions are rejected", "BKP5107", () => Sel(o => o with { ProtectedResourceArns = [] }), SelPath, "ProtectedResourceArns"),
        Good("RTS-007 conditions alone are accepted (OQ-027)", "BKP5107",
            () => Sel(o => o with { ProtectedResourceArns = [], ProtectedResourceConditions = new() { StringEquals = [new("aws:ResourceTag/restore-test", "true")] } })),
        Good("RTS-007 ProtectedResourceArns ['*'] is accepted", "BKP5107", () => Restore()),

        // RTS-008
        Bad("RTS-008 '*' mixed with an ARN is rejected", "BKP5108", () => Typed("EC2", "*", Instance), SelPath, "ProtectedResourceArns"),
        Bad("RTS-008 31 ARNs are rejected", "BKP5108", () => Typed("EC2", Instances(31)), SelPath, "ProtectedResourceArns"),
        Good("RTS-008 30 ARNs are accepted", "BKP5108", () => Typed("EC2", Instances(30))),
        Good("RTS-008 ['*'] is accepted", "BKP5108", () => Typed("EC2", "*")),

        // RTS-009
        Bad("RTS-009 conditions with a specific ARN are rejected", "BKP5109",
            () => Conditions(new() { StringEquals = [new("aws:ResourceTag/restore-test", "true")] }, Instance), SelPath, "ProtectedResourceConditions"),
        Good("RTS-009 conditions with ['*'] are accepted", "BKP5109", () => Conditions(new() { StringEquals = [new("aws:ResourceTag/restore-test", "true")] })),
        Good("RTS-009 specific ARNs without conditions are accepted", "BKP5109", () => Typed("EC2", Instance)),

        // RTS-010
        Bad("RTS-010 StringLike is rejected", "BKP5110",
            () => Conditions(new() { Other = new Dictionary<string, IReadOnlyList<ConditionParameter>> { ["StringLike"] = [new("aws:ResourceTag/env", "prod*")] } }),
            SelPath, "ProtectedResourceConditions.StringLike"),
        Good("RTS-010 StringEquals and StringNotEquals are accepted", "BKP5110",
            () => Conditions(new() { StringEquals = [new("aws:ResourceTag/env", "prod")], StringNotEquals = [new("aws:ResourceTag/tier", "scratch")] })),

        // RTS-011
        Bad("RTS-011 31 conditions are rejected", "BKP5111", () => ConditionCount(31), SelPath, "ProtectedResourceConditions"),
        Good("RTS-011 30 conditions are accepted", "BKP5111", () => ConditionCount(30)),

        // RTS-012
        Bad("RTS-012 an aws: key other than aws:ResourceTag/ is warned about", "BKP5112", () => Where("aws:Tag/env", "prod"), SelPath, "ProtectedResourceConditions.StringEquals[0].Key"),
        Good("RTS-012 aws:ResourceTag/KEY is accepted (OQ-024)", "BKP5112", () => Where("aws:ResourceTag/env", "prod")),
        Good("RTS-012 a plain tag key is accepted", "BKP5112", () => Where("env", "prod")),
        Bad("RTS-012 an empty condition key is rejected", "BKP5162", () => Where("", "prod"), SelPath, "ProtectedResourceConditions.StringEquals[0].Key"),
        Bad("RTS-012 a condition key of 129 characters is rejected", "BKP5162", () => Where(new string('k', 129), "prod"), SelPath),
        Good("RTS-012 a condition key of 128 characters is accepted", "BKP5162", () => Where(new string('k', 128), "prod")),

        // RTS-013
        Bad("RTS-013 a '*' in a condition value is warned about", "BKP5113", () => Where("aws:ResourceTag/env", "prod*"), SelPath, "ProtectedResourceConditions.StringEquals[0].Value"),
        Good("RTS-013 letters, digits, spaces and _ . : / = + - @ are accepted", "BKP5113", () => Where("aws:ResourceTag/owner", "team-a eu/west:1=x+y_z.q@corp")),
        Good("RTS-013 a value from a token is not checked", "BKP5113", () => Where("aws:ResourceTag/env", Deferred("Env") + "*")),
        Bad("RTS-013 a condition value of 257 characters is rejected", "BKP5163", () => Where("aws:ResourceTag/env", new string('v', 257)), SelPath, "ProtectedResourceConditions.StringEquals[0].Value"),
        Good("RTS-013 a condition value of 256 characters is accepted", "BKP5163", () => Where("aws:ResourceTag/env", new string('v', 256))),

        // RTS-014
        Bad("RTS-014 conditions get an info that they match recovery point tags", "BKP5114", () => Where("aws:ResourceTag/env", "prod"), SelPath, "ProtectedResourceConditions"),
        Good("RTS-014 a selection without conditions gets no info", "BKP5114", () => Restore()),

        // RTS-015
        Bad("RTS-015 a ValidationWindow of 169 hours is rejected", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(169) }), SelPath, "ValidationWindow"),
        Bad("RTS-015 a negative ValidationWindow is rejected", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(-1) }), SelPath, "ValidationWindow"),
        Bad("RTS-015 a ValidationWindow of 30 minutes (not whole hours) is rejected", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Minutes(30) }), SelPath),
        Good("RTS-015 a ValidationWindow of 0 hours is accepted (OQ-025)", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(0) })),
        Good("RTS-015 a ValidationWindow of 168 hours is accepted", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(168) })),

        // RTS-016
        Bad("RTS-016 subnetIds on an EC2 selection is warned about (did you mean subnetId?)", "BKP5116",
            () => Overrides("EC2", ("subnetIds", "subnet-0123456789abcdef0")), SelPath, "RestoreMetadataOverrides[subnetIds]"),
        Bad("RTS-016 an RDS key on an EC2 selection is warned about", "BKP5116", () => Overrides("EC2", ("dbSubnetGroupName", "restore-tests")), SelPath),
        Bad("RTS-016 keys that differ only in case are warned about", "BKP5116",
            () => Overrides("EC2", ("subnetId", "subnet-0123456789abcdef0"), ("SubnetId", "subnet-0fedcba9876543210")), SelPath),
        Good("RTS-016 subnetId and securityGroupIds on an EC2 selection are accepted", "BKP5116",
            () => Overrides("EC2", ("subnetId", "subnet-0123456789abcdef0"), ("securityGroupIds", "[\"sg-0123456789abcdef0\"]"))),
        Good("RTS-016 keys are case-insensitive", "BKP5116", () => Overrides("EC2", ("SubnetId", "subnet-0123456789abcdef0"))),
        Good("RTS-016 an instance key on an RDS selection is accepted", "BKP5116", () => Overrides("RDS", ("dbInstanceClass", "db.t3.medium"), ("dbSubnetGroupName", "restore-tests"))),

        // RTS-017
        Bad("RTS-017 an FSx selection without subnetIds or ontapConfiguration is warned about", "BKP5117", () => Typed("FSx"), SelPath, "RestoreMetadataOverrides"),
        Bad("RTS-017 windowsConfiguration without activeDirectoryId is warned about", "BKP5117",
            () => Overrides("FSx", ("subnetIds", "[\"subnet-0123456789abcdef0\"]"), ("windowsConfiguration", "{\"throughputCapacity\": 32}")), SelPath, "RestoreMetadataOverrides[windowsConfiguration]"),
        Bad("RTS-017 ontapConfiguration without storageVirtualMachineId is warned about", "BKP5117",
            () => Overrides("FSx", ("ontapConfiguration", "{\"junctionPath\": \"/restore\"}")), SelPath, "RestoreMetadataOverrides[ontapConfiguration]"),
        Good("RTS-017 an FSx selection with subnetIds is accepted", "BKP5117", () => Overrides("FSx", ("subnetIds", "[\"subnet-0123456789abcdef0\"]"))),
        Good("RTS-017 ontapConfiguration with storageVirtualMachineId is accepted", "BKP5117",
            () => Overrides("FSx", ("ontapConfiguration", "{\"storageVirtualMachineId\": \"svm-0123456789abcdef0\"}"))),
        Good("RTS-017 an FSx selection of volumes only needs no subnetIds", "BKP5117",
            () => Typed("FSx", "arn:aws:fsx:eu-west-1:111122223333:volume/fs-0123456789abcdef0/fsvol-0123456789abcdef0")),

        // RTS-018
        Bad("RTS-018 an EC2 selection without subnetId gets an info", "BKP5118", () => Restore(), SelPath, "RestoreMetadataOverrides"),
        Bad("RTS-018 an Aurora selection without dbSubnetGroupName gets an info", "BKP5118", () => Typed("Aurora"), SelPath, "RestoreMetadataOverrides"),
        Good("RTS-018 an EC2 selection with subnetId gets no info", "BKP5118", () => Overrides("EC2", ("subnetId", "subnet-0123456789abcdef0"))),
        Good("RTS-018 an EBS selection gets no info", "BKP5118", () => Typed("EBS")),

        // RTS-019
        Bad("RTS-019 a volume ARN in an EC2 selection is warned about", "BKP5119", () => Typed("EC2", Volume), SelPath, "ProtectedResourceArns[0]"),
        Bad("RTS-019 a DB instance ARN in an Aurora selection is warned about", "BKP5119",
            () => Typed("Aurora", "arn:aws:rds:eu-west-1:111122223333:db:orders"), SelPath, "ProtectedResourceArns[0]"),
        Good("RTS-019 an instance ARN in an EC2 selection is accepted", "BKP5119", () => Typed("EC2", Instance)),
        Good("RTS-019 a cluster ARN in an RDS selection is accepted", "BKP5119", () => Typed("RDS", "arn:aws:rds:eu-west-1:111122223333:cluster:orders")),
        Good("RTS-019 an ARN from a token is not checked", "BKP5119", () => Typed("EC2", Deferred("InstanceArn"))),

        // XR-018
        Bad("XR-018 IncludeVaults naming only another vault is warned about", "BKP7018", () => Include(OtherVaultArn), SelPath),
        Bad("XR-018 ExcludeVaults excluding the backup vault is warned about", "BKP7018", () => Exclude(VaultArn), SelPath),
        Bad("XR-018 IncludeVaults with only another vault's VaultArn is warned about", "BKP7018", () => IncludeFromVaults((_, other) => [other.VaultArn]), SelPath),
        Bad("XR-018 a wildcard that misses the vault name is warned about", "BKP7018", () => Include("arn:aws:backup:*:*:backup-vault:prod-*"), SelPath),
        Good("XR-018 the backup vault's VaultArn is included", "BKP7018", () => IncludeFromVaults((v, _) => [v.VaultArn])),
        Good("XR-018 a wildcard that matches the vault name is included", "BKP7018", () => Include("arn:aws:backup:eu-west-1:111122223333:backup-vault:prim*")),
        Good("XR-018 a vault that receives copies of the type is included", "BKP7018", () => Restore(
            plan: p => p with { RecoveryPointSelection = p.RecoveryPointSelection with { IncludeVaults = [OtherVaultArn] } },
            rules: [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(BackupVault.FromName("other"), Duration.Days(35))] }])),
        Good("XR-018 an ARN built from the stack's pseudo parameters is included (unknown account and Region)", "BKP7018",
            () => IncludeFromVaults((_, _) => [$"arn:{Aws.Partition}:backup:{Aws.Region}:{Aws.AccountId}:backup-vault:{Vault}"], account: null, region: null)),
        Good("XR-018 a selector from a token is not judged", "BKP7018", () => Include(Deferred("IncludedVault"))),
        Good("XR-018 no warning when no backup plan of the app can select the type", "BKP7018", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault", new BackupVaultProps { BackupVaultName = Vault }), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("data")], Role = BackupRole.FromArn(Fixture.RoleArn) });
            var restore = s.AddRestoreTestingPlan("RestorePlan", DefaultPlan with { RecoveryPointSelection = new() { IncludeVaults = [OtherVaultArn] } });
            restore.AddSelection("Ec2", DefaultSelection);
        })),

        // XR-019
        Bad("XR-019 CONTINUOUS alone with EC2 is warned about", "BKP7019", () => Types("CONTINUOUS"), SelPath),
        Good("XR-019 CONTINUOUS alone with RDS is accepted", "BKP7019", () => Restore(plan: p => p with
        {
            RecoveryPointSelection = p.RecoveryPointSelection with { RecoveryPointTypes = ["CONTINUOUS"] },
        }, selection: o => o with { ProtectedResourceType = "RDS" })),
        Good("XR-019 SNAPSHOT and CONTINUOUS with EC2 are accepted", "BKP7019", () => Types("SNAPSHOT", "CONTINUOUS")),

        // XR-020
        Bad("XR-020 monthly backups with a 7-day window and weekly tests are warned about", "BKP7020", () => Window(BackupPlanRule.Monthly1Year(), Duration.Days(7)), SelPath),
        Bad("XR-020 weekly backups with a 1-day window and daily tests are warned about", "BKP7020",
            () => Window(BackupPlanRule.Weekly(), Duration.Days(1), Schedule.Daily(hour: 3)), SelPath),
        Good("XR-020 monthly backups with the default 30-day window are accepted", "BKP7020", () => Window(BackupPlanRule.Monthly1Year(), null)),
        Good("XR-020 monthly backups with a 7-day window and tests on the 2nd of the month are accepted", "BKP7020",
            () => Window(BackupPlanRule.Monthly1Year(), Duration.Days(7), Schedule.Monthly(dayOfMonth: 2, hour: 3))),
        Good("XR-020 daily backups with a 1-day window are accepted", "BKP7020", () => Window(BackupPlanRule.Daily(), Duration.Days(1))),
        Good("XR-020 a rule schedule from a token is not judged", "BKP7020",
            () => Window(BackupPlanRule.Monthly1Year() with { Schedule = Schedule.FromExpression(Deferred("BackupSchedule")) }, Duration.Days(7))),
    ];
}
