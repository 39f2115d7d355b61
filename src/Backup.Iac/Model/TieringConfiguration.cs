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
