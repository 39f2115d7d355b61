using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>LC-006: AWS Backup recommends at least 8 days in warm storage before the cold transition.</summary>
internal sealed class ColdTransitionNotTooEarly : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.MoveToColdStorageAfter is { } cold && cold >= Duration.Days(0) && cold < Duration.Days(8))
        {
            context.Report(LifecycleConstraints.ColdTooEarly, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.MoveToColdStorageAfter)), cold);
        }
    }
}
