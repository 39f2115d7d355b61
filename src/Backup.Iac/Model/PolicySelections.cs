namespace Backup.Iac;

/// <summary>The <c>selections</c> of a policy plan: by tag and by resource type.</summary>
public sealed record PolicySelections
{
    /// <summary><c>tags</c>: selections by tag, by name.</summary>
    public PolicyMap<PolicyTagSelection>? Tags { get; init; }

    /// <summary><c>resources</c>: selections by resource ARN pattern, by name.</summary>
    public PolicyMap<PolicyResourceSelection>? Resources { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
