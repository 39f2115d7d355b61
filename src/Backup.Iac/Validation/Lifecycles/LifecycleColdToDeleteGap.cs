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

        if (delete.TotalDays == -1 || cold.TotalDays == -1)
        {
            return; // the documented "keep indefinitely" sentinel (OQ-050) has its own warning
        }

        if (delete.TotalDays - cold.TotalDays < 90)
        {
            context.Report(LifecycleConstraints.ColdToDeleteGap, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property("DeleteAfter"),
                delete, cold, cold.TotalDays + 90);
        }
    }
}
