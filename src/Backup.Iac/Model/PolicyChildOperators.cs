namespace Backup.Iac;

/// <summary>
/// The child control operator <c>@@operators_allowed_for_child_policies</c> of a policy node: which value-setting
/// operators policies attached lower in the organization may use on this node. A child cannot relax it.
/// </summary>
public sealed record PolicyChildOperators
{
    /// <summary>The operators as written, e.g. <c>@@all</c>, <c>@@none</c>, <c>@@assign</c>, <c>@@append</c>, <c>@@remove</c>.</summary>
    public required IReadOnlyList<string> Operators { get; init; }

    /// <summary><c>["@@all"]</c>: children may use every operator (the default).</summary>
    public static PolicyChildOperators All { get; } = new() { Operators = ["@@all"] };

    /// <summary><c>["@@none"]</c>: children cannot change this node (the value is locked).</summary>
    public static PolicyChildOperators None { get; } = new() { Operators = ["@@none"] };

    /// <summary>Only the given operators.</summary>
    /// <param name="operators">The operators children may use.</param>
    /// <returns>The child control operator.</returns>
    public static PolicyChildOperators Only(params PolicyOperator[] operators)
    {
        ArgumentNullException.ThrowIfNull(operators);
        return operators.Length == 0 ? None : new() { Operators = [.. operators.Distinct().Select(PolicyOperators.Name)] };
    }

    /// <summary>Whether children may use <paramref name="op"/> on this node.</summary>
    /// <param name="op">The operator.</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(PolicyOperator op) =>
        Operators.Contains("@@all", StringComparer.Ordinal) || Operators.Contains(PolicyOperators.Name(op), StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(PolicyChildOperators? other) => other is not null && Operators.SequenceEqual(other.Operators, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => Operators.Count;

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Operators.Select(o => "\"" + o + "\"")) + "]";
}

/// <summary>The JSON names of the policy operators.</summary>
internal static class PolicyOperators
{
    public const string Assign = "@@assign";
    public const string Append = "@@append";
    public const string Remove = "@@remove";
    public const string ChildControl = "@@operators_allowed_for_child_policies";
    public const string All = "@@all";
    public const string None = "@@none";

    public static string Name(PolicyOperator op) => op switch
    {
        PolicyOperator.Append => Append,
        PolicyOperator.Remove => Remove,
        _ => Assign,
    };

    public static PolicyOperator? Parse(string name) => name switch
    {
        Assign => PolicyOperator.Assign,
        Append => PolicyOperator.Append,
        Remove => PolicyOperator.Remove,
        _ => null,
    };
}
