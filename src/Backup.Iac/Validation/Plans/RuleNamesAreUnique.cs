using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>PLAN-007: rule names (given or defaulted) are unique within a plan; reported on the later rule.</summary>
internal sealed class RuleNamesAreUnique : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var name = plan.RuleNameAt(i);
            if (Token.IsUnresolved(name))
            {
                continue;
            }

            if (first.TryGetValue(name, out var earlier))
            {
                var rule = new RuleSubject(plan, i, plan.Rules[i]);
                context.Report(PlanConstraints.RuleNamesUnique, plan, rule.SubPath, nameof(BackupPlanRule.RuleName), earlier, i, name);
            }
            else
            {
                first[name] = i;
            }
        }
    }
}
