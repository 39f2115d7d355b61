using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-016: restore testing plan tags: at most 50; keys of 1 to 128 characters that do not start with <c>aws:</c> (CFN),
/// values of at most 256 characters (CFN); both made of letters, digits, spaces and <c>+ - = . _ : /</c> (DG L25225-25228).
/// </summary>
internal sealed partial class RestoreTestingPlanTags : IValidator<RestoreTestingPlan>
{
    private const int MaxTags = 50;
    private const int MaxKeyLength = 128;
    private const int MaxValueLength = 256;

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Props.Tags is not { } tags)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            context.Report(RestoreTestingConstraints.PlanTags, plan, null, nameof(RestoreTestingPlanProps.Tags), $"there are {tags.Count} tags");
        }

        foreach (var (key, value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (Token.IsUnresolved(key))
            {
                continue;
            }

            var property = PropertyPath.Of(nameof(RestoreTestingPlanProps.Tags)).Item(key);
            if (KeyProblem(key) is { } keyProblem)
            {
                context.Report(RestoreTestingConstraints.PlanTags, plan, null, property, keyProblem);
            }

            if (value is not null && !Token.IsUnresolved(value) && ValueProblem(key, value) is { } valueProblem)
            {
                context.Report(RestoreTestingConstraints.PlanTags, plan, null, property, valueProblem);
            }
        }
    }

    private static string? KeyProblem(string key)
    {
        if (key.Length == 0)
        {
            return "a key is empty";
        }

        if (key.Length > MaxKeyLength)
        {
            return $"the key '{key[..20]}...' has {key.Length} characters";
        }

        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            return $"the key '{key}' starts with the reserved prefix 'aws:'";
        }

        return Outside(key) is { } bad ? $"the key '{key}' contains {bad}" : null;
    }

    private static string? ValueProblem(string key, string value)
    {
        if (value.Length > MaxValueLength)
        {
            return $"the value of '{key}' has {value.Length} characters";
        }

        return Outside(value) is { } bad ? $"the value of '{key}' contains {bad}" : null;
    }

    /// <summary>The characters outside the allowed set, described for a message, or null when there are none.</summary>
    private static string? Outside(string text)
    {
        var bad = text.Where(c => !Allowed().IsMatch(c.ToString())).Distinct().Select(RestoreTestingFacts.Describe).ToList();
        return bad.Count == 0 ? null : string.Join(", ", bad);
    }

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}+\-=._:/]$", RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();
}
