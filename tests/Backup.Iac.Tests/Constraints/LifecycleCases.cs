using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class LifecycleCases
{
    private const string Rule = "Test/Plan/Rules[Daily]";
    private const string Copy = "Test/Plan/Rules[Daily]/CopyActions[0]";
    private const string MonthlyRule = "Test/Plan/Rules[Monthly1Year]";

    private static Lifecycle Days(long? cold, long? delete) => new()
    {
        MoveToColdStorageAfter = cold is { } c ? Duration.Days(c) : null,
        DeleteAfter = delete is { } d ? Duration.Days(d) : null,
    };

    /// <summary>A daily rule with the lifecycle (tag selection: every type selectable).</summary>
    private static BackupApp Life(long? cold, long? delete) => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = Days(cold, delete) });

    private static BackupApp Life(Lifecycle lifecycle) => Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = lifecycle });

    /// <summary>A daily rule kept 35 days, with one copy (same account and Region) whose lifecycle is given.</summary>
    private static BackupApp CopyLife(long? cold, long? delete) => CopyLife(Days(cold, delete));

    private static BackupApp CopyLife(Lifecycle lifecycle) => Fixture.App(s =>
    {
        var copyVault = s.AddVault("Copies");
        var rule = BackupPlanRule.Daily() with { CopyActions = [new CopyAction { Destination = copyVault, Lifecycle = lifecycle }] };
        Fixture.Plan(s, s.AddVault("Vault"), rule);
    });

    /// <summary>A rule with the lifecycle in a plan that selects only <paramref name="resources"/>.</summary>
    private static BackupApp Selecting(Lifecycle lifecycle, BackupPlanRule rule, params BackupResource[] resources) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) }, rule with { Lifecycle = lifecycle });

    private static Lifecycle Archive(long? cold = 30, long? delete = 365) => Days(cold, delete) with { OptInToArchiveForSupportedResources = true };

    /// <summary>A monthly rule (1st of the month) archiving EBS, in a stack of <paramref name="region"/>.</summary>
    private static BackupApp MonthlyArchive(string? region) =>
        Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Monthly1Year() with { Lifecycle = Archive() }), region: region);

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // LC-001
        Bad("LC-001 DeleteAfter of 0 days is rejected", "BKP2201", () => Life(null, 0), Rule, "Lifecycle.DeleteAfter"),
        Bad("LC-001 DeleteAfter of -2 days is rejected", "BKP2201", () => Life(null, -2), Rule, "Lifecycle.DeleteAfter"),
        Good("LC-001 DeleteAfter of 1 day is accepted", "BKP2201", () => Life(null, 1)),
        Good("LC-001 the -1 sentinel is not an error", "BKP2201", () => Life(-1, -1)),
        Good("LC-001 a copy's DeleteAfter of 0 days is reported as LC-011, not LC-001", "BKP2201", () => CopyLife(null, 0)),
        Bad("LC-001 a DeleteAfter of -1 (the keep-forever sentinel) is warned about", "BKP2251", () => Life(-1, -1), Rule, "Lifecycle.DeleteAfter"),
        Bad("LC-001 the -1 sentinel in a copy lifecycle is warned about", "BKP2251", () => CopyLife(null, -1), Copy, "Lifecycle.DeleteAfter"),
        Good("LC-001 an omitted DeleteAfter gets no sentinel warning", "BKP2251", () => Life(null, null)),
        Good("LC-001 a DeleteAfter of 35 days gets no sentinel warning", "BKP2251", () => Life(null, 35)),

        // LC-002
        Bad("LC-002 DeleteAfter of 36,501 days is rejected", "BKP2202", () => Life(null, 36_501), Rule, "Lifecycle.DeleteAfter"),
        Good("LC-002 DeleteAfter of 36,500 days is accepted", "BKP2202", () => Life(null, 36_500)),

        // LC-003
        Bad("LC-003 MoveToColdStorageAfter of -2 days is rejected", "BKP2203", () => Life(-2, 120), Rule, "Lifecycle.MoveToColdStorageAfter"),
        Bad("LC-003 MoveToColdStorageAfter of 36,501 days is rejected", "BKP2203", () => Life(36_501, null), Rule, "Lifecycle.MoveToColdStorageAfter"),
        Good("LC-003 MoveToColdStorageAfter of 0 days is accepted", "BKP2203", () => Life(0, 90)),
        Good("LC-003 MoveToColdStorageAfter of 36,500 days without DeleteAfter is accepted", "BKP2203", () => Life(36_500, null)),
        Good("LC-003 the -1 sentinel is not an error", "BKP2203", () => Life(-1, -1)),
        Bad("LC-003 a MoveToColdStorageAfter of -1 (the sentinel) is warned about", "BKP2253", () => Life(-1, -1), Rule, "Lifecycle.MoveToColdStorageAfter"),
        Good("LC-003 a MoveToColdStorageAfter of 30 days gets no sentinel warning", "BKP2253", () => Life(30, 120)),

        // LC-004
        Bad("LC-004 cold 30 delete 119 is rejected", "BKP2204", () => Life(30, 119), Rule, "Lifecycle.DeleteAfter"),
        Bad("LC-004 cold 7 delete 30 (the cfn-lint negative fixture) is rejected", "BKP2204", () => Life(7, 30)),
        Good("LC-004 cold 30 delete 120 (a gap of exactly 90) is accepted", "BKP2204", () => Life(30, 120)),
        Good("LC-004 cold 1 delete 91 (a deployed corpus template) is accepted", "BKP2204", () => Life(1, 91)),
        Good("LC-004 cold without delete is accepted", "BKP2204", () => Life(30, null)),
        Good("LC-004 the -1/-1 sentinel is not gap-checked", "BKP2204", () => Life(-1, -1)),
        Good("LC-004 a copy lifecycle's short gap is reported as LC-011, not LC-004", "BKP2204", () => CopyLife(30, 100)),

        // LC-005
        Bad("LC-005 a cold transition in a plan that selects only RDS instances is ignored", "BKP2205",
            () => Selecting(Days(30, 120), BackupPlanRule.Daily(), BackupResource.RdsInstance("orders")), Rule, "Lifecycle.MoveToColdStorageAfter"),
        Bad("LC-005 a cold transition for EBS volumes without the archive opt-in is ignored", "BKP2205",
            () => Selecting(Days(30, 365), BackupPlanRule.Monthly1Year(), BackupResource.EbsVolume("*")), MonthlyRule, "Lifecycle.MoveToColdStorageAfter"),
        Bad("LC-005 a copy's cold transition in a plan that selects only S3 is ignored", "BKP2205",
            () => Fixture.WithSelection(new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("data")], Role = BackupRole.FromArn(Fixture.RoleArn) },
                BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(BackupVault.FromName("copies")) with { Lifecycle = Days(30, 120) }] }),
            Copy, "Lifecycle.MoveToColdStorageAfter"),
        Good("LC-005 a cold transition for EBS volumes with the archive opt-in applies", "BKP2205",
            () => Selecting(Archive(), BackupPlanRule.Monthly1Year(), BackupResource.EbsVolume("*"))),
        Good("LC-005 a cold transition for EFS file systems applies", "BKP2205",
            () => Selecting(Days(30, 120), BackupPlanRule.Daily(), BackupResource.EfsFileSystem("*"))),
        Good("LC-005 a cold transition with a tag selection (any type) is not warned about", "BKP2205", () => Life(30, 120)),

        // LC-006
        Bad("LC-006 a cold transition after 7 days is warned about", "BKP2206", () => Life(7, 97), Rule, "Lifecycle.MoveToColdStorageAfter"),
        Bad("LC-006 a copy's cold transition after 1 day is warned about", "BKP2206", () => CopyLife(1, 91), Copy, "Lifecycle.MoveToColdStorageAfter"),
        Good("LC-006 a cold transition after 8 days is accepted", "BKP2206", () => Life(8, 98)),
        Good("LC-006 no cold transition is accepted", "BKP2206", () => Life(null, 35)),

        // LC-007
        Bad("LC-007 a retention of 6 days is warned about", "BKP2207", () => Life(null, 6), Rule, "Lifecycle.DeleteAfter"),
        Good("LC-007 a cold transition after 3 days is left to LC-006", "BKP2207", () => Life(3, 93)),
        Good("LC-007 a retention of 0 days is left to LC-001", "BKP2207", () => Life(null, 0)),
        Bad("LC-007 a copy kept 3 days is warned about", "BKP2207", () => CopyLife(null, 3), Copy, "Lifecycle.DeleteAfter"),
        Good("LC-007 a retention of 7 days is accepted", "BKP2207", () => Life(null, 7)),
        Good("LC-007 a continuous rule kept 3 days is accepted", "BKP2207",
            () => Fixture.WithRule(BackupPlanRule.Continuous(Duration.Days(3)) with { RuleName = "Daily" })),
        Good("LC-007 a retention that never expires is accepted", "BKP2207", () => Life(null, null)),

        // LC-008
        Bad("LC-008 the archive opt-in without a cold transition is warned about", "BKP2208",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year() with { Lifecycle = Archive(cold: null) }), MonthlyRule, "Lifecycle.OptInToArchiveForSupportedResources"),
        Good("LC-008 the archive opt-in with a cold transition is accepted", "BKP2208", () => MonthlyArchive(Fixture.Region)),
        Good("LC-008 the archive opt-in set to false without a cold transition is accepted", "BKP2208",
            () => Life(new Lifecycle { DeleteAfter = Duration.Days(35), OptInToArchiveForSupportedResources = false })),

        // LC-009
        Bad("LC-009 the archive opt-in on a daily rule is warned about", "BKP2209", () => Life(Archive()), Rule, "Lifecycle.OptInToArchiveForSupportedResources"),
        Bad("LC-009 the archive opt-in on a weekly rule is warned about", "BKP2209",
            () => Fixture.WithRule(BackupPlanRule.Weekly() with { Lifecycle = Archive() }), "Test/Plan/Rules[Weekly]"),
        Bad("LC-009 the archive opt-in on a rule without a schedule (daily by default) is warned about", "BKP2209",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year() with { Schedule = null, Lifecycle = Archive() }), MonthlyRule),
        Bad("LC-009 the archive opt-in on the 1st and 15th of the month is warned about", "BKP2209",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year() with { Schedule = Schedule.FromExpression("cron(0 5 1,15 * ? *)"), Lifecycle = Archive() }), MonthlyRule),
        Good("LC-009 the archive opt-in on a monthly rule is accepted", "BKP2209", () => MonthlyArchive(Fixture.Region)),
        Good("LC-009 the archive opt-in on the first Monday of each month is accepted", "BKP2209",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year() with { Schedule = Schedule.FromExpression("cron(0 5 ? * 2#1 *)"), Lifecycle = Archive() })),
        Good("LC-009 the archive opt-in on the last day of each quarter is accepted", "BKP2209",
            () => Fixture.WithRule(BackupPlanRule.Monthly1Year() with { Schedule = Schedule.FromExpression("cron(0 5 L 3,6,9,12 ? *)"), Lifecycle = Archive() })),
        Good("LC-009 the archive opt-in on a daily rule of a plan that cannot select EBS is not warned about", "BKP2209",
            () => Selecting(Archive(), BackupPlanRule.Daily(), BackupResource.EfsFileSystem("*"))),

        // LC-010
        Bad("LC-010 the archive opt-in in China (Beijing) is warned about", "BKP2210", () => MonthlyArchive("cn-north-1"), MonthlyRule, "Lifecycle.OptInToArchiveForSupportedResources"),
        Bad("LC-010 the archive opt-in in AWS GovCloud (US-West) is warned about", "BKP2210", () => MonthlyArchive("us-gov-west-1"), MonthlyRule),
        Bad("LC-010 the archive opt-in of a copy into China (Ningxia) is warned about", "BKP2210",
            () => Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Monthly1Year() with
            {
                CopyActions = [CopyAction.To(BackupVault.FromArn("arn:aws-cn:backup:cn-northwest-1:111122223333:backup-vault:dr")) with { Lifecycle = Archive() }],
            }), region: "cn-north-1"),
            "Test/Plan/Rules[Monthly1Year]/CopyActions[0]"),
        Good("LC-010 the archive opt-in in eu-west-1 is accepted", "BKP2210", () => MonthlyArchive(Fixture.Region)),
        Good("LC-010 the archive opt-in in an unknown Region is not checked", "BKP2210", () => MonthlyArchive(null)),

        // LC-011
        Bad("LC-011 a copy lifecycle with cold 30 delete 100 is rejected", "BKP2211", () => CopyLife(30, 100), Copy, "Lifecycle.DeleteAfter"),
        Bad("LC-011 a copy DeleteAfter of 0 days is rejected", "BKP2211", () => CopyLife(null, 0), Copy, "Lifecycle.DeleteAfter"),
        Bad("LC-011 a copy DeleteAfter of 36,501 days is rejected", "BKP2211", () => CopyLife(null, 36_501), Copy, "Lifecycle.DeleteAfter"),
        Bad("LC-011 a copy MoveToColdStorageAfter of -5 days is rejected", "BKP2211", () => CopyLife(-5, 120), Copy, "Lifecycle.MoveToColdStorageAfter"),
        Good("LC-011 a copy lifecycle with cold 30 delete 120 is accepted", "BKP2211", () => CopyLife(30, 120)),
        Good("LC-011 a copy lifecycle with the -1 sentinel is not an error", "BKP2211", () => CopyLife(-1, -1)),
        Good("LC-011 a rule lifecycle breaking a bound is not reported as LC-011", "BKP2211", () => Life(30, 100)),

        // LC-012
        Bad("LC-012 DeleteAfterEvent is rejected", "BKP2212",
            () => Life(new Lifecycle { DeleteAfter = Duration.Days(35), DeleteAfterEvent = "DELETE_AFTER_COPY" }), Rule, "Lifecycle.DeleteAfterEvent"),
        Bad("LC-012 DeleteAfterEvent on a copy lifecycle is rejected", "BKP2212",
            () => CopyLife(new Lifecycle { DeleteAfterEvent = "DELETE_AFTER_COPY" }), Copy, "Lifecycle.DeleteAfterEvent"),
        Good("LC-012 a lifecycle without DeleteAfterEvent is accepted", "BKP2212", () => Life(null, 35)),
    ];
}
