using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Copies;

/// <summary>
/// COPY-011: RDS Multi-AZ DB cluster snapshots cannot be copied to another Region or account (OQ-016). An RDS
/// <c>cluster:</c> ARN is shared with Aurora, DocumentDB and Neptune, so only entries built with
/// <see cref="BackupResource.RdsMultiAzCluster"/> are known to be Multi-AZ clusters.
/// </summary>
internal sealed class MultiAzClusterNotCopied : IValidator<CopySubject>
{
    private const string ClusterPrefix = "cluster:";

    public void Check(CopySubject subject, ValidationContext context)
    {
        if (CopyDestination.Of(subject.Copy.Destination, context).Boundary(context) is not { } boundary)
        {
            return;
        }

        foreach (var selection in subject.Rule.Plan.Selections)
        {
            foreach (var resource in selection.Options.Resources)
            {
                if (resource.IntendedType == ResourceTypeFacts.Rds && Arn.TryParse(resource.Arn) is { Service: "rds" } arn
                    && arn.Resource.StartsWith(ClusterPrefix, StringComparison.Ordinal))
                {
                    context.Report(CopyConstraints.MultiAzClusterCopy, subject.Rule.Plan, subject.SubPath, nameof(CopyAction.Destination),
                        boundary, selection.SelectionName, arn.Resource[ClusterPrefix.Length..]);
                }
            }
        }
    }
}
