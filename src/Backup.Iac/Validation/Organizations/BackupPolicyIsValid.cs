using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Organizations;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// A <see cref="BackupPolicy"/> construct: its document's findings (at the JSON path of each node), ORGP-003 (size),
/// ORGP-004 (name, description), ORGP-005 (targets) and ORGP-006 (the deploying account).
/// </summary>
internal sealed partial class BackupPolicyIsValid : IValidator<BackupPolicy>
{
    public void Check(BackupPolicy policy, ValidationContext context)
    {
        var p = policy.Props;
        foreach (var finding in PolicyValidation.Document(p.Document, context.App))
        {
            context.Report(finding.Constraint, finding.Severity, policy, null, finding.Property, finding.Args);
        }

        var size = PolicyWriter.Json(PolicyTree.Of(p.Document), indented: false).Length;
        if (size > 10_000)
        {
            context.Report(OrganizationPolicyConstraints.ContentSize, policy, null, nameof(BackupPolicyProps.Document), size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!Token.IsUnresolved(policy.PolicyName) && policy.PolicyName.Length is 0 or > 128)
        {
            context.Report(OrganizationPolicyConstraints.NameAndDescription, policy, null, nameof(BackupPolicyProps.PolicyName), $"PolicyName has {policy.PolicyName.Length} characters");
        }

        if (p.Description is { } description && !Token.IsUnresolved(description) && description.Length > 512)
        {
            context.Report(OrganizationPolicyConstraints.NameAndDescription, policy, null, nameof(BackupPolicyProps.Description), $"Description has {description.Length} characters");
        }

        var targets = p.Targets ?? [];
        if (targets.Count == 0)
        {
            context.Report(OrganizationPolicyConstraints.NoTargets, policy, null, nameof(BackupPolicyProps.Targets));
        }

        for (var i = 0; i < targets.Count; i++)
        {
            var id = targets[i]?.TargetId ?? "";
            if (!Token.IsUnresolved(id) && (id.Length > 100 || !TargetId().IsMatch(id)))
            {
                context.Report(OrganizationPolicyConstraints.TargetId, policy, null, PropertyPath.Of(nameof(BackupPolicyProps.Targets)).Index(i), id);
            }
        }

        var tree = targets.OfType<OrganizationNode>().Select(n => n.Tree).FirstOrDefault();
        if (tree?.Props.ManagementAccountId is { } management && policy.Stack.Environment.Account is { } account
            && account != management && !tree.Props.DelegatedAdministrators.Contains(account, StringComparer.Ordinal))
        {
            context.Report(OrganizationPolicyConstraints.DeployingAccount, policy, null, null, account, management);
        }
    }

    /// <summary>BOTO organizations PolicyTargetId; CFN aws-organizations-policy.json.</summary>
    [GeneratedRegex(@"^(r-[0-9a-z]{4,32}|[0-9]{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$", RegexOptions.CultureInvariant)]
    private static partial Regex TargetId();
}
