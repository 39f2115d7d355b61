using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-001, RTP-002: the restore testing plan has a name of 1 to 50 letters, digits or <c>_</c> (no hyphens). The name
/// defaults to the construct ID, so an ID with a hyphen is reported too.
/// </summary>
internal sealed class RestoreTestingPlanNameIsValid : IValidator<RestoreTestingPlan>
{
    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        var name = plan.RestoreTestingPlanName;
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(RestoreTestingConstraints.PlanNameRequired, plan, null, nameof(RestoreTestingPlanProps.RestoreTestingPlanName));
            return;
        }

        if (RestoreTestingFacts.NameProblem(name) is { } problem)
        {
            var fix = RestoreTestingFacts.SuggestName(name) is { } suggestion ? $"Set RestoreTestingPlanName to '{suggestion}'" : "Rename the plan";
            if (plan.Props.RestoreTestingPlanName is null)
            {
                fix = "The name defaults to the construct ID. " + fix;
            }

            context.Report(RestoreTestingConstraints.PlanNamePattern, plan, null, nameof(RestoreTestingPlanProps.RestoreTestingPlanName), name, problem, fix);
        }
    }
}
