using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-015: at most 100 selections (resource assignments) per plan, a quota that cannot be raised.</summary>
internal sealed class SelectionCountWithinQuota : IValidator<BackupPlan>
{
    private const int Quota = 100;

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var count = plan.Selections.Count;
        if (count > Quota)
        {
            context.Report(PlanConstraints.TooManySelections, plan, null, null, count);
        }
    }
}
