using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-016: recovery point tags have a key and a value, at most 50. ORG-029: backup plan tags have a key and a value.</summary>
internal sealed class PolicyTagsAreComplete : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (_, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            foreach (var (name, tag) in plan.BackupPlanTags ?? new())
            {
                var path = PolicyWalk.Sub(PolicyWalk.Sub(planPath, "backup_plan_tags"), name);
                if (Missing(tag) is { } half && check.Effective)
                {
                    check.Missing(BackupPolicyConstraints.PlanTags, PolicyWalk.Sub(path, half), name, half);
                }
                else if (Missing(tag) is { } part && !Partial(tag))
                {
                    check.Report(BackupPolicyConstraints.PlanTags, PolicyWalk.Sub(path, part), name, part);
                }
            }

            foreach (var (_, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
            {
                var tags = rule.RecoveryPointTags ?? new();
                var tagsPath = PolicyWalk.Sub(rulePath, "recovery_point_tags");
                if (tags.Count > 50)
                {
                    check.Report(BackupPolicyConstraints.RecoveryPointTags, tagsPath, [.. tags.Keys.Select(k => PolicyWalk.Sub(tagsPath, k))],
                        $"recovery_point_tags has {tags.Count} tags");
                }

                foreach (var (name, tag) in tags)
                {
                    if (Missing(tag) is { } half && check.Effective)
                    {
                        check.Missing(BackupPolicyConstraints.RecoveryPointTags, PolicyWalk.Sub(PolicyWalk.Sub(tagsPath, name), half), $"The recovery point tag '{name}' has no {half}");
                    }
                    else if (Missing(tag) is { } part && !Partial(tag))
                    {
                        check.Report(BackupPolicyConstraints.RecoveryPointTags, PolicyWalk.Sub(PolicyWalk.Sub(tagsPath, name), part), $"The recovery point tag '{name}' has no {part}");
                    }
                }
            }
        }
    }

    private static string? Missing(PolicyTag tag) => !PolicyWalk.Has(tag.TagKey) ? "tag_key" : !PolicyWalk.Has(tag.TagValue) ? "tag_value" : null;

    /// <summary>A tag entry that only changes one half (or only locks it) is a valid partial policy; it is checked after merging.</summary>
    private static bool Partial(PolicyTag tag) => PolicyWalk.Has(tag.TagKey) != PolicyWalk.Has(tag.TagValue) || tag.OperatorsAllowedForChildPolicies is not null;
}
