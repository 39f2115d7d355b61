namespace Backup.Iac;

/// <summary>Tag conditions of a restore testing selection, evaluated on the latest recovery point.</summary>
public sealed record ProtectedResourceConditions
{
    /// <summary>Tag equals the value.</summary>
    public IReadOnlyList<ConditionParameter> StringEquals { get; init; } = [];

    /// <summary>Tag does not equal the value.</summary>
    public IReadOnlyList<ConditionParameter> StringNotEquals { get; init; } = [];

    /// <summary>Operators other than the two documented ones, as read from a template (always reported).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ConditionParameter>>? Other { get; init; }
}
