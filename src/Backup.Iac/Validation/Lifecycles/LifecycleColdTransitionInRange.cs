using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-003 (LC-011 for copies): MoveToColdStorageAfter is 0 to 36,500 days; the -1 sentinel is only warned about.</summary>
internal sealed class LifecycleColdTransitionInRange : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.MoveToColdStorageAfter is not { } cold)
        {
            return;
        }

        if (cold == LifecycleBounds.Sentinel)
        {
            context.Report(LifecycleConstraints.ColdAfterSentinel, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.MoveToColdStorageAfter)));
        }
        else if (cold < Duration.Days(0) || cold > LifecycleBounds.Max)
        {
            LifecycleBounds.Report(subject, context, LifecycleConstraints.ColdAfterOutOfRange, nameof(Lifecycle.MoveToColdStorageAfter), cold);
        }
    }
}
