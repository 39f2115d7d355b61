using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// LC-007: keep backups at least a week in warm storage, or incremental backups may become full ones. The warm period
/// is MoveToColdStorageAfter, or else DeleteAfter. A cold transition before 7 days is already reported by LC-006 (the
/// stricter 8-day advice, at the same property), so only a short DeleteAfter without a cold transition is reported
/// here; a DeleteAfter below 1 day is LC-001's error. Not applied to a continuous rule's own lifecycle: point-in-time
/// backups are not an incremental snapshot chain, and a short PITR window (1 to 35 days, RULE-019) is a normal choice.
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
        if (life.MoveToColdStorageAfter is { } cold && cold != LifecycleBounds.Sentinel)
        {
            return; // LC-006
        }

        if (life.DeleteAfter is { } delete && delete >= Duration.Days(1) && delete < Duration.Days(7))
        {
            context.Report(LifecycleConstraints.WarmTooShort, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.DeleteAfter)), delete);
        }
    }
}
