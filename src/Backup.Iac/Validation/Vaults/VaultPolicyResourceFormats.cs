using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// VPOL-005: the resources of a vault policy are <c>*</c>, a vault or plan ARN, or one of the documented recovery point
/// ARN formats (DG §AWS Backup resource ARNs L17263-17410). Values with deploy-time parts are not checked.
/// </summary>
internal sealed partial class VaultPolicyResourceFormats : IValidator<BackupVault>, IValidator<VaultFacets>
{
    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        foreach (var (i, statement, j, resource) in view.KnownStrings("Resource").Where(r => !IsDocumented(r.Text)))
        {
            vault.Report(context, VaultConstraints.PolicyResourceShape, view.Property(i, nameof(PolicyStatement.Resources), j), view.Label(i, statement), resource);
        }
    }

    /// <summary>Whether a resource is <c>*</c> or has a documented shape (any partition, Region and account).</summary>
    private static bool IsDocumented(string resource)
    {
        if (resource == "*")
        {
            return true;
        }

        if (Arn.TryParse(resource) is not { } arn || !(arn.Partition == "*" || Patterns.Partition().IsMatch(arn.Partition)))
        {
            return false;
        }

        var part = arn.Resource;
        return part == "*" ? arn.Service is "backup" or "ec2" or "rds" or "fsx" or "dynamodb"
            : arn.Service switch
            {
                "backup" => BackupResource().IsMatch(part),
                "ec2" => part.StartsWith("snapshot/", StringComparison.Ordinal) || part.StartsWith("image/", StringComparison.Ordinal),
                "rds" => part.StartsWith("snapshot:awsbackup:", StringComparison.Ordinal) || part.StartsWith("cluster-snapshot:awsbackup:", StringComparison.Ordinal),
                "fsx" => part.StartsWith("backup/", StringComparison.Ordinal),
                "dynamodb" => DynamoDbBackup().IsMatch(part),
                _ => false,
            };
    }

    /// <summary>Vaults, plans and recovery points of AWS Backup (the guide also prints <c>::recovery-point</c>).</summary>
    [GeneratedRegex(@"^:?(backup-vault|backup-plan|recovery-point):", RegexOptions.CultureInvariant)]
    private static partial Regex BackupResource();

    /// <summary>DynamoDB backups without advanced features: <c>table/NAME/backup/ID</c>.</summary>
    [GeneratedRegex(@"^table/[^/]+/backup/", RegexOptions.CultureInvariant)]
    private static partial Regex DynamoDbBackup();
}
