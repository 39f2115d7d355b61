namespace Backup.Iac;

/// <summary>A tag in a backup policy (<c>recovery_point_tags</c>, <c>backup_plan_tags</c>): <c>tag_key</c> and <c>tag_value</c>.</summary>
public sealed record PolicyTag
{
    /// <summary>The tag key (<c>tag_key</c>), case sensitive.</summary>
    public PolicyValue? TagKey { get; init; }

    /// <summary>The tag value (<c>tag_value</c>), case sensitive.</summary>
    public PolicyValue? TagValue { get; init; }

    /// <summary>The child control operator on this entry.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>A tag whose key and value are assigned.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The tag.</returns>
    public static PolicyTag Of(string key, string value) => new() { TagKey = PolicyValue.Assign(key), TagValue = PolicyValue.Assign(value) };
}
