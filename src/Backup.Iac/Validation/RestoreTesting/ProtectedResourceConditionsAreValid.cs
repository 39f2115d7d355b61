using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-010: only StringEquals and StringNotEquals (operators read from a template land in Other). RTS-011: at most 30
/// conditions. RTS-012: keys are 1 to 128 characters (error) and are <c>aws:ResourceTag/KEY</c> or plain keys, other
/// <c>aws:</c> keys are warned (OQ-024). RTS-013: values are at most 256 characters (error) and keep to the documented
/// KeyValue characters (warning). RTS-014: an Info that conditions match the tags of the latest recovery point.
/// </summary>
internal sealed partial class ProtectedResourceConditionsAreValid : IValidator<RestoreTestingSelection>
{
    private const int MaxConditions = 30;
    private const int MaxKeyLength = 128;
    private const int MaxValueLength = 256;
    private const string TagPrefix = "aws:ResourceTag/";
    private const string StringEquals = nameof(ProtectedResourceConditions.StringEquals);
    private const string StringNotEquals = nameof(ProtectedResourceConditions.StringNotEquals);

    /// <summary>How many conditions there are, under every operator (0 when there are none).</summary>
    public static int Count(ProtectedResourceConditions? conditions) =>
        conditions is null ? 0
        : (conditions.StringEquals?.Count ?? 0) + (conditions.StringNotEquals?.Count ?? 0) + (conditions.Other?.Values.Sum(l => l?.Count ?? 0) ?? 0);

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (selection.Options.ProtectedResourceConditions is not { } conditions)
        {
            return;
        }

        foreach (var op in (conditions.Other ?? new Dictionary<string, IReadOnlyList<ConditionParameter>>()).Keys.Order(StringComparer.Ordinal))
        {
            context.Report(RestoreTestingConstraints.ConditionOperator, selection, null, PropertyPath.Of(nameof(RestoreTestingSelectionOptions.ProtectedResourceConditions)).Entry(op), op, OperatorFix(op));
        }

        var count = Count(conditions);
        if (count > MaxConditions)
        {
            context.Report(RestoreTestingConstraints.TooManyConditions, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceConditions), count);
        }

        var any = false;
        foreach (var (op, list) in new[] { (StringEquals, conditions.StringEquals), (StringNotEquals, conditions.StringNotEquals) })
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (list?[i] is { } condition)
                {
                    any = true;
                    CheckEntry(selection, PropertyPath.Of(nameof(RestoreTestingSelectionOptions.ProtectedResourceConditions)).Then(op).Index(i), condition, context);
                }
            }
        }

        if (any)
        {
            context.Report(RestoreTestingConstraints.ConditionsOnRecoveryPointTags, selection, null, nameof(RestoreTestingSelectionOptions.ProtectedResourceConditions));
        }
    }

    private static void CheckEntry(RestoreTestingSelection selection, PropertyPath property, ConditionParameter condition, ValidationContext context)
    {
        var key = condition.Key;
        if (key is null || key.Length == 0)
        {
            context.Report(RestoreTestingConstraints.ConditionKeyLength, selection, null, property.Then(nameof(ConditionParameter.Key)), "is empty");
        }
        else if (!Token.IsUnresolved(key))
        {
            if (key.Length > MaxKeyLength)
            {
                context.Report(RestoreTestingConstraints.ConditionKeyLength, selection, null, property.Then(nameof(ConditionParameter.Key)), $"'{key[..20]}...' has {key.Length} characters");
            }
            else if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
                && !(key.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase) && key.Length > TagPrefix.Length))
            {
                var tag = key.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase) ? "KEY" : key[(key.LastIndexOfAny([':', '/']) + 1)..];
                context.Report(RestoreTestingConstraints.ConditionKeyPrefix, selection, null, property.Then(nameof(ConditionParameter.Key)), key, tag.Length == 0 ? "KEY" : tag);
            }
        }

        var value = condition.Value;
        var shownKey = key is null ? "" : RestoreTestingFacts.Display(key);
        if (value is not null && !Token.IsUnresolved(value))
        {
            if (value.Length > MaxValueLength)
            {
                context.Report(RestoreTestingConstraints.ConditionValueLength, selection, null, property.Then(nameof(ConditionParameter.Value)), shownKey, value.Length);
            }
            else if (value.Where(c => !ValueCharacter().IsMatch(c.ToString())).Distinct().Select(RestoreTestingFacts.Describe).ToList() is { Count: > 0 } bad)
            {
                context.Report(RestoreTestingConstraints.ConditionValueCharacters, selection, null, property.Then(nameof(ConditionParameter.Value)), value, shownKey, string.Join(", ", bad));
            }
        }
    }

    private static string OperatorFix(string op)
    {
        var bare = op[(op.LastIndexOf(':') + 1)..];
        if (bare.Contains("NotLike", StringComparison.OrdinalIgnoreCase) || bare.Contains("NotEquals", StringComparison.OrdinalIgnoreCase))
        {
            return "Use StringNotEquals with exact values";
        }

        if (bare.Contains("Like", StringComparison.OrdinalIgnoreCase) || bare.Contains("Equals", StringComparison.OrdinalIgnoreCase))
        {
            return "Use StringEquals with exact values";
        }

        return "Use StringEquals or StringNotEquals";
    }

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueCharacter();
}
