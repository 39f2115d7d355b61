using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-005, PLAN-006: a plan has at least one rule, and more than 10 is a warning.</summary>
internal sealed class PlanRuleCount : IValidator<BackupPlan>
{
    private const int DocumentedMaximum = 10;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var count = plan.Rules.Count;
        if (count == 0)
        {
            context.Report(PlanConstraints.RulesRequired, plan, null, nameof(BackupPlanProps.Rules));
        }
        else if (count > DocumentedMaximum)
        {
            context.Report(PlanConstraints.TooManyRules, plan, null, nameof(BackupPlanProps.Rules), count);
        }
    }
}
