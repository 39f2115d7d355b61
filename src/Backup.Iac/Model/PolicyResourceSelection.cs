namespace Backup.Iac;

/// <summary>A selection by resource ARN pattern (<c>selections.resources.&lt;name&gt;</c>).</summary>
public sealed record PolicyResourceSelection
{
    /// <summary><c>iam_role_arn</c>: the role AWS Backup assumes.</summary>
    public PolicyValue? IamRoleArn { get; init; }

    /// <summary><c>resource_types</c>: ARN patterns such as <c>arn:aws:ec2:*:*:volume/*</c>, or <c>*</c>.</summary>
    public PolicyValue? ResourceTypes { get; init; }

    /// <summary><c>not_resource_types</c>: ARN patterns to leave out.</summary>
    /// <value>Default: none.</value>
    public PolicyValue? NotResourceTypes { get; init; }

    /// <summary><c>conditions</c> that narrow the selection.</summary>
    /// <value>Default: none.</value>
    public PolicyConditions? Conditions { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
