using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// Rows of the governance catalog that restate a row of the core catalog (§7.2 logically air-gapped vaults, GLAG-; §7.4
/// restore testing, GRT-). constraints-core.md is the authoritative entry, so no second diagnostic exists: each case
/// is named for the governance row and asserts the core row's code. A row that restates several core rows has
/// cases for each of them. <see cref="RestatedGovernanceTests"/> runs them.
/// </summary>
internal static class RestatedGovernanceCases
{
    private const string LagPath = "Test/Lag";
    private const string PlanPath = "Test/RestorePlan";
    private const string SelPath = "Test/RestorePlan/Ec2";
    private const string Instance = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0";

    private static LogicallyAirGappedBackupVaultProps LagProps => new() { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) };

    private static BackupApp Lag(Func<LogicallyAirGappedBackupVaultProps, LogicallyAirGappedBackupVaultProps> change) =>
        Fixture.App(s => s.AddLogicallyAirGappedVault("Lag", change(LagProps)));

    /// <summary>A daily plan into the standard vault <c>Vault</c> (<paramref name="source"/>), copying into the air-gapped vault <c>Lag</c>, selecting <paramref name="resource"/>.</summary>
    private static BackupApp CopyToLag(BackupVaultProps source, BackupResource resource) => Fixture.App(s =>
    {
        var lag = s.AddLogicallyAirGappedVault("Lag", LagProps);
        var plan = s.AddPlan("Plan", new BackupPlanProps
        {
            Vault = s.AddVault("Vault", source),
            Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(lag, Duration.Days(35))] }],
        });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [resource], Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    private static RestoreTestingPlanProps DefaultPlan => new() { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3) };

    /// <summary>A daily plan into 'primary' and a restore testing plan <c>RestorePlan</c> with one EC2 selection <c>Ec2</c>.</summary>
    private static BackupApp Restore(
        Func<RestoreTestingPlanProps, RestoreTestingPlanProps>? plan = null,
        Func<RestoreTestingSelectionOptions, RestoreTestingSelectionOptions>? selection = null,
        string region = Fixture.Region) => Fixture.App(
        s =>
        {
            Fixture.Plan(s, s.AddVault("Vault", new BackupVaultProps { BackupVaultName = "primary" }), BackupPlanRule.Daily());
            s.AddRestoreTestingPlan("RestorePlan", (plan ?? (p => p))(DefaultPlan))
                .AddSelection("Ec2", (selection ?? (o => o))(new RestoreTestingSelectionOptions { ProtectedResourceType = "EC2" }));
        },
        region: region);

    private static BackupApp Points(Func<RestoreTestingRecoveryPointSelection, RestoreTestingRecoveryPointSelection> change) =>
        Restore(p => p with { RecoveryPointSelection = change(p.RecoveryPointSelection) });

    private static BackupApp Sel(Func<RestoreTestingSelectionOptions, RestoreTestingSelectionOptions> change) => Restore(selection: change);

    private static BackupApp Named(string first, string second) => Fixture.App(s =>
    {
        s.AddRestoreTestingPlan("First", DefaultPlan with { RestoreTestingPlanName = first });
        s.AddRestoreTestingPlan("Second", DefaultPlan with { RestoreTestingPlanName = second });
    });

    private static BackupApp Plans(int count) => Fixture.App(s =>
    {
        for (var i = 0; i < count; i++)
        {
            s.AddRestoreTestingPlan($"P{i}", DefaultPlan);
        }
    });

    private static BackupApp Selections(int count) => Fixture.App(s =>
    {
        var plan = s.AddRestoreTestingPlan("RestorePlan", DefaultPlan);
        for (var i = 0; i < count; i++)
        {
            plan.AddSelection($"S{i}", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS", ProtectedResourceArns = [$"arn:aws:ec2:eu-west-1:111122223333:volume/vol-{i:00000000000000000}"] });
        }
    });

    private static Dictionary<string, string> Tags(int count) => Enumerable.Range(0, count).ToDictionary(i => $"k{i}", _ => "v");

    private static string[] VaultArns(int count) => [.. Enumerable.Range(0, count).Select(i => $"arn:aws:backup:eu-west-1:111122223333:backup-vault:v{i}")];

    private static string[] Instances(int count) => [.. Enumerable.Range(0, count).Select(i => $"{Instance[..^2]}{i:00}")];

    private static ProtectedResourceConditions Conditions(int count) => new()
    {
        StringEquals = [.. Enumerable.Range(0, count / 2).Select(i => new ConditionParameter($"aws:ResourceTag/a{i}", "x"))],
        StringNotEquals = [.. Enumerable.Range(0, count - (count / 2)).Select(i => new ConditionParameter($"aws:ResourceTag/b{i}", "x"))],
    };

    /// <summary>A daily plan selecting <paramref name="resource"/> in a stack with Region settings opting types in or out (XAM-006).</summary>
    private static BackupApp RegionOptIn(BackupResource resource, params (string Type, bool OptIn)[] preferences) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [resource], Role = BackupRole.FromArn(Fixture.RoleArn) });
        s.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeOptInPreference = preferences.ToDictionary(p => p.Type, p => p.OptIn) });
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // CTRL-RTIME-04: no AWS Config type is recorded for the restore-time control, so PRE-003 (BKP5903) never asks for one
        Bad("CTRL-RTIME-04 beside a restore-time control, a backup plan control still needs its recorded type", "BKP5903", () => Fixture.App(s =>
        {
            s.AddResourceTracking("Tracking", new ResourceTrackingProps { ResourceTypes = [ResourceTracking.ResourceComplianceType] });
            s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)), Controls.BackupResourcesProtectedByBackupPlan()] });
        }), "Test/Audit/Controls[1]"),
        Good("CTRL-RTIME-04 a restore-time control needs no recorded type beyond resource compliance", "BKP5903", () => Fixture.App(s =>
        {
            s.AddResourceTracking("Tracking", new ResourceTrackingProps { ResourceTypes = [ResourceTracking.ResourceComplianceType] });
            s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720))] });
        })),

        // XAM-006 restates RSET-001 (key pattern: BKP6901) and XR-013 (opt-in applies to tag-based assignment only: BKP7013)
        Bad("XAM-006 a Region opt-in key that is no resource type is rejected", "BKP6901",
            () => RegionOptIn(BackupResource.FromTag("backup", "true"), ("Dynamo", true)), "Test/Region", "ResourceTypeOptInPreference[\"Dynamo\"]"),
        Good("XAM-006 documented resource type keys are accepted", "BKP6901", () => RegionOptIn(BackupResource.FromTag("backup", "true"), ("EBS", true), ("EC2", true))),
        Bad("XAM-006 a tag-based selection of a type that is opted out is warned about", "BKP7013",
            () => RegionOptIn(BackupResource.FromTag("backup", "true"), ("EBS", false), ("EC2", true)), "Test/Plan/Sel", "Resources"),
        Good("XAM-006 an explicitly assigned resource of an opted-out type is not judged", "BKP7013",
            () => RegionOptIn(BackupResource.EbsVolume("vol-0123456789abcdef0"), ("EBS", false))),

        // GLAG-001 = LAG-001 (BKP1401): the name pattern ^[a-zA-Z0-9\-\_]{2,50}$.
        Bad("GLAG-001 an air-gapped vault name with a space is rejected", "BKP1401", () => Lag(p => p with { BackupVaultName = "lag vault" }), LagPath, "BackupVaultName"),
        Bad("GLAG-001 a 51-character air-gapped vault name is rejected", "BKP1401", () => Lag(p => p with { BackupVaultName = new string('a', 51) }), LagPath, "BackupVaultName"),
        Good("GLAG-001 a 50-character name of letters, digits, '-' and '_' is accepted", "BKP1401",
            () => Lag(p => p with { BackupVaultName = "Lag-vault_1" + new string('x', 39) })),

        // GLAG-002 = LAG-002 (BKP1402, minimum at least 7 days) and LAG-004 (BKP1404, Min <= Max); both bounds are required by construction.
        Bad("GLAG-002 a minimum retention of 1 day is rejected", "BKP1402", () => Lag(p => p with { MinRetention = Duration.Days(1) }), LagPath, "MinRetention"),
        Good("GLAG-002 a minimum retention of 7 days is accepted", "BKP1402", () => Lag(p => p)),
        Bad("GLAG-002 a minimum above the maximum is rejected", "BKP1404",
            () => Lag(p => p with { MinRetention = Duration.Days(100), MaxRetention = Duration.Days(99) }), LagPath, "MinRetention"),
        Good("GLAG-002 a minimum equal to the maximum is accepted", "BKP1404", () => Lag(p => p with { MinRetention = Duration.Days(30), MaxRetention = Duration.Days(30) })),

        // GLAG-004 = LAG-005: the fixed properties (BKP1455 on a change; BKP1405, information, on every air-gapped vault).
        BadChange("GLAG-004 a new minimum retention replaces the air-gapped vault", "BKP1455",
            () => Lag(p => p with { BackupVaultName = "air" }), () => Lag(p => p with { BackupVaultName = "air", MinRetention = Duration.Days(14) }), LagPath, "MinRetentionDays"),
        BadChange("GLAG-004 a renamed air-gapped vault is replaced", "BKP1455",
            () => Lag(p => p with { BackupVaultName = "air" }), () => Lag(p => p with { BackupVaultName = "air2" }), LagPath, "BackupVaultName"),
        GoodChange("GLAG-004 new tags do not replace the air-gapped vault", "BKP1455",
            () => Lag(p => p with { BackupVaultName = "air" }),
            () => Lag(p => p with { BackupVaultName = "air", Tags = new Dictionary<string, string> { ["owner"] = "backup-team" } })),
        Bad("GLAG-004 every air-gapped vault is told its name and bounds are fixed", "BKP1405", () => Lag(p => p), LagPath),
        Good("GLAG-004 a standard vault is not told so", "BKP1405", () => Fixture.WithVault(new())),

        // GLAG-005 = LAG-008 (BKP1408): an air-gapped vault as TargetBackupVault.
        Bad("GLAG-005 an air-gapped vault as the rule's Vault is warned", "BKP1408",
            () => Fixture.App(s => Fixture.Plan(s, s.AddLogicallyAirGappedVault("Lag", LagProps), BackupPlanRule.Daily())), "Test/Plan/Rules[Daily]", "Vault"),
        Good("GLAG-005 an air-gapped vault as the rule's LogicallyAirGappedVault is accepted", "BKP1408", () => Fixture.App(s =>
        {
            var lag = s.AddLogicallyAirGappedVault("Lag", LagProps);
            Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { LogicallyAirGappedVault = lag });
        })),

        // GLAG-006 = LAG-011 (BKP1411): no copies of backups encrypted with an AWS managed key. The preview list of types is not used.
        Bad("GLAG-006 copying from a vault with the AWS managed key is warned", "BKP1411",
            () => CopyToLag(new(), BackupResource.EfsFileSystem("*")), "Test/Plan/Rules[Daily]/CopyActions[0]", "Destination"),
        Good("GLAG-006 copying DynamoDB tables from a vault with a customer managed key is accepted", "BKP1411",
            () => CopyToLag(new() { EncryptionKeyArn = Fixture.KeyArn }, BackupResource.DynamoDbTable("*"))),

        // GLAG-008 = LAG-006 (BKP1406): an optional customer managed key (the seed's "AWS owned key only" is outdated); no lock setting by construction.
        Bad("GLAG-008 a key alias as EncryptionKeyArn is warned", "BKP1406", () => Lag(p => p with { EncryptionKeyArn = "alias/air-gapped" }), LagPath, "EncryptionKeyArn"),
        Good("GLAG-008 a customer managed key ARN is accepted", "BKP1406", () => Lag(p => p with { EncryptionKeyArn = Fixture.KeyArn })),
        Good("GLAG-008 no key (an AWS owned key) is accepted", "BKP1406", () => Lag(p => p)),

        // GRT-001 = RTP-002 (BKP5002), RTP-003 (BKP5003 duplicate, BKP5053 rename).
        Bad("GRT-001 a hyphen in the plan name is rejected", "BKP5002", () => Restore(p => p with { RestoreTestingPlanName = "restore-tests" }), PlanPath, "RestoreTestingPlanName"),
        Bad("GRT-001 a space in the plan name is rejected", "BKP5002", () => Restore(p => p with { RestoreTestingPlanName = "restore tests" }), PlanPath, "RestoreTestingPlanName"),
        Bad("GRT-001 a 51-character plan name is rejected", "BKP5002", () => Restore(p => p with { RestoreTestingPlanName = new string('a', 51) }), PlanPath),
        Good("GRT-001 a 50-character name of letters, digits and '_' is accepted", "BKP5002", () => Restore(p => p with { RestoreTestingPlanName = "Restore_1" + new string('x', 41) })),
        Bad("GRT-001 two plans with one name are rejected", "BKP5003", () => Named("weekly", "weekly"), "Test/Second", "RestoreTestingPlanName"),
        Good("GRT-001 two plans with different names are accepted", "BKP5003", () => Named("weekly", "monthly")),
        BadChange("GRT-001 a renamed plan is replaced", "BKP5053",
            () => Restore(p => p with { RestoreTestingPlanName = "before" }), () => Restore(p => p with { RestoreTestingPlanName = "after" }), PlanPath, "RestoreTestingPlanName"),
        GoodChange("GRT-001 a plan that keeps its name is not replaced", "BKP5053",
            () => Restore(p => p with { RestoreTestingPlanName = "same" }), () => Restore(p => p with { RestoreTestingPlanName = "same", StartWindow = Duration.Hours(12) })),

        // GRT-002 = RTP-004 (BKP5004) and RTP-006 (BKP5006).
        Bad("GRT-002 an empty schedule is rejected", "BKP5004", () => Restore(p => p with { Schedule = Schedule.FromExpression("") }), PlanPath, "Schedule"),
        Good("GRT-002 a weekly schedule is accepted", "BKP5004", () => Restore()),
        Bad("GRT-002 a time zone that is not an IANA ID is rejected", "BKP5006", () => Restore(p => p with { ScheduleTimeZone = "CET+1" }), PlanPath, "ScheduleTimeZone"),
        Good("GRT-002 no time zone (UTC) is accepted", "BKP5006", () => Restore()),

        // GRT-003 = RTP-007 (BKP5007).
        Bad("GRT-003 a start window of 169 hours is rejected", "BKP5007", () => Restore(p => p with { StartWindow = Duration.Hours(169) }), PlanPath, "StartWindow"),
        Bad("GRT-003 a start window of 0 hours is rejected", "BKP5007", () => Restore(p => p with { StartWindow = Duration.Hours(0) }), PlanPath, "StartWindow"),
        Good("GRT-003 a start window of 168 hours is accepted", "BKP5007", () => Restore(p => p with { StartWindow = Duration.Hours(168) })),
        Good("GRT-003 no start window (AWS's 24 hours) is accepted", "BKP5007", () => Restore()),

        // GRT-004 = RTP-009 (BKP5009), RTP-010 (BKP5010), RTP-011 (BKP5011), RTP-014 (BKP5014), RTP-015 (BKP5015).
        Bad("GRT-004 the algorithm LATEST is rejected", "BKP5009", () => Points(r => r with { Algorithm = "LATEST" }), PlanPath, "RecoveryPointSelection.Algorithm"),
        Good("GRT-004 the algorithm RANDOM_WITHIN_WINDOW is accepted", "BKP5009", () => Points(r => r with { Algorithm = "RANDOM_WITHIN_WINDOW" })),
        Bad("GRT-004 the recovery point type INCREMENTAL is rejected", "BKP5010", () => Points(r => r with { RecoveryPointTypes = ["INCREMENTAL"] }), PlanPath, "RecoveryPointSelection.RecoveryPointTypes[0]"),
        Good("GRT-004 SNAPSHOT and CONTINUOUS are accepted", "BKP5010", () => Points(r => r with { RecoveryPointTypes = ["SNAPSHOT", "CONTINUOUS"] })),
        Bad("GRT-004 no IncludeVaults are rejected", "BKP5011", () => Points(r => r with { IncludeVaults = [] }), PlanPath, "RecoveryPointSelection.IncludeVaults"),
        Good("GRT-004 a vault ARN with wildcards is accepted", "BKP5011", () => Points(r => r with { IncludeVaults = ["arn:aws:backup:*:*:backup-vault:prod-*"] })),
        Bad("GRT-004 a selection window of 366 days is rejected", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(366) }), PlanPath, "RecoveryPointSelection.SelectionWindow"),
        Good("GRT-004 a selection window of 1 day is accepted", "BKP5014", () => Points(r => r with { SelectionWindow = Duration.Days(1) })),
        Good("GRT-004 no selection window (AWS's 30 days) is accepted", "BKP5014", () => Restore()),
        Bad("GRT-004 31 vault selectors are rejected", "BKP5015", () => Points(r => r with { IncludeVaults = VaultArns(16), ExcludeVaults = VaultArns(15) }), PlanPath, "RecoveryPointSelection"),
        Good("GRT-004 30 vault selectors are accepted", "BKP5015", () => Points(r => r with { IncludeVaults = VaultArns(15), ExcludeVaults = VaultArns(15) })),

        // GRT-005 = RTP-017 (BKP5017), RTP-016 (BKP5016), RTP-018 (BKP5018).
        Bad("GRT-005 101 restore testing plans are rejected", "BKP5017", () => Plans(101), "Test/P100"),
        Good("GRT-005 100 restore testing plans are accepted", "BKP5017", () => Plans(100)),
        Bad("GRT-005 51 tags on a plan are rejected", "BKP5016", () => Restore(p => p with { Tags = Tags(51) }), PlanPath, "Tags"),
        Good("GRT-005 50 tags on a plan are accepted", "BKP5016", () => Restore(p => p with { Tags = Tags(50) })),
        Bad("GRT-005 31 selections in a plan are rejected", "BKP5018", () => Selections(31), PlanPath),
        Good("GRT-005 30 selections in a plan are accepted", "BKP5018", () => Selections(30)),

        // GRT-006 = RTS-002 (BKP5102), RTS-003 (BKP5103), RTS-005 (BKP5105), RTS-008 (BKP5108), RTS-009 (BKP5109),
        // RTS-011 (BKP5111), RTS-015 (BKP5115) and RTS-012 (BKP5112, aws:ResourceTag/ keys are valid).
        Bad("GRT-006 a dot in the selection name is rejected", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = "ec2.instances" }), SelPath, "RestoreTestingSelectionName"),
        Good("GRT-006 a selection name of letters, digits and '_' is accepted", "BKP5102", () => Sel(o => o with { RestoreTestingSelectionName = "Ec2_1" })),
        Bad("GRT-006 the type CloudFormation is not restore-testable", "BKP5103", () => Sel(o => o with { ProtectedResourceType = "CloudFormation" }), SelPath, "ProtectedResourceType"),
        Good("GRT-006 the type DocumentDB is restore-testable", "BKP5103", () => Sel(o => o with { ProtectedResourceType = "DocumentDB" })),
        Bad("GRT-006 a role ARN that is not an IAM role is rejected", "BKP5105",
            () => Sel(o => o with { Role = BackupRole.FromArn("arn:aws:iam::111122223333:policy/restore") }), SelPath, "Role"),
        Good("GRT-006 a generated role is accepted", "BKP5105", () => Restore()),
        Bad("GRT-006 '*' with a specific ARN is rejected", "BKP5108", () => Sel(o => o with { ProtectedResourceArns = ["*", Instance] }), SelPath, "ProtectedResourceArns"),
        Bad("GRT-006 31 ARNs are rejected", "BKP5108", () => Sel(o => o with { ProtectedResourceArns = Instances(31) }), SelPath, "ProtectedResourceArns"),
        Good("GRT-006 30 ARNs are accepted", "BKP5108", () => Sel(o => o with { ProtectedResourceArns = Instances(30) })),
        Bad("GRT-006 conditions with a specific ARN are rejected", "BKP5109",
            () => Sel(o => o with { ProtectedResourceArns = [Instance], ProtectedResourceConditions = Conditions(1) }), SelPath),
        Good("GRT-006 conditions with '*' are accepted", "BKP5109", () => Sel(o => o with { ProtectedResourceConditions = Conditions(2) })),
        Bad("GRT-006 31 conditions are rejected", "BKP5111", () => Sel(o => o with { ProtectedResourceConditions = Conditions(31) }), SelPath, "ProtectedResourceConditions"),
        Good("GRT-006 30 conditions are accepted", "BKP5111", () => Sel(o => o with { ProtectedResourceConditions = Conditions(30) })),
        Bad("GRT-006 a validation window of 169 hours is rejected", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(169) }), SelPath, "ValidationWindow"),
        Good("GRT-006 a validation window of 0 hours is accepted (botocore 0-168)", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(0) })),
        Good("GRT-006 a validation window of 168 hours is accepted", "BKP5115", () => Sel(o => o with { ValidationWindow = Duration.Hours(168) })),
        Bad("GRT-006 a condition key aws:TagKeys is warned", "BKP5112",
            () => Sel(o => o with { ProtectedResourceConditions = new() { StringEquals = [new("aws:TagKeys", "env")] } }), SelPath, "ProtectedResourceConditions.StringEquals[0].Key"),
        Good("GRT-006 a condition key aws:ResourceTag/env is accepted", "BKP5112",
            () => Sel(o => o with { ProtectedResourceConditions = new() { StringEquals = [new("aws:ResourceTag/env", "prod")] } })),

        // GRT-008 = RTP-020 (BKP5020).
        Bad("GRT-008 restore testing in Canada West (Calgary) is warned", "BKP5020", () => Restore(region: "ca-west-1"), PlanPath),
        Bad("GRT-008 restore testing in China (Ningxia) is warned", "BKP5020", () => Restore(region: "cn-northwest-1"), PlanPath),
        Good("GRT-008 restore testing in Europe (Ireland) is accepted", "BKP5020", () => Restore()),
    ];
}
