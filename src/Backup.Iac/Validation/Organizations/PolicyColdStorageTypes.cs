using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-014: a cold transition in a plan that selects, by resource type only, types without cold storage.</summary>
internal sealed class PolicyColdStorageTypes : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (_, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            var tags = PolicyWalk.TagSelections(plan, planPath).Any();
            var resources = PolicyWalk.ResourceSelections(plan, planPath).ToList();
            if (tags || resources.Count == 0 || resources.Any(r => r.Selection.ResourceTypes is null || r.Selection.ResourceTypes.IsUnresolved))
            {
                continue; // a tag selection (or an unknown pattern) can match any type
            }

            var types = resources.SelectMany(r => PolicyWalk.Items(r.Selection.ResourceTypes)).SelectMany(ResourceTypeFacts.TypesOfArn).ToHashSet(StringComparer.Ordinal);
            if (types.Count == 0 || types.Any(t => ResourceTypeFacts.Features[t].ColdStorage))
            {
                continue;
            }

            foreach (var (ruleName, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
            {
                if (PolicyWalk.Number(rule.Lifecycle?.MoveToColdStorageAfterDays, out _))
                {
                    var at = PolicyWalk.Sub(PolicyWalk.Sub(rulePath, "lifecycle"), "move_to_cold_storage_after_days");
                    check.Report(BackupPolicyConstraints.ColdStorageTypes, at, [at, .. resources.Select(r => PolicyWalk.Sub(r.Path, "resource_types"))],
                        ruleName, string.Join(", ", types.Order(StringComparer.Ordinal)));
                }
            }
        }
    }
}
