namespace Backup.Iac.Validation.Selections;

/// <summary>One entry of a selection's <c>Conditions</c> under a documented operator, with its position.</summary>
internal sealed record ConditionEntry(string Operator, int Index, ConditionParameter Condition)
{
    /// <summary>The property path of the entry, e.g. <c>Conditions.StringLike[0]</c>.</summary>
    public string Property => $"Conditions.{Operator}[{Index}]";

    /// <summary>The property path of the entry's key.</summary>
    public string KeyProperty => Property + ".Key";

    /// <summary>The property path of the entry's value.</summary>
    public string ValueProperty => Property + ".Value";

    /// <summary>Whether the operator requires a match (StringEquals, StringLike) rather than a non-match.</summary>
    public bool IsPositive => Operator is SelectionFacts.StringEquals or SelectionFacts.StringLike;

    /// <summary>Whether the operator treats <c>*</c> as a wildcard.</summary>
    public bool IsLike => Operator is SelectionFacts.StringLike or SelectionFacts.StringNotLike;
}
