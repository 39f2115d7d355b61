using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-003: no earlier restore testing plan in the same account and Region (the same stack, or stacks with the same known
/// account and Region) has the same name; reported on the later plan.
/// </summary>
internal sealed class RestoreTestingPlanNameIsUnique : IValidator<RestoreTestingPlan>
{
    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        var name = plan.RestoreTestingPlanName;
        if (name.Length == 0 || Token.IsUnresolved(name))
        {
            return;
        }

        foreach (var other in RestoreTestingFacts.SameAccountAndRegion(plan, context.App))
        {
            if (ReferenceEquals(other, plan))
            {
                return;
            }

            if (string.Equals(other.RestoreTestingPlanName, name, StringComparison.Ordinal))
            {
                context.Report(RestoreTestingConstraints.PlanNameUnique, plan, null, nameof(RestoreTestingPlanProps.RestoreTestingPlanName), name, other.Id, other.Stack.StackName);
                return;
            }
        }
    }
}
