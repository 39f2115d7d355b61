using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Indexes;

/// <summary>
/// IDX-004: an index of S3 recovery points of a continuous rule, or of EBS snapshots the lifecycle moves to the archive
/// tier, is believed unsupported (OQ-042). S3 has no cold tier and EBS moves to it only with
/// <see cref="Lifecycle.OptInToArchiveForSupportedResources"/>, so only those combinations are reported.
/// </summary>
internal sealed class IndexOfContinuousOrColdRecoveryPoints : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var rule = subject.Rule;
        for (var i = 0; i < rule.IndexActions.Count; i++)
        {
            var types = rule.IndexActions[i].ResourceTypes ?? [];
            if (rule.EnableContinuousBackup && types.Contains(ResourceTypeFacts.S3))
            {
                context.Report(IndexConstraints.IndexOfContinuousOrCold, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i),
                    i, ResourceTypeFacts.S3, "are continuous (EnableContinuousBackup)",
                    "Index S3 from a snapshot rule instead, or remove the IndexAction from the continuous rule");
            }

            if (types.Contains(ResourceTypeFacts.Ebs)
                && rule.Lifecycle is { MoveToColdStorageAfter: { IsUnresolved: false } cold, OptInToArchiveForSupportedResources: true }
                && cold.TotalDays > 0)
            {
                context.Report(IndexConstraints.IndexOfContinuousOrCold, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i),
                    i, ResourceTypeFacts.Ebs, $"move to the archive tier after {cold} (MoveToColdStorageAfter with OptInToArchiveForSupportedResources)",
                    "Search them before they move, or keep the EBS snapshots in warm storage");
            }
        }
    }
}
