using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-004: no earlier plan in the same account and Region has the same name (reported on the later plan).</summary>
internal sealed class PlanNameIsUnique : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var name = plan.BackupPlanName;
        if (name.Length == 0 || Token.IsUnresolved(name))
        {
            return;
        }

        // Bound: O(plans before it in scope) per plan, but only when an earlier plan has the same name.
        if (!context.Facts.NameSeenBefore(plan))
        {
            return;
        }

        foreach (var other in context.Facts.PlansInScope(plan))
        {
            if (ReferenceEquals(other, plan))
            {
                return;
            }

            if (string.Equals(other.BackupPlanName, name, StringComparison.Ordinal))
            {
                context.Report(PlanConstraints.NameUnique, plan, null, nameof(BackupPlanProps.BackupPlanName), name, other.Id, other.Stack.StackName);
                return;
            }
        }
    }
}
