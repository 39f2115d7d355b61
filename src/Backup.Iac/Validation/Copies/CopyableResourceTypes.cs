using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-012: types without cross-Region (or cross-account) copy support in catalog table 1.2 (Redshift, SAP HANA on
/// EC2) fail their copy jobs. Only types the selections name explicitly count: a tag selection can match every type,
/// and warning on every cross-Region copy would be noise. Sub-types the model cannot tell apart (FSx for ONTAP or for
/// Windows, DynamoDB without advanced features) are not checked; Multi-AZ clusters are COPY-011's.
/// </summary>
internal sealed class CopyableResourceTypes : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        var (crossRegion, crossAccount) = (destination.IsCrossRegion(context), destination.IsCrossAccount(context));
        if (destination.Boundary(context) is not { } boundary)
        {
            return;
        }

        var types = context.NamedTypes(subject.Rule.Plan)
            .Where(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && ((crossRegion && !f.CrossRegionCopy) || (crossAccount && !f.CrossAccountCopy)))
            .ToList();
        if (types.Count > 0)
        {
            context.Report(CopyConstraints.TypeCannotBeCopied, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination), boundary, string.Join(", ", types));
        }
    }
}
