using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

internal static class LifecycleCases
{
    private static BackupApp Life(long? cold, long? delete) => Fixture.WithRule(BackupPlanRule.Daily() with
    {
        Lifecycle = new Lifecycle
        {
            MoveToColdStorageAfter = cold is { } c ? Duration.Days(c) : null,
            DeleteAfter = delete is { } d ? Duration.Days(d) : null,
        },
    });

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Bad("LC-004 cold 30 delete 119 is rejected", "BKP2204", () => Life(30, 119), "Test/Plan/Rules[Daily]", "Lifecycle.DeleteAfter"),
        Bad("LC-004 cold 7 delete 30 (the cfn-lint negative fixture) is rejected", "BKP2204", () => Life(7, 30)),
        Good("LC-004 cold 30 delete 120 (a gap of exactly 90) is accepted", "BKP2204", () => Life(30, 120)),
        Good("LC-004 cold without delete is accepted", "BKP2204", () => Life(30, null)),
    ];
}
