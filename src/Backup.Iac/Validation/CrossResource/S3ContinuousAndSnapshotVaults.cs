using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-009: continuous and periodic backups of an S3 bucket must be in the same vault. A continuous rule and a snapshot
/// rule into different vaults are reported when they surely cover the same buckets: in one plan, when the plan names
/// S3 buckets or selects <c>*</c>; across plans of the same account and Region, when their selections overlap on S3
/// (<see cref="SelectionOverlap"/>). Tag selections are not judged. Reported at the later rule, once per rule.
/// </summary>
internal sealed class S3ContinuousAndSnapshotVaults : IValidator<BackupPlan>
{
    private static bool IsS3(string type) => type == ResourceTypeFacts.S3;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var within = SelectionOverlap.Within(plan, IsS3, context);
        var earlier = context.Facts.OverlapCandidatesBefore(plan);
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var vault = PlanFacts.VaultName(plan, i);
            if (vault is null || plan.Rules[i] is not { } rule)
            {
                continue;
            }

            var partner = within is null ? null : Partner(plan, i, plan, i, vault, within);
            foreach (var other in earlier)
            {
                if (partner is not null)
                {
                    break;
                }

                if (SelectionOverlap.Between(plan, other, IsS3, context) is { } common)
                {
                    partner = Partner(plan, i, other, other.Rules.Count, vault, common);
                }
            }

            if (partner is { } p)
            {
                var subject = new RuleSubject(plan, i, rule);
                var where = ReferenceEquals(p.Plan, plan) ? "" : $" of plan '{p.Plan.BackupPlanName}'";
                context.Report(SettingsConstraints.S3ContinuousAndSnapshotVaults, plan, subject.SubPath, nameof(BackupPlanRule.Vault),
                    PlanFacts.Kind(rule), subject.Name, vault, PlanFacts.Kind(p.Plan.Rules[p.Index]), p.Plan.RuleNameAt(p.Index), where, p.Vault, p.Common);
            }
        }
    }

    /// <summary>The first of the first <paramref name="count"/> rules of <paramref name="other"/> of the other kind into another vault.</summary>
    private static (BackupPlan Plan, int Index, string Vault, string Common)? Partner(BackupPlan plan, int index, BackupPlan other, int count, string vault, string common)
    {
        var continuous = plan.Rules[index].EnableContinuousBackup;
        for (var j = 0; j < count; j++)
        {
            if (other.Rules[j] is { } candidate && candidate.EnableContinuousBackup != continuous
                && PlanFacts.VaultName(other, j) is { } otherVault && PlanFacts.DifferentVaults(vault, otherVault))
            {
                return (other, j, otherVault, common);
            }
        }

        return null;
    }
}
