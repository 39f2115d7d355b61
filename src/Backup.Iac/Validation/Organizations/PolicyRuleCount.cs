using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-004: at most 10 rules per plan, in each document and after merging.</summary>
internal sealed class PolicyRuleCount : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (name, plan, path) in PolicyWalk.Plans(check.Document))
        {
            var rules = PolicyWalk.Rules(plan, path).ToList();
            if (rules.Count > 10)
            {
                check.Report(BackupPolicyConstraints.RuleCount, PolicyWalk.Sub(path, "rules"), [.. rules.Select(r => r.Path)],
                    name, rules.Count, check.Effective ? " after merging the policies" : "");
            }
        }
    }
}
