namespace Backup.Iac;

/// <summary>The account's AWS Backup global settings. CloudFormation has no resource type for them: the Pulumi output carries them.</summary>
public sealed class GlobalSettings : Construct
{
    internal GlobalSettings(BackupStack stack, string id, GlobalSettingsProps props)
        : base(stack, id) => Props = props;

    /// <summary>The settings.</summary>
    public GlobalSettingsProps Props { get; }
}

/// <summary>The account's AWS Backup global settings (<c>UpdateGlobalSettings</c>); only the organization's management account may set them.</summary>
public sealed record GlobalSettingsProps
{
    /// <summary>Cross-account backup (needed for copies to other accounts of the organization).</summary>
    /// <value>Default: unchanged.</value>
    public bool? IsCrossAccountBackupEnabled { get; init; }

    /// <summary>Multi-party approval.</summary>
    /// <value>Default: unchanged.</value>
    public bool? IsMpaEnabled { get; init; }

    /// <summary>Delegated administration.</summary>
    /// <value>Default: unchanged.</value>
    public bool? IsDelegatedAdministratorEnabled { get; init; }

    /// <summary>Other settings by their API key, with string values <c>"true"</c> or <c>"false"</c> (validated).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Other { get; init; }
}

// The stack's factory of GlobalSettings, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Sets the account's AWS Backup global settings (management account only). CloudFormation has no resource for them.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The settings.</param>
    /// <returns>The settings.</returns>
    public GlobalSettings AddGlobalSettings(string id, GlobalSettingsProps props) => new(this, id, props);
}
