namespace Backup.Iac;

/// <summary>The Region's AWS Backup settings (<c>UpdateRegionSettings</c>) for the stack's account.</summary>
public sealed record RegionSettingsProps
{
    /// <summary>Which resource types AWS Backup protects in the Region (by type name, e.g. <c>DynamoDB</c>).</summary>
    /// <value>Default: unchanged.</value>
    public IReadOnlyDictionary<string, bool>? ResourceTypeOptInPreference { get; init; }

    /// <summary>Which types AWS Backup fully manages (<c>DynamoDB</c> advanced backup, <c>EFS</c>).</summary>
    /// <value>Default: unchanged.</value>
    public IReadOnlyDictionary<string, bool>? ResourceTypeManagementPreference { get; init; }
}
