using Backup.Iac.Catalog;
using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-004: a copy keeps its source's expiration (OQ-018), so a copy that never expires or outlives a source that
/// expires is deleted with the source. A source that never expires puts no limit on the copy.
/// </summary>
internal sealed class CopyExpiresWithSource : IValidator<CopySubject>
{
    private const string NotSet = "not set (never expire)";

    public void Check(CopySubject subject, ValidationContext context)
    {
        if (Retention(subject.Rule.Rule.Lifecycle) is not { } source)
        {
            return;
        }

        var copy = Retention(subject.Copy.Lifecycle);
        if (copy is null || copy > source)
        {
            context.Report(CopyConstraints.CopyOutlivesSource, subject.Rule.Plan, subject.SubPath, LifecycleSubject.Property("DeleteAfter"),
                copy?.ToString() ?? NotSet, source);
        }
    }

    private static Duration? Retention(Lifecycle? lifecycle) =>
        lifecycle?.DeleteAfter is { } d && d != LifecycleBounds.Sentinel ? d : null;
}
