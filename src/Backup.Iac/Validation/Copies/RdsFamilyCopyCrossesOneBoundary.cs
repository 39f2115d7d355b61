using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-010: RDS, Aurora, DocumentDB and Neptune backups cannot be copied cross-Region and cross-account in one copy
/// action. Types the selections name fail for certain (error BKP2310); types only tag or wildcard selections can select
/// fail if such a resource is selected (warning BKP2360).
/// </summary>
internal sealed class RdsFamilyCopyCrossesOneBoundary : IValidator<CopySubject>
{
    private static readonly string[] RdsFamily = [ResourceTypeFacts.Aurora, ResourceTypeFacts.DocumentDb, ResourceTypeFacts.Neptune, ResourceTypeFacts.Rds];

    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        if (!destination.IsCrossRegion(context) || !destination.IsCrossAccount(context))
        {
            return;
        }

        var named = context.NamedTypes(subject.Rule.Plan);
        var selectable = context.Selectable(subject.Rule.Plan);
        var certain = RdsFamily.Where(named.Contains).ToList();
        var possible = RdsFamily.Where(t => !named.Contains(t) && selectable.CanSelect(t)).ToList();
        if (certain.Count > 0)
        {
            context.Report(CopyConstraints.RdsFamilyCrossRegionAndAccount, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination),
                destination.Region, destination.Account, string.Join(", ", certain));
        }
        else if (possible.Count > 0)
        {
            context.Report(CopyConstraints.RdsFamilyMaySelectCrossBoth, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination),
                destination.Region, destination.Account, string.Join(", ", possible));
        }
    }
}
