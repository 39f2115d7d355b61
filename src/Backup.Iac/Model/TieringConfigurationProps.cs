namespace Backup.Iac;

/// <summary>Properties of a <see cref="TieringConfiguration"/>.</summary>
public sealed record TieringConfigurationProps
{
    /// <summary>The configuration's name: 1 to 200 letters, digits or <c>_</c>. It cannot change after creation.</summary>
    /// <value>Default: the construct ID.</value>
    public string? TieringConfigurationName { get; init; }

    /// <summary>The vault whose backups are tiered (a vault of this app, or <see cref="BackupVault.FromName"/>).</summary>
    public required IBackupVault Vault { get; init; }

    /// <summary>The selections (at most 5).</summary>
    public required IReadOnlyList<TieringResourceSelection> ResourceSelection { get; init; }

    /// <summary>Tags of the configuration.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
