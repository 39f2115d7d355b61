using System.Text.Json;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Roles;

/// <summary>
/// BKP3084: each inline policy of a generated role has a valid, unique name and a well-formed identity policy
/// document (statements with an Effect, an Action and a Resource, and no Principal). Values chosen at deploy time pass.
/// </summary>
internal sealed class GeneratedRoleInlinePolicies : IValidator<GeneratedRole>
{
    internal const int MaxNameLength = 128;

    public void Check(GeneratedRole role, ValidationContext context)
    {
        if (!role.IsGenerated)
        {
            return;
        }

        var policies = role.Options.InlinePolicies;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policies.Count; i++)
        {
            var policy = policies[i];
            var label = policy?.PolicyName is { Length: > 0 } n ? $"The inline policy '{n}'" : $"InlinePolicies[{i}]";
            var (problem, member) = policy is null ? ("is null", null) : NameProblem(policy.PolicyName, names) is { } p ? (p, nameof(RolePolicy.PolicyName)) : (DocumentProblem(policy), policy.Json is null ? nameof(RolePolicy.Statements) : nameof(RolePolicy.Json));
            if (problem is not null)
            {
                var property = member is null
                    ? role.Property(nameof(GeneratedRoleOptions.InlinePolicies), i)
                    : role.Property(nameof(GeneratedRoleOptions.InlinePolicies), i, member);
                context.Report(SelectionConstraints.GeneratedRoleInlinePolicy, role.Owner, null, property, label, problem);
            }
        }
    }

    private static string? NameProblem(string? name, HashSet<string> names)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "has no PolicyName";
        }

        if (Token.IsUnresolved(name))
        {
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            return $"has a name of {name.Length} characters";
        }

        if (name.Any(c => !GeneratedRoleNameIsValid.NameCharacter().IsMatch(c.ToString())))
        {
            return "has a name with characters other than letters, digits and '+=,.@_-'";
        }

        return names.Add(name) ? null : "has the name of another inline policy of the role";
    }

    private static string? DocumentProblem(RolePolicy policy)
    {
        var value = PolicyDocuments.ToValue(policy, out var parseError);
        if (value is null)
        {
            return $"is not valid JSON ({parseError})";
        }

        if (value is StringValue { Text: var inner })
        {
            try
            {
                using var document = JsonDocument.Parse(inner);
                value = PolicyDocuments.FromJson(document.RootElement);
            }
            catch (JsonException)
            {
                return "is a JSON string that does not hold a JSON object";
            }
        }

        if (value is not MapValue map || !map.Entries.TryGetValue("Statement", out var statement))
        {
            return value is MapValue ? "has no Statement" : "is not a JSON object";
        }

        var items = statement switch
        {
            ListValue list => list.Items,
            MapValue one => [one],
            _ => [],
        };
        if (items.Length == 0)
        {
            return "has no statements";
        }

        for (var i = 0; i < items.Length; i++)
        {
            var at = $"has a statement {i + 1} that";
            if (items[i] is not MapValue s)
            {
                return $"{at} is not an object";
            }

            if (!s.Entries.TryGetValue("Effect", out var effect) || effect is not StringValue { Text: "Allow" or "Deny" } && !IsDeployTime(effect))
            {
                return $"{at} has no Effect of Allow or Deny";
            }

            if (s.Entries.ContainsKey("Principal") || s.Entries.ContainsKey("NotPrincipal"))
            {
                return $"{at} names a Principal (an identity policy applies to the role itself)";
            }

            if (Empty(s.Entries.GetValueOrDefault("Action") ?? s.Entries.GetValueOrDefault("NotAction")))
            {
                return $"{at} has no Action";
            }

            if (Empty(s.Entries.GetValueOrDefault("Resource") ?? s.Entries.GetValueOrDefault("NotResource")))
            {
                return $"{at} has no Resource";
            }
        }

        return null;
    }

    private static bool Empty(Value? value) => value is null or ListValue { Items.Length: 0 } or StringValue { Text: "" };

    private static bool IsDeployTime(Value value) => value is not (StringValue or NumberValue or BoolValue or ListValue or MapValue or NullValue) || value is StringValue { Text: var t } && Token.IsUnresolved(t);
}
