using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-016: at most 300 plans per account and Region (a raisable quota); reported once, on the 301st plan.</summary>
internal sealed class PlanCountWithinQuota : IValidator<BackupPlan>
{
    private const int Quota = 300;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var plans = context.Facts.PlansInScope(plan);
        if (plans.Count > Quota && context.Facts.IndexInScope(plan) == Quota)
        {
            context.Report(PlanConstraints.TooManyPlans, plan, null, null, Quota + 1, plans.Count, plan.Stack.Environment.Describe());
        }
    }
}
