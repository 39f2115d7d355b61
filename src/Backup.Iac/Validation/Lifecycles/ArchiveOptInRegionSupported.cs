using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// LC-010: the EBS archive tier is not available in the China and GovCloud Regions. The Region is the stack's for a
/// rule's lifecycle and the destination's for a copy's; checked when it is known and the plan can select EBS.
/// </summary>
internal sealed class ArchiveOptInRegionSupported : IValidator<LifecycleSubject>
{
    public void Check(LifecycleSubject subject, ValidationContext context)
    {
        if (subject.Lifecycle.OptInToArchiveForSupportedResources != true || !context.Selectable(subject.Rule.Plan).CanSelect(ResourceTypeFacts.Ebs))
        {
            return;
        }

        var region = subject.Copy is { } copy ? CopyDestination.Of(copy.Destination, context).Region : context.Stack?.Region;
        if (region is not null && !Token.IsUnresolved(region) && !RegionFacts.HasEbsArchive(region))
        {
            context.Report(LifecycleConstraints.ArchiveRegionUnavailable, subject.Rule.Plan, subject.SubPath,
                LifecycleSubject.Property(nameof(Lifecycle.OptInToArchiveForSupportedResources)), region);
        }
    }
}
