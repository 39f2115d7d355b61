using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// One setting of a backup policy: its value-setting operator and value(s), for example
/// <c>"delete_after_days": {"@@assign": "35"}</c> or <c>"regions": {"@@append": ["us-east-1"]}</c>, and optionally the
/// child control operator that limits what policies lower in the organization may do with it.
/// </summary>
public sealed record PolicyValue
{
    /// <summary>The value-setting operator.</summary>
    /// <value>Default: <see cref="PolicyOperator.Assign"/>; null when the node only carries a child control operator.</value>
    public PolicyOperator? Operator { get; init; } = PolicyOperator.Assign;

    /// <summary>The values: one for a single-valued setting, any number for a list.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Whether the value is written as a JSON array (multi-valued settings such as <c>regions</c>).</summary>
    public bool IsList { get; init; }

    /// <summary>How the values are written in JSON.</summary>
    /// <value>Default: strings, as in the documented policies (numbers too: <c>"60"</c>).</value>
    public PolicyValueKind Kind { get; init; } = PolicyValueKind.String;

    /// <summary>
    /// Whether the value was written without an operator, as an effective policy displays it
    /// (<c>"schedule_expression": "cron(...)"</c>). Such a policy cannot be attached as is (OPS-007).
    /// </summary>
    public bool IsBare { get; init; }

    /// <summary>The child control operator on this setting.</summary>
    /// <value>Default: none (children may use every operator unless a parent policy says otherwise).</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>The single value of a single-valued setting, or null.</summary>
    public string? Text => !IsList && Values.Count == 1 ? Values[0] : null;

    /// <summary><c>{"@@assign": "value"}</c>.</summary>
    /// <param name="value">The value; may hold a deploy-time token (<see cref="StackParameter.Value"/>).</param>
    /// <returns>The setting.</returns>
    public static PolicyValue Assign(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new() { Values = [value] };
    }

    /// <summary><c>{"@@assign": "60"}</c>: a whole number, written as a string as the documented policies do.</summary>
    /// <param name="number">The number (days or minutes, as the key says).</param>
    /// <returns>The setting.</returns>
    public static PolicyValue Assign(long number) => new() { Values = [number.ToString(CultureInfo.InvariantCulture)] };

    /// <summary><c>{"@@assign": true}</c>.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The setting.</returns>
    public static PolicyValue Assign(bool flag) => new() { Values = [flag ? "true" : "false"], Kind = PolicyValueKind.Boolean };

    /// <summary><c>{"@@assign": ["a", "b"]}</c>: replaces an inherited list.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The setting.</returns>
    public static PolicyValue AssignList(params string[] values) => List(PolicyOperator.Assign, values);

    /// <summary><c>{"@@append": ["a"]}</c>: adds to an inherited list.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The setting.</returns>
    public static PolicyValue Append(params string[] values) => List(PolicyOperator.Append, values);

    /// <summary><c>{"@@remove": ["a"]}</c>: removes from an inherited list.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The setting.</returns>
    public static PolicyValue Remove(params string[] values) => List(PolicyOperator.Remove, values);

    /// <summary>This setting, locked: policies lower in the organization cannot change it (<c>["@@none"]</c>).</summary>
    /// <returns>The setting.</returns>
    public PolicyValue Locked() => this with { OperatorsAllowedForChildPolicies = PolicyChildOperators.None };

    /// <summary>This setting, with the operators that policies lower in the organization may use on it.</summary>
    /// <param name="operators">The allowed operators.</param>
    /// <returns>The setting.</returns>
    public PolicyValue AllowingChildren(params PolicyOperator[] operators) => this with { OperatorsAllowedForChildPolicies = PolicyChildOperators.Only(operators) };

    /// <summary>The value as a whole number, when it is one and is known at synth time.</summary>
    /// <param name="number">The number.</param>
    /// <returns>True when the single value is a whole number.</returns>
    public bool TryGetWholeNumber(out long number)
    {
        number = 0;
        return Text is { } t && !Token.IsUnresolved(t) && long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The value as a boolean (<c>true</c>/<c>false</c>, as a JSON boolean or a string), when it is one.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>True when the single value is a boolean.</returns>
    public bool TryGetBoolean(out bool flag)
    {
        flag = false;
        return Text is { } t && bool.TryParse(t, out flag);
    }

    /// <summary>Whether any value holds a deploy-time token.</summary>
    public bool IsUnresolved => Values.Any(Token.IsUnresolved);

    /// <inheritdoc />
    public bool Equals(PolicyValue? other) =>
        other is not null && Operator == other.Operator && IsList == other.IsList && Kind == other.Kind && IsBare == other.IsBare
        && Values.SequenceEqual(other.Values, StringComparer.Ordinal) && Equals(OperatorsAllowedForChildPolicies, other.OperatorsAllowedForChildPolicies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operator, Values.Count, IsList);

    /// <inheritdoc />
    public override string ToString() =>
        (Operator is { } op ? PolicyOperators.Name(op) + " " : "") + (IsList ? "[" + string.Join(", ", Values) + "]" : Text ?? "");

    private static PolicyValue List(PolicyOperator op, string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new() { Operator = op, Values = [.. values], IsList = true };
    }
}
