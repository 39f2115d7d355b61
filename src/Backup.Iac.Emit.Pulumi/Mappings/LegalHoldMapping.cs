using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary><c>AWS::Backup::LegalHold</c>: the classic provider has no resource for it; the warning it gets instead.</summary>
internal sealed class LegalHoldMapping : UnsupportedMapping
{
    /// <summary>Legal holds have no resource in the classic provider.</summary>
    public static readonly Constraint Limit = new(
        "BKP8101", null, Severity.Warning,
        "The Pulumi aws provider cannot create legal holds",
        "The legal hold is not in Pulumi.yaml: the aws provider has no legal hold resource. Create it with `aws backup create-legal-hold` (or the CloudFormation output), or remove it from this stack.",
        PulumiLimits.Reference + "; resource list of @pulumi/aws 7.48.0 backup/index.js",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/legalholds.html")
    {
        Why = "AWS::Backup::LegalHold exists in CloudFormation (and in aws-native), but the classic provider that Backup.Iac's Pulumi output targets has no `aws:backup` resource for it, so the hold would silently be missing from a `pulumi up`.",
    };

    public override string CloudFormationType => ResourceTypes.LegalHold;

    public override Constraint Warning => Limit;
}
