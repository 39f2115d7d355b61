using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-010: RDS, Aurora, DocumentDB and Neptune backups cannot be copied cross-Region and cross-account in one copy
/// action. Uses the types the plan can select (tag selections included): the combined copy is the risky pattern.
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

        var selectable = context.Selectable(subject.Rule.Plan);
        var types = RdsFamily.Where(selectable.CanSelect).ToList();
        if (types.Count > 0)
        {
            context.Report(CopyConstraints.RdsFamilyCrossRegionAndAccount, subject.Rule.Plan, subject.SubPath, "Destination",
                destination.Region, destination.Account, string.Join(", ", types));
        }
    }
}
