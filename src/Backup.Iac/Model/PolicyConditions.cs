namespace Backup.Iac;

/// <summary>The <c>conditions</c> of a policy selection: named conditions under each operator (all must hold).</summary>
public sealed record PolicyConditions
{
    /// <summary><c>string_equals</c>.</summary>
    public PolicyMap<PolicyCondition>? StringEquals { get; init; }

    /// <summary><c>string_not_equals</c>.</summary>
    public PolicyMap<PolicyCondition>? StringNotEquals { get; init; }

    /// <summary><c>string_like</c>.</summary>
    public PolicyMap<PolicyCondition>? StringLike { get; init; }

    /// <summary><c>string_not_like</c>.</summary>
    public PolicyMap<PolicyCondition>? StringNotLike { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>All conditions with their operator's JSON key, in order.</summary>
    /// <returns>The conditions.</returns>
    public IEnumerable<(string Operator, string Name, PolicyCondition Condition)> All()
    {
        foreach (var (op, map) in new[] { ("string_equals", StringEquals), ("string_not_equals", StringNotEquals), ("string_like", StringLike), ("string_not_like", StringNotLike) })
        {
            foreach (var (name, condition) in map ?? [])
            {
                yield return (op, name, condition);
            }
        }
    }
}
