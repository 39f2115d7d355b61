using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-017: at most 100 restore testing plans per account and Region (reported once, on the 101st). RTP-018: at most 30
/// selections per plan. Neither quota can be raised.
/// </summary>
internal sealed class RestoreTestingQuotas : IValidator<RestoreTestingPlan>
{
    private const int MaxPlans = 100;
    private const int MaxSelections = 30;

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        var plans = RestoreTestingFacts.SameAccountAndRegion(plan, context.App).ToList();
        if (plans.Count > MaxPlans && plans.IndexOf(plan) == MaxPlans)
        {
            context.Report(RestoreTestingConstraints.TooManyPlans, plan, null, null, MaxPlans + 1, plans.Count, plan.Stack.Environment.Describe());
        }

        var selections = plan.Selections.Count;
        if (selections > MaxSelections)
        {
            context.Report(RestoreTestingConstraints.TooManySelections, plan, null, null, selections);
        }
    }
}
