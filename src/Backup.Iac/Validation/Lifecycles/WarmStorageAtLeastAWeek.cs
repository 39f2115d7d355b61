using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// LC-007: keep backups at least a week in warm storage (MoveToColdStorageAfter, or else DeleteAfter), or incremental
/// backups may become full ones. Not applied to a continuous rule's own lifecycle: point-in-time backups are not an
/// incremental snapshot chain, and a short PITR window (1 to 35 days, RULE-019) is a normal choice.
/// </summary>
internal sealed class WarmStorageAtLeastAWeek : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Copy is null && subject.Rule.Rule.EnableContinuousBackup)
        {
            return;
        }

        var life = subject.Lifecycle;
        var (warm, field) = life.MoveToColdStorageAfter is { } cold && cold != LifecycleBounds.Sentinel
            ? (cold, "MoveToColdStorageAfter")
            : life.DeleteAfter is { } delete && delete != LifecycleBounds.Sentinel ? (delete, "DeleteAfter") : (default(Duration?), "");
        if (warm is { } w && w >= Duration.Days(0) && w < Duration.Days(7))
        {
            context.Report(LifecycleConstraints.WarmTooShort, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(field), w, field);
        }
    }
}
