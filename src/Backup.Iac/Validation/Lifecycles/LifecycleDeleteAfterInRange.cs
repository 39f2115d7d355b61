using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-001, LC-002 (LC-011 for copies): DeleteAfter is 1 to 36,500 days; the -1 sentinel is only warned about.</summary>
internal sealed class LifecycleDeleteAfterInRange : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.DeleteAfter is not { } delete)
        {
            return;
        }

        if (delete == LifecycleBounds.Sentinel)
        {
            context.Report(LifecycleConstraints.DeleteAfterSentinel, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.DeleteAfter)));
        }
        else if (delete < Duration.Days(1))
        {
            LifecycleBounds.Report(subject, context, LifecycleConstraints.DeleteAfterTooShort, nameof(Lifecycle.DeleteAfter), delete);
        }
        else if (delete > LifecycleBounds.Max)
        {
            LifecycleBounds.Report(subject, context, LifecycleConstraints.DeleteAfterTooLong, nameof(Lifecycle.DeleteAfter), delete);
        }
    }
}
