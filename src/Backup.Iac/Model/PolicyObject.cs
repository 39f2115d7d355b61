namespace Backup.Iac;

/// <summary>
/// A policy node whose inner keys the documentation does not spell out yet (<c>scan_actions</c>, <c>scan_settings</c>):
/// its settings and nested nodes are kept as written and validated only where the values are documented.
/// </summary>
public sealed record PolicyObject
{
    /// <summary>The settings (nodes with a value-setting operator), by key.</summary>
    public PolicyMap<PolicyValue> Settings { get; init; } = new();

    /// <summary>The nested nodes, by key.</summary>
    public PolicyMap<PolicyObject> Objects { get; init; } = new();

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
