using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-003, ORG-005: plan and rule keys become backup plan and rule names.</summary>
internal sealed class PolicyNamesAreValid : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (name, plan, path) in PolicyWalk.Plans(check.Document))
        {
            if (!Patterns.BackupName().IsMatch(name))
            {
                check.Report(BackupPolicyConstraints.PlanName, path, name);
            }

            foreach (var (rule, _, rulePath) in PolicyWalk.Rules(plan, path))
            {
                if (!Patterns.BackupName().IsMatch(rule))
                {
                    check.Report(BackupPolicyConstraints.RuleName, rulePath, rule);
                }
            }
        }
    }
}
