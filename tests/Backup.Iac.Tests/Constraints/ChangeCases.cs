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

    private static BackupApp RestoreTest(string type) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        var plan = s.AddRestoreTestingPlan("Restore", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) });
        plan.AddSelection("Type", new RestoreTestingSelectionOptions { ProtectedResourceType = type, Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
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
        BadChange("RTS-004 a changed resource type replaces the restore testing selection", "BKP5104", () => RestoreTest("EBS"), () => RestoreTest("EC2"), "Test/Restore/Type", "ProtectedResourceType"),
        GoodChange("RTS-004 an unchanged resource type is accepted", "BKP5104", () => RestoreTest("EBS"), () => RestoreTest("EBS")),
    ];
}
