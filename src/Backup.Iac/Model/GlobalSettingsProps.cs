namespace Backup.Iac;

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
