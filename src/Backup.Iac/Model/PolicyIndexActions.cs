namespace Backup.Iac;

/// <summary>The <c>index_actions</c> of a backup policy rule: which recovery points are indexed for search.</summary>
public sealed record PolicyIndexActions
{
    /// <summary><c>resource_types</c>: <c>EBS</c>, <c>S3</c>.</summary>
    public PolicyValue? ResourceTypes { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
