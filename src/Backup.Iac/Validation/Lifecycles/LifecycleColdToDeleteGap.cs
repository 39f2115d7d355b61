using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-004, LC-011: delete at least 90 days after the cold transition (a gap of exactly 90 is valid).</summary>
internal sealed class LifecycleColdToDeleteGap : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle is not { DeleteAfter: { } delete, MoveToColdStorageAfter: { } cold })
        {
            return;
        }

        if (delete.IsUnresolved || cold.IsUnresolved || delete == LifecycleBounds.Sentinel || cold == LifecycleBounds.Sentinel)
        {
            return; // the documented "keep indefinitely" sentinel (OQ-050) has its own warning
        }

        if (delete.TotalDays - cold.TotalDays < 90)
        {
            LifecycleBounds.Report(subject, context, LifecycleConstraints.ColdToDeleteGap, nameof(Lifecycle.DeleteAfter), delete, cold, cold.TotalDays + 90);
        }
    }
}
