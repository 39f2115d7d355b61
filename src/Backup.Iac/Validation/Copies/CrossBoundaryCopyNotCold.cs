using Backup.Iac.Catalog;
using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-008: AWS Backup does not support cross-Region or cross-account copies for storage in cold tiers (reading (b)
/// of OQ-017: the copy's own cold transition). Reading (a), a source already cold at copy time, is not checked: copy
/// jobs start when the backup completes, before any cold transition of the source.
/// </summary>
internal sealed class CrossBoundaryCopyNotCold : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        if (subject.Copy.Lifecycle?.MoveToColdStorageAfter is not { } cold || cold == LifecycleBounds.Sentinel)
        {
            return;
        }

        if (CopyDestination.Of(subject.Copy.Destination, context).Boundary(context) is { } boundary)
        {
            context.Report(CopyConstraints.CrossBoundaryColdCopy, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.MoveToColdStorageAfter)), boundary, cold);
        }
    }
}
