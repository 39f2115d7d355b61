using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-024: Region codes; an effective plan lists at least one; Regions where cross-account management is not available (Appendix A).</summary>
internal sealed class PolicyRegions : IPolicyValidator
{
    /// <summary>Regions whose "cross-account management" cell is blank in the guide's Region table (catalog Appendix A).</summary>
    private static readonly HashSet<string> WithoutManagement = new(StringComparer.Ordinal)
    {
        "af-south-1", "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-4", "ca-west-1", "cn-north-1", "cn-northwest-1",
        "eu-south-1", "eu-south-2", "eu-central-2", "il-central-1", "me-south-1", "me-central-1",
    };

    public void Check(PolicyCheck check)
    {
        foreach (var (name, plan, path) in PolicyWalk.Plans(check.Document))
        {
            var at = PolicyWalk.Sub(path, "regions");
            foreach (var region in PolicyWalk.Items(plan.Regions))
            {
                if (!Patterns.Region().IsMatch(region))
                {
                    check.Report(BackupPolicyConstraints.Regions, at, $"regions has '{region}', which is not a Region code");
                }
                else if (plan.Regions?.Operator != PolicyOperator.Remove && WithoutManagement.Contains(region))
                {
                    check.Report(BackupPolicyConstraints.RegionWithoutManagement, at, region);
                }
            }

            if (check.Effective && !PolicyWalk.Items(plan.Regions).Any() && !(plan.Regions?.IsUnresolved ?? false))
            {
                check.Missing(BackupPolicyConstraints.Regions, at, $"The plan '{name}' has no regions");
            }
        }
    }
}
