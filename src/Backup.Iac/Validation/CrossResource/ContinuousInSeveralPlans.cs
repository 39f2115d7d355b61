using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-010: when continuous rules of several plans cover the same resource, only the first plan AWS Backup evaluates
/// creates the continuous backup. Reported at each continuous rule of the later plan whose selections surely overlap an
/// earlier plan's (same account and Region) on a continuous-capable type (<see cref="SelectionOverlap"/>). Several
/// continuous rules of one plan are PLAN-021's and PLAN-022's.
/// </summary>
internal sealed class ContinuousInSeveralPlans : IValidator<BackupPlan>
{
    private static bool IsContinuous(string type) => ResourceTypeFacts.Features.TryGetValue(type, out var f) && f.Continuous;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        if (!plan.Rules.Any(r => r?.EnableContinuousBackup == true))
        {
            return;
        }

        foreach (var other in context.Facts.OverlapCandidatesBefore(plan))
        {
            var theirs = Enumerable.Range(0, other.Rules.Count).FirstOrDefault(j => other.Rules[j]?.EnableContinuousBackup == true, -1);
            if (theirs < 0 || SelectionOverlap.Between(plan, other, IsContinuous, context) is not { } common)
            {
                continue;
            }

            for (var i = 0; i < plan.Rules.Count; i++)
            {
                if (plan.Rules[i] is { EnableContinuousBackup: true } rule)
                {
                    var subject = new RuleSubject(plan, i, rule);
                    context.Report(SettingsConstraints.ContinuousInSeveralPlans, plan, subject.SubPath, nameof(BackupPlanRule.EnableContinuousBackup),
                        subject.Name, other.RuleNameAt(theirs), other.BackupPlanName, common);
                }
            }

            return;
        }
    }
}
