namespace Backup.Iac;

/// <summary>The Region's AWS Backup settings. CloudFormation has no resource type for them: the Pulumi output carries them.</summary>
public sealed class RegionSettings : Construct
{
    internal RegionSettings(BackupStack stack, string id, RegionSettingsProps props)
        : base(stack, id) => Props = props;

    /// <summary>The settings.</summary>
    public RegionSettingsProps Props { get; }
}

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

// The stack's factory of RegionSettings, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Sets the Region's AWS Backup settings (service opt-in and management). CloudFormation has no resource for them.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The settings.</param>
    /// <returns>The settings.</returns>
    public RegionSettings AddRegionSettings(string id, RegionSettingsProps props) => new(this, id, props);
}
