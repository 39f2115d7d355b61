using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>Rules about changes between the template synthesized before and the new one.</summary>
internal static class ChangeCases
{
    private const string OtherKey = "arn:aws:kms:eu-west-1:111122223333:key/99999999-12ab-34cd-56ef-1234567890ab";

    private static BackupApp Keyed(string? key) => Fixture.WithVault(new() { BackupVaultName = "kept", EncryptionKeyArn = key });

    private static BackupApp Named(string name) => Fixture.WithPlan(new() { BackupPlanName = name, Rules = [BackupPlanRule.Daily()] });

    private static BackupApp Kept(int days) => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = Lifecycle.Retain(Duration.Days(days)) });

    private static BackupApp Continuous(int? days) => Fixture.WithRules(days is { } d ? [BackupPlanRule.Daily(), BackupPlanRule.Continuous(Duration.Days(d))] : [BackupPlanRule.Daily()]);

    private static BackupApp Tagged(string value) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", value)], Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    /// <summary>As <see cref="Tagged"/>, with the selection created in the stack with a plan reference (path <c>Test/Sel</c>, as the AWS CDK's).</summary>
    private static BackupApp TaggedInStack(string value) => Fixture.App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
        s.AddSelection("Sel", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromTag("backup", value)], Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    private static BackupApp RestoreTest(string type) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        var plan = s.AddRestoreTestingPlan("Restore", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) });
        plan.AddSelection("Type", new RestoreTestingSelectionOptions { ProtectedResourceType = type, Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    private static BackupApp VaultNamed(string name) => Fixture.WithVault(new() { BackupVaultName = name });

    private static BackupApp AirGapped(int max) => Fixture.App(s =>
    {
        var airGapped = s.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps { BackupVaultName = "air", MinRetention = Duration.Days(7), MaxRetention = Duration.Days(max) });
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(airGapped, Duration.Days(30))] });
    });

    private static BackupApp RestorePlanNamed(string name) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        var plan = s.AddRestoreTestingPlan("Restore", new RestoreTestingPlanProps { RestoreTestingPlanName = name, Schedule = Schedule.Daily(hour: 6) });
        plan.AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS", Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        BadChange("VAULT-008 a renamed vault is replaced", "BKP1058", () => VaultNamed("before"), () => VaultNamed("after"), "Test/Vault", "BackupVaultName"),
        GoodChange("VAULT-008 a vault that keeps its name is accepted", "BKP1058", () => VaultNamed("same"), () => VaultNamed("same")),
        BadChange("LAG-005 a new maximum on an air-gapped vault replaces it", "BKP1455", () => AirGapped(90), () => AirGapped(120), "Test/AirGapped", "MaxRetentionDays"),
        GoodChange("LAG-005 an unchanged air-gapped vault is accepted", "BKP1455", () => AirGapped(90), () => AirGapped(90)),
        BadChange("RTP-003 a renamed restore testing plan is replaced", "BKP5053", () => RestorePlanNamed("tests_a"), () => RestorePlanNamed("tests_b"), "Test/Restore", "RestoreTestingPlanName"),
        GoodChange("RTP-003 a restore testing plan that keeps its name is accepted", "BKP5053", () => RestorePlanNamed("tests_a"), () => RestorePlanNamed("tests_a")),
        BadChange("VAULT-008 a new key on a deployed vault is reported", "BKP1008", () => Keyed(Fixture.KeyArn), () => Keyed(OtherKey), "Test/Vault", "EncryptionKeyArn"),
        BadChange("VAULT-008 a key added to a vault with the AWS managed key is reported", "BKP1008", () => Keyed(null), () => Keyed(Fixture.KeyArn)),
        GoodChange("VAULT-008 an unchanged key is accepted", "BKP1008", () => Keyed(Fixture.KeyArn), () => Keyed(Fixture.KeyArn)),
        Good("VAULT-008 a first deployment is accepted", "BKP1008", () => Keyed(Fixture.KeyArn)),
        BadChange("PLAN-003 a renamed plan is reported", "BKP2003", () => Named("daily"), () => Named("daily-v2"), "Test/Plan", "BackupPlanName"),
        GoodChange("PLAN-003 a plan that keeps its name is accepted", "BKP2003", () => Named("daily"), () => Named("daily")),
        BadChange("PLAN-017 a changed plan creates a version", "BKP2017", () => Kept(35), () => Kept(36), "Test/Plan"),
        GoodChange("PLAN-017 an unchanged plan creates no version", "BKP2017", () => Kept(35), () => Kept(35)),
        BadChange("PLAN-019 a changed retention applies to future backups only", "BKP2019", () => Kept(35), () => Kept(60), "Test/Plan/Rules[Daily]", "Lifecycle"),
        GoodChange("PLAN-019 an unchanged lifecycle is accepted", "BKP2019", () => Named("a"), () => Named("b")),
        BadChange("RULE-023 a lowered continuous retention is reported", "BKP2123", () => Continuous(35), () => Continuous(20), "Test/Plan/Rules[Continuous]", "Lifecycle.DeleteAfter"),
        BadChange("RULE-023 a removed continuous rule is reported", "BKP2123", () => Continuous(35), () => Continuous(null), "Test/Plan/Rules[Continuous]"),
        GoodChange("RULE-023 a raised continuous retention is accepted", "BKP2123", () => Continuous(20), () => Continuous(35)),
        BadChange("SEL-026 a changed selection is replaced", "BKP3026", () => Tagged("daily"), () => Tagged("hourly"), "Test/Plan/Sel", "BackupSelection"),
        GoodChange("SEL-026 an unchanged selection is kept", "BKP3026", () => Tagged("daily"), () => Tagged("daily")),
        BadChange("SEL-026 a changed selection of the stack is replaced", "BKP3026", () => TaggedInStack("daily"), () => TaggedInStack("hourly"), "Test/Sel", "BackupSelection"),
        GoodChange("SEL-026 an unchanged selection of the stack is kept", "BKP3026", () => TaggedInStack("daily"), () => TaggedInStack("daily")),
        BadChange("RTS-004 a changed resource type replaces the restore testing selection", "BKP5104", () => RestoreTest("EBS"), () => RestoreTest("EC2"), "Test/Restore/Type", "ProtectedResourceType"),
        GoodChange("RTS-004 an unchanged resource type is accepted", "BKP5104", () => RestoreTest("EBS"), () => RestoreTest("EBS")),
    ];
}
