namespace Backup.Iac;

/// <summary>
/// What a framework control evaluates: resources with one tag, resources of some types, or one resource. An empty or
/// absent scope means every applicable resource. Use one kind per control, as the console does.
/// </summary>
public sealed record ControlScope
{
    /// <summary>The AWS Backup resource types to evaluate (<c>EC2</c>, <c>RDS</c>, <c>DynamoDB</c>, ...), or <c>AWS::Backup::BackupVault</c> with a vault name in <see cref="ComplianceResourceIds"/>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> ComplianceResourceTypes { get; init; } = [];

    /// <summary>The ID of the one resource to evaluate (with one type in <see cref="ComplianceResourceTypes"/>).</summary>
    /// <value>Default: absent (not the same as an empty list, which AWS rejects).</value>
    public IReadOnlyList<string>? ComplianceResourceIds { get; init; }

    /// <summary>The one tag that resources must carry; an empty value matches any value of the key.</summary>
    /// <value>Default: absent.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Resources tagged <paramref name="key"/> (with <paramref name="value"/>, or any value when it is empty).</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="value">The tag value; empty for any value.</param>
    /// <returns>The scope.</returns>
    public static ControlScope Tagged(string key, string value = "") => new() { Tags = new Dictionary<string, string> { [key] = value } };

    /// <summary>Resources of the given AWS Backup resource types.</summary>
    /// <param name="types">The types, e.g. <c>RDS</c>, <c>EFS</c>.</param>
    /// <returns>The scope.</returns>
    public static ControlScope ResourceTypes(params IReadOnlyList<string> types) => new() { ComplianceResourceTypes = types };

    /// <summary>One resource: its type and its ID.</summary>
    /// <param name="resourceType">The type, e.g. <c>AWS::Backup::BackupVault</c> or <c>EC2</c>.</param>
    /// <param name="resourceId">The resource's ID, e.g. a vault name or an instance ID.</param>
    /// <returns>The scope.</returns>
    public static ControlScope Resource(string resourceType, string resourceId) =>
        new() { ComplianceResourceTypes = [resourceType], ComplianceResourceIds = [resourceId] };

    /// <summary>One backup vault (type <c>AWS::Backup::BackupVault</c> and the vault's name, as the documentation's example).</summary>
    /// <param name="vault">The vault.</param>
    /// <returns>The scope.</returns>
    public static ControlScope Vault(IBackupVault vault)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return Resource(VaultType, vault.VaultName);
    }

    /// <summary>The CloudFormation type name the documentation uses to scope a control to one vault.</summary>
    public const string VaultType = "AWS::Backup::BackupVault";

    /// <summary>Whether the scope chooses nothing, which means every applicable resource.</summary>
    public bool IsEmpty => ComplianceResourceTypes.Count == 0 && ComplianceResourceIds is null && (Tags is null || Tags.Count == 0);

    /// <summary>The kinds of choice this scope makes (a vault scope with a type and an ID is a single resource).</summary>
    public ControlScopeKinds Kinds =>
        (Tags is { Count: > 0 } ? ControlScopeKinds.Tagged : ControlScopeKinds.None)
        | (ComplianceResourceIds is not null ? ControlScopeKinds.SingleResource
            : ComplianceResourceTypes.Count > 0 ? ControlScopeKinds.ResourceTypes : ControlScopeKinds.None);
}
