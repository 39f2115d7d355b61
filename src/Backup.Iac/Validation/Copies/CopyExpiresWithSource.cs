using Backup.Iac.Catalog;
using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-004 (revised, OQ-018 settled): a copy with its own DeleteAfter is deleted that many days after its creation,
/// longer or shorter than its source (the usual short-local, long-DR pattern is valid); only a copy that never expires
/// keeps its source's expiration. So the finding is a copy without DeleteAfter from a rule whose recovery points expire.
/// </summary>
internal sealed class CopyExpiresWithSource : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        if (Retention(subject.Rule.Rule.Lifecycle) is not { } source)
        {
            return;
        }

        if (subject.Copy.Lifecycle?.DeleteAfter is null)
        {
            context.Report(CopyConstraints.CopyOutlivesSource, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property(nameof(Lifecycle.DeleteAfter)), source);
        }
    }

    private static Duration? Retention(Lifecycle? lifecycle) =>
        lifecycle?.DeleteAfter is { } d && d != LifecycleBounds.Sentinel ? d : null;
}
