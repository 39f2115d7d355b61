using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary><c>AWS::Backup::TieringConfiguration</c>: the classic provider has no resource for it; the warning it gets instead.</summary>
internal sealed class TieringConfigurationMapping : UnsupportedMapping
{
    /// <summary>Tiering configurations have no resource in the classic provider.</summary>
    public static readonly Constraint Limit = new(
        "BKP8102", null, Severity.Warning,
        "The Pulumi aws provider cannot create tiering configurations",
        "The tiering configuration is not in Pulumi.yaml: the aws provider has no tiering configuration resource. Create it with `aws backup create-tiering-configuration` (or the CloudFormation output), or remove it from this stack.",
        PulumiLimits.Reference + "; resource list of @pulumi/aws 7.48.0 backup/index.js",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateTieringConfiguration.html")
    {
        Why = "AWS::Backup::TieringConfiguration exists in CloudFormation, but the classic provider has no `aws:backup` resource for it; without this warning the recovery points would stay in the warm tier.",
    };

    public override string CloudFormationType => ResourceTypes.TieringConfiguration;

    public override Constraint Warning => Limit;
}
