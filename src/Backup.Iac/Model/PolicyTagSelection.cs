namespace Backup.Iac;

/// <summary>A selection by tag (<c>selections.tags.&lt;name&gt;</c>): resources whose <c>tag_key</c> has any of the <c>tag_value</c>s.</summary>
public sealed record PolicyTagSelection
{
    /// <summary><c>iam_role_arn</c>: the role AWS Backup assumes; <c>$account</c> stands for the account the plan runs in.</summary>
    public PolicyValue? IamRoleArn { get; init; }

    /// <summary><c>tag_key</c>: the tag to look for (case sensitive).</summary>
    public PolicyValue? TagKey { get; init; }

    /// <summary><c>tag_value</c>: the values that select a resource (a list; at most 30 per selection).</summary>
    public PolicyValue? TagValue { get; init; }

    /// <summary><c>conditions</c> that narrow the selection.</summary>
    /// <value>Default: none.</value>
    public PolicyConditions? Conditions { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>A selection of resources tagged <paramref name="tagKey"/> with one of <paramref name="tagValues"/>.</summary>
    /// <param name="roleArn">The role, e.g. <c>arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole</c>.</param>
    /// <param name="tagKey">The tag key.</param>
    /// <param name="tagValues">The tag values.</param>
    /// <returns>The selection.</returns>
    public static PolicyTagSelection Of(string roleArn, string tagKey, params string[] tagValues) => new()
    {
        IamRoleArn = PolicyValue.Assign(roleArn),
        TagKey = PolicyValue.Assign(tagKey),
        TagValue = PolicyValue.AssignList(tagValues),
    };
}
