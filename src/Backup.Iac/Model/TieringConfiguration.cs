using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A tiering configuration (<c>AWS::Backup::TieringConfiguration</c>): moves S3 backups in a vault to a lower-cost tier.</summary>
public sealed class TieringConfiguration : Construct
{
    internal TieringConfiguration(BackupStack stack, string id, TieringConfigurationProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public TieringConfigurationProps Props { get; }

    /// <summary>The logical ID of the configuration resource.</summary>
    public string LogicalId { get; }

    /// <summary>The configuration's name.</summary>
    public string TieringConfigurationName => Props.TieringConfigurationName ?? Id;
}

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

// The stack's factory of TieringConfiguration, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a tiering configuration (S3 backups moved to a lower-cost tier).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The configuration's properties.</param>
    /// <returns>The tiering configuration.</returns>
    public TieringConfiguration AddTieringConfiguration(string id, TieringConfigurationProps props) => new(this, id, props);
}
