using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-007: types that AWS Backup does not fully manage (EBS, EC2, RDS, Aurora, FSx, ...) keep the resource's own KMS
/// key, and a cross-account copy with an AWS managed key fails. The model does not know the sources' keys, so any
/// such type the plan can select "may" use an AWS managed key. Types that cannot be copied across accounts at all are
/// COPY-012's.
/// </summary>
internal sealed class CrossAccountCopyKeys : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var destination = CopyDestination.Of(subject.Copy.Destination, context);
        if (!destination.IsCrossAccount(context))
        {
            return;
        }

        var types = context.Selectable(subject.Rule.Plan).Types
            .Where(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && !f.FullManagement && f.CrossAccountCopy)
            .Order(StringComparer.Ordinal).ToList();
        if (types.Count > 0)
        {
            context.Report(CopyConstraints.CrossAccountManagedKeys, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination),
                destination.Account, string.Join(", ", types));
        }
    }
}
