namespace Backup.Iac;

/// <summary>The account's AWS Backup global settings. CloudFormation has no resource type for them: the Pulumi output carries them.</summary>
public sealed class GlobalSettings : Construct
{
    internal GlobalSettings(BackupStack stack, string id, GlobalSettingsProps props)
        : base(stack, id) => Props = props;

    /// <summary>The settings.</summary>
    public GlobalSettingsProps Props { get; }
}
