using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// ORG-025: an effective plan has a selection, and a tag selection has its role, key and values. ORG-027: at most 30
/// tag values per selection. ORG-035: a resource selection has its role and resource types, of documented services.
/// ORG-026: the role is an IAM role ARN.
/// </summary>
internal sealed class PolicySelectionsAreComplete : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (planName, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            var tags = PolicyWalk.TagSelections(plan, planPath).ToList();
            var resources = PolicyWalk.ResourceSelections(plan, planPath).ToList();
            if (check.Effective && tags.Count == 0 && resources.Count == 0)
            {
                check.Missing(BackupPolicyConstraints.Selections, PolicyWalk.Sub(planPath, "selections"), $"The plan '{planName}' selects no resources");
            }

            foreach (var (name, selection, path) in tags)
            {
                var missing = new[] { ("iam_role_arn", selection.IamRoleArn), ("tag_key", selection.TagKey), ("tag_value", selection.TagValue) }
                    .Where(p => !PolicyWalk.Has(p.Item2)).Select(p => p.Item1).ToList();
                if (check.Effective && missing.Count > 0)
                {
                    check.Missing(BackupPolicyConstraints.Selections, PolicyWalk.Sub(path, missing[0]), $"The selection '{name}' has no {string.Join(" and no ", missing)}");
                }

                var valuesAt = PolicyWalk.Sub(path, "tag_value");
                if (selection.TagValue is { IsList: true, Operator: PolicyOperator.Assign or PolicyOperator.Append } values && values.Values.Count > 30)
                {
                    check.Report(BackupPolicyConstraints.SelectionTags, valuesAt, name, values.Values.Count, check.Effective ? " in the effective policy" : "");
                }

                Role(check, selection.IamRoleArn, PolicyWalk.Sub(path, "iam_role_arn"));
            }

            foreach (var (name, selection, path) in resources)
            {
                var missing = new[] { ("iam_role_arn", selection.IamRoleArn), ("resource_types", selection.ResourceTypes) }
                    .Where(p => !PolicyWalk.Has(p.Item2)).Select(p => p.Item1).ToList();
                if (check.Effective && missing.Count > 0)
                {
                    check.Missing(BackupPolicyConstraints.ResourceSelection, PolicyWalk.Sub(path, missing[0]), $"The selection '{name}' has no {string.Join(" and no ", missing)}");
                }

                foreach (var (key, value) in new[] { ("resource_types", selection.ResourceTypes), ("not_resource_types", selection.NotResourceTypes) })
                {
                    foreach (var pattern in PolicyWalk.Items(value))
                    {
                        if (Problem(pattern) is { } problem)
                        {
                            check.Report(BackupPolicyConstraints.ResourceTypePattern, PolicyWalk.Sub(path, key), pattern, problem);
                        }
                    }
                }

                Role(check, selection.IamRoleArn, PolicyWalk.Sub(path, "iam_role_arn"));
            }
        }
    }

    private static string? Problem(string pattern)
    {
        if (pattern == "*")
        {
            return null;
        }

        var arn = Arn.TryParse(pattern);
        return arn is null ? ", which is not an ARN pattern"
            : !Patterns.Partition().IsMatch(arn.Partition) && arn.Partition != "*" ? $", whose partition '{arn.Partition}' is not an AWS partition"
            : arn.Service != "*" && !ResourceTypeFacts.Namespaces.Contains(arn.Service) ? $", whose service '{arn.Service}' is not one AWS Backup selects"
            : null;
    }

    private static void Role(PolicyCheck check, PolicyValue? role, string at)
    {
        if (PolicyWalk.Text(role) is not { } text)
        {
            return;
        }

        var arn = Arn.TryParse(text);
        var problem = arn is null
            ? text.StartsWith("service-role/", StringComparison.Ordinal) || !text.Contains(':', StringComparison.Ordinal)
                ? "is a role name, not an ARN (the console's short form)"
                : "is not an ARN"
            : arn.Service != "iam" || !arn.Resource.StartsWith("role/", StringComparison.Ordinal) ? "is not an IAM role ARN"
            : !Patterns.AccountId().IsMatch(arn.Account) && arn.Account != "$account" ? $"has the account '{arn.Account}'"
            : null;
        if (problem is not null)
        {
            check.Report(BackupPolicyConstraints.RoleArn, at, text, problem);
        }
    }
}
