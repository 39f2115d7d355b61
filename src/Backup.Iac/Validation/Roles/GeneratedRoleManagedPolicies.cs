using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Roles;

/// <summary>
/// BKP3085: the managed policies and the permissions boundary of a generated role are managed policy ARNs
/// (CloudFormation's pattern), each policy once. Parts chosen at deploy time are not checked.
/// </summary>
internal sealed partial class GeneratedRoleManagedPolicies : IValidator<GeneratedRole>
{
    public void Check(GeneratedRole role, ValidationContext context)
    {
        if (!role.IsGenerated)
        {
            return;
        }

        var o = role.Options;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.ManagedPolicyArns.Count; i++)
        {
            var arn = o.ManagedPolicyArns[i] ?? "";
            var problem = Problem(arn) ?? (seen.Add(arn) ? null : "it is listed twice; a policy is attached once");
            if (problem is not null)
            {
                context.Report(SelectionConstraints.GeneratedRoleManagedPolicy, role.Owner, null, role.Property(nameof(o.ManagedPolicyArns), i), $"{nameof(o.ManagedPolicyArns)}[{i}]", arn, problem);
            }
        }

        if (o.PermissionsBoundaryArn is { } boundary && Problem(boundary) is { } p)
        {
            context.Report(SelectionConstraints.GeneratedRoleManagedPolicy, role.Owner, null, role.Property(nameof(o.PermissionsBoundaryArn)), nameof(o.PermissionsBoundaryArn), boundary, p);
        }
    }

    /// <summary>What is wrong with a managed policy ARN, or null (also when a part is chosen at deploy time).</summary>
    internal static string? Problem(string arn)
    {
        if (string.IsNullOrWhiteSpace(arn))
        {
            return "it is empty";
        }

        if (Token.IsUnresolved(arn))
        {
            // Only the literal parts can be judged: a partition or account token in an otherwise literal ARN.
            var parts = arn.Split(':');
            return parts.Length >= 6 && !Token.IsUnresolved(parts[2]) && parts[2] != "iam" ? $"the service is '{parts[2]}', not 'iam'" : null;
        }

        if (arn.Length is < 20 or > 2048)
        {
            return $"it has {arn.Length} characters";
        }

        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return "it is not an ARN (a policy name alone is not accepted)";
        }

        return PolicyArn().IsMatch(arn) ? null : "it does not match arn:PARTITION:iam::ACCOUNT|aws:policy/NAME";
    }

    [GeneratedRegex(@"^arn:aws[a-zA-Z-]*:iam::(\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\-/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyArn();
}
