namespace Backup.Iac;

/// <summary>One condition of a policy selection: <c>condition_key</c> (e.g. <c>aws:ResourceTag/Department</c>) and <c>condition_value</c>.</summary>
public sealed record PolicyCondition
{
    /// <summary><c>condition_key</c>.</summary>
    public PolicyValue? ConditionKey { get; init; }

    /// <summary><c>condition_value</c>.</summary>
    public PolicyValue? ConditionValue { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>A condition with its key and value assigned.</summary>
    /// <param name="key">The condition key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static PolicyCondition Of(string key, string value) => new() { ConditionKey = PolicyValue.Assign(key), ConditionValue = PolicyValue.Assign(value) };
}
