using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-021, PLAN-022: the continuous rules of a plan back up into one vault (error otherwise), and then only the one
/// with the longest retention takes effect (warning). Reported on the later rule; vaults whose names are unknown at
/// synth time, or differ only in case, are not compared.
/// </summary>
internal sealed class ContinuousRulesShareVault : IValidator<BackupPlan>
{
    public void Check(BackupPlan plan, ValidationContext context)
    {
        (int Index, string Vault)? first = null;
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            if (!plan.Rules[i].EnableContinuousBackup || plan.VaultOf(i)?.VaultName is not { } vault || Token.IsUnresolved(vault))
            {
                continue;
            }

            if (first is not { } earlier)
            {
                first = (i, vault);
                continue;
            }

            var rule = new RuleSubject(plan, i, plan.Rules[i]);
            var earlierName = plan.RuleNameAt(earlier.Index);
            if (string.Equals(earlier.Vault, vault, StringComparison.Ordinal))
            {
                context.Report(PlanConstraints.ContinuousRulesSameVault, plan, rule.SubPath, nameof(BackupPlanRule.EnableContinuousBackup), earlierName, rule.Name, vault);
            }
            else if (!string.Equals(earlier.Vault, vault, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(PlanConstraints.ContinuousRulesDifferentVaults, plan, rule.SubPath, nameof(BackupPlanProps.Vault), earlierName, earlier.Vault, rule.Name, vault);
            }
        }
    }
}
