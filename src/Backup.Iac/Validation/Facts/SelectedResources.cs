using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Facts;

/// <summary>How a selection reaches a resource of the app.</summary>
internal enum Reach
{
    /// <summary>It cannot select the resource (another account or Region, excluded, or tags the resource lacks).</summary>
    None,

    /// <summary>It may select it: by <c>*</c>, an ARN pattern, a tag, or a named ARN narrowed by conditions.</summary>
    May,

    /// <summary>It names the resource's ARN, with no condition to narrow it.</summary>
    Named,
}

/// <summary>Which resources of the app (<see cref="ResourceFacts"/>) a selection reaches, and through which entry.</summary>
internal static class SelectedResources
{
    /// <summary>The resources of <paramref name="type"/> that a selection names (<see cref="Reach.Named"/> or a named ARN narrowed by conditions), with the index of the entry.</summary>
    public static IEnumerable<(int Index, RawResource Resource, Reach Reach)> Named(BackupSelection selection, ValidationContext context, string type)
    {
        var facts = context.Facts.Resources;
        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i].Arn is { } arn && facts.Resolve(selection.Stack, arn, type) is { } raw
                && raw.Stack.Environment.Same(selection.Stack.Environment) && !Excluded(selection, facts, raw, type))
            {
                yield return (i, raw, selection.Options.Conditions is null ? Reach.Named : Reach.May);
            }
        }
    }

    /// <summary>
    /// How a selection reaches a resource whose ARN service is <paramref name="service"/> (<c>s3</c>, <c>rds</c>...):
    /// named, or open-ended (<c>*</c>, a pattern of that service, a tag the resource has or may have, no resources at all).
    /// </summary>
    public static (Reach Reach, string How) Reaches(BackupSelection selection, ValidationContext context, RawResource raw, string service)
    {
        if (!raw.Stack.Environment.Same(selection.Stack.Environment) || Excluded(selection, context.Facts.Resources, raw, raw.Type))
        {
            return (Reach.None, "");
        }

        var resources = selection.Options.Resources;
        if (Named(selection, context, raw.Type).Any(n => n.Resource == raw))
        {
            return (selection.Options.Conditions is null ? Reach.Named : Reach.May, "by its ARN");
        }

        if (resources.Count == 0)
        {
            return (Reach.May, "with no resource list (every opted-in resource)");
        }

        foreach (var r in resources)
        {
            if (r.Arn is "*")
            {
                return (Reach.May, "with '*'");
            }

            if (r.Arn is { } pattern && pattern.Contains('*', StringComparison.Ordinal) && pattern.Contains($":{service}:", StringComparison.Ordinal))
            {
                return (Reach.May, $"with the pattern '{Token.Describe(pattern)}'");
            }

            if (r.Tag is { } tag && HasTag(raw, tag) != false)
            {
                return (Reach.May, $"by the tag {tag.Key}={tag.Value}");
            }
        }

        return (Reach.None, "");
    }

    /// <summary>Whether the resource's tags (a CloudFormation <c>Tags</c> list) include the tag: null when they are unknown or the condition is not an equality.</summary>
    private static bool? HasTag(RawResource raw, TagCondition tag)
    {
        if (!string.Equals(tag.ConditionType, "STRINGEQUALS", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tags = FactValues.Get(raw.Properties, "Tags");
        if (tags is null)
        {
            return false;
        }

        var result = (bool?)false;
        foreach (var item in FactValues.Items(tags))
        {
            var key = FactValues.Text(FactValues.Get(item, "Key"));
            var value = FactValues.Text(FactValues.Get(item, "Value"));
            if (key is null || value is null)
            {
                result = null;
            }
            else if (key == tag.Key && value == tag.Value)
            {
                return true;
            }
        }

        return FactValues.Normalize(tags) is ListValue ? result : null;
    }

    private static bool Excluded(BackupSelection selection, ResourceFacts facts, RawResource raw, string type) =>
        selection.Options.NotResources.Any(n => facts.Resolve(selection.Stack, n, type) == raw);
}
