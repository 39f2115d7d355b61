using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>OPS-006: an effective plan has rules, and each rule a schedule (the other required fields have their own rows: ORG-010, ORG-024, ORG-025, ORG-035).</summary>
internal sealed class PolicyRequiredFields : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        if (!check.Effective)
        {
            return;
        }

        foreach (var (name, plan, path) in PolicyWalk.Plans(check.Document))
        {
            if (plan.Rules is not { Count: > 0 })
            {
                check.Missing(PolicyInheritanceConstraints.Incomplete, PolicyWalk.Sub(path, "rules"), check.AccountId, $"the plan '{name}' has no rules");
                continue;
            }

            foreach (var (rule, value, rulePath) in PolicyWalk.Rules(plan, path))
            {
                if (!PolicyWalk.Has(value.ScheduleExpression))
                {
                    check.Missing(PolicyInheritanceConstraints.Incomplete, PolicyWalk.Sub(rulePath, "schedule_expression"), check.AccountId, $"the rule '{rule}' of the plan '{name}' has no schedule_expression");
                }
            }
        }
    }
}
