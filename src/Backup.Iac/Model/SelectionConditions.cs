namespace Backup.Iac;

/// <summary>The <c>Conditions</c> of a selection: every entry of every operator must match (AND).</summary>
public sealed record SelectionConditions
{
    /// <summary>Tag equals the value.</summary>
    public IReadOnlyList<ConditionParameter> StringEquals { get; init; } = [];

    /// <summary>Tag matches the pattern (<c>*</c> matches any characters but whitespace).</summary>
    public IReadOnlyList<ConditionParameter> StringLike { get; init; } = [];

    /// <summary>Tag does not equal the value.</summary>
    public IReadOnlyList<ConditionParameter> StringNotEquals { get; init; } = [];

    /// <summary>Tag does not match the pattern.</summary>
    public IReadOnlyList<ConditionParameter> StringNotLike { get; init; } = [];

    /// <summary>Operators other than the four documented ones, as read from a template (always reported).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ConditionParameter>>? Other { get; init; }

    /// <summary>Whether there is no condition at all.</summary>
    public bool IsEmpty => StringEquals.Count + StringLike.Count + StringNotEquals.Count + StringNotLike.Count == 0 && (Other is null || Other.Count == 0);

    /// <summary>Every entry with its operator name, in the documented operator order.</summary>
    /// <returns>The entries.</returns>
    public IEnumerable<(string Operator, ConditionParameter Condition)> All()
    {
        foreach (var c in StringEquals) { yield return ("StringEquals", c); }
        foreach (var c in StringLike) { yield return ("StringLike", c); }
        foreach (var c in StringNotEquals) { yield return ("StringNotEquals", c); }
        foreach (var c in StringNotLike) { yield return ("StringNotLike", c); }
        foreach (var (op, list) in Other ?? new Dictionary<string, IReadOnlyList<ConditionParameter>>())
        {
            foreach (var c in list) { yield return (op, c); }
        }
    }
}
