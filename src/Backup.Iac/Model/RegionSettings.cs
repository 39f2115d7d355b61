namespace Backup.Iac;

/// <summary>The Region's AWS Backup settings. CloudFormation has no resource type for them: the Pulumi output carries them.</summary>
public sealed class RegionSettings : Construct
{
    internal RegionSettings(BackupStack stack, string id, RegionSettingsProps props)
        : base(stack, id) => Props = props;

    /// <summary>The settings.</summary>
    public RegionSettingsProps Props { get; }
}
