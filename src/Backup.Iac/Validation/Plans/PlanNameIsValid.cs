using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-001, PLAN-002: the plan name is present and matches the API rule.</summary>
internal sealed class PlanNameIsValid : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var name = Token.WithEnvironment(plan.BackupPlanName, plan.Stack);
        if (Token.IsUnresolved(name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(PlanConstraints.NameRequired, plan, null, nameof(BackupPlanProps.BackupPlanName));
        }
        else if (!Patterns.BackupName().IsMatch(name))
        {
            var why = name.Length > 50 ? $"{name.Length} characters"
                : name.Any(char.IsWhiteSpace) ? "it contains a space"
                : "it contains characters other than letters, digits, '-', '_' and '.'";
            context.Report(PlanConstraints.NamePattern, plan, null, nameof(BackupPlanProps.BackupPlanName), name, why);
        }
    }
}
