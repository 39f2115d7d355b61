namespace Backup.Iac.Validation.Selections;

/// <summary>Facts and helpers shared by the selection checks (catalog section 12).</summary>
internal static partial class SelectionFacts
{
    public const string StringEquals = nameof(SelectionConditions.StringEquals);
    public const string StringLike = nameof(SelectionConditions.StringLike);
    public const string StringNotEquals = nameof(SelectionConditions.StringNotEquals);
    public const string StringNotLike = nameof(SelectionConditions.StringNotLike);

    /// <summary>The prefix of tag condition keys (<c>aws:ResourceTag/KEY</c>).</summary>
    public const string TagKeyPrefix = "aws:ResourceTag/";

    /// <summary>The tag, and name prefix, of resources that restore testing creates (DG L12079-12080).</summary>
    public const string RestoreTestMarker = "awsbackup-restore-test";

    /// <summary>The documented Conditions operators, in the documented order (case sensitive).</summary>
    public static readonly IReadOnlyList<string> Operators = [StringEquals, StringLike, StringNotEquals, StringNotLike];

    /// <summary>The ARN entries of <c>Resources</c>, with their index in <c>Resources</c>.</summary>
    public static IEnumerable<(int Index, string Arn)> Arns(BackupSelection selection)
    {
        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i]?.Arn is { } arn)
            {
                yield return (i, arn);
            }
        }
    }

    /// <summary>The tag entries of <c>Resources</c> (<c>ListOfTags</c>), with their index in <c>Resources</c>.</summary>
    public static IEnumerable<TagEntry> Tags(BackupSelection selection)
    {
        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i]?.Tag is { } tag)
            {
                yield return new TagEntry(i, tag);
            }
        }
    }

    /// <summary>The entries of the four documented Conditions operators (not <see cref="SelectionConditions.Other"/>).</summary>
    public static IEnumerable<ConditionEntry> Conditions(BackupSelection selection)
    {
        if (selection.Options.Conditions is not { } conditions)
        {
            yield break;
        }

        (string Operator, IReadOnlyList<ConditionParameter>? List)[] lists =
        [
            (StringEquals, conditions.StringEquals), (StringLike, conditions.StringLike),
            (StringNotEquals, conditions.StringNotEquals), (StringNotLike, conditions.StringNotLike),
        ];
        foreach (var (op, list) in lists)
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (list?[i] is { } condition)
                {
                    yield return new ConditionEntry(op, i, condition);
                }
            }
        }
    }

    /// <summary>Whether the selection has at least one entry under a documented Conditions operator.</summary>
    public static bool HasConditions(BackupSelection selection) => Conditions(selection).Any();

    /// <summary>Whether a string is present and fully known at synth time.</summary>
    public static bool IsKnown(string? text) => text is not null && !Token.IsUnresolved(text);

    /// <summary>The tag key of a condition key: without the <c>aws:ResourceTag/</c> prefix.</summary>
    public static string TagKey(string key) =>
        key.StartsWith(TagKeyPrefix, StringComparison.OrdinalIgnoreCase) ? key[TagKeyPrefix.Length..] : key;

    /// <summary>The <c>:</c>-separated parts of an ARN (at most six; the last holds the rest), or null when it is not an ARN.</summary>
    public static string[]? ArnParts(string text) =>
        text.StartsWith("arn:", StringComparison.Ordinal) ? text.Split(':', 6) : null;

    /// <summary>The text with each deploy-time marker shown as <c>${…}</c>, for messages.</summary>
    public static string Display(string text) => Token.Mask(text);

    /// <summary>
    /// Whether a tag value matches a StringLike pattern: <c>*</c> matches zero or more non-whitespace characters, so
    /// a value with whitespace never matches a pattern with <c>*</c> (DG L3690-3691, L23246-23248). Null when the
    /// pattern holds <c>?</c>, whose meaning AWS Backup does not document.
    /// </summary>
    public static bool? Like(string value, string pattern)
    {
        if (pattern.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(value, pattern, StringComparison.Ordinal);
        }

        return !value.Any(char.IsWhiteSpace) && Wildcards.Glob(value, pattern);
    }

    /// <summary>The documented operator nearest to an unsupported one, or null when none is close.</summary>
    public static string? NearestOperator(string op)
    {
        var bare = op[(op.LastIndexOf(':') + 1)..]; // ForAnyValue:StringLike -> StringLike
        var contained = Operators.Where(o => bare.Contains(o, StringComparison.OrdinalIgnoreCase)).MaxBy(o => o.Length);
        if (contained is not null)
        {
            return contained;
        }

        var upper = bare.ToUpperInvariant();
        var (nearest, distance) = Operators.Select(o => (o, Spelling.Distance(upper, o.ToUpperInvariant(), Math.Max(3, bare.Length / 3)))).MinBy(p => p.Item2);
        return distance <= Math.Max(3, bare.Length / 3) ? nearest : null;
    }

}
