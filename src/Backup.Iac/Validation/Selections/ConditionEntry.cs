namespace Backup.Iac.Validation.Selections;

/// <summary>One entry of a selection's <c>Conditions</c> under a documented operator, with its position.</summary>
internal sealed record ConditionEntry(string Operator, int Index, ConditionParameter Condition)
{
    /// <summary>The property path of the entry, e.g. <c>Conditions.StringLike[0]</c>.</summary>
    public PropertyPath Property => PropertyPath.Of(nameof(BackupSelectionOptions.Conditions)).Then(Operator).Index(Index);

    /// <summary>The property path of the entry's key.</summary>
    public PropertyPath KeyProperty => Property.Then(nameof(ConditionParameter.Key));

    /// <summary>The property path of the entry's value.</summary>
    public PropertyPath ValueProperty => Property.Then(nameof(ConditionParameter.Value));

    /// <summary>Whether the operator requires a match (StringEquals, StringLike) rather than a non-match.</summary>
    public bool IsPositive => Operator is SelectionFacts.StringEquals or SelectionFacts.StringLike;

    /// <summary>Whether the operator treats <c>*</c> as a wildcard.</summary>
    public bool IsLike => Operator is SelectionFacts.StringLike or SelectionFacts.StringNotLike;
}
