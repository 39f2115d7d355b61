using System.Collections.Frozen;

namespace Backup.Iac.Validation;

/// <summary>What AWS Backup supports per resource type (catalog table 1.2, DG §Feature availability by resource L369-735).</summary>
internal sealed record ResourceTypeFeatures(bool CrossRegionCopy, bool CrossAccountCopy, bool Continuous, bool FullManagement, bool ColdStorage);

/// <summary>Reference data on resource types (catalog tables 1.1 and 1.2).</summary>
internal static class ResourceTypeFacts
{
    public const string Aurora = "Aurora";
    public const string CloudFormation = "CloudFormation";
    public const string DocumentDb = "DocumentDB";
    public const string DynamoDb = "DynamoDB";
    public const string Ebs = "EBS";
    public const string Ec2 = "EC2";
    public const string Efs = "EFS";
    public const string Eks = "EKS";
    public const string Fsx = "FSx";
    public const string Neptune = "Neptune";
    public const string Rds = "RDS";
    public const string Redshift = "Redshift";
    public const string SapHana = "SAP HANA on Amazon EC2";
    public const string S3 = "S3";
    public const string StorageGateway = "Storage Gateway";
    public const string Timestream = "Timestream";
    public const string VirtualMachine = "VirtualMachine";

    /// <summary>
    /// Features by type. DynamoDB is taken with advanced features (the richer row) so that nothing is flagged that
    /// an account with advanced DynamoDB backup supports; Timestream counts as cold-capable (OQ-015); EKS, absent
    /// from the seed table, is given the fully managed row.
    /// </summary>
    public static readonly FrozenDictionary<string, ResourceTypeFeatures> Features = new Dictionary<string, ResourceTypeFeatures>
    {
        [Ec2] = new(true, true, false, false, false),
        [S3] = new(true, true, true, true, false),
        [Ebs] = new(true, true, false, false, true),
        [Rds] = new(true, true, true, false, false),
        [Aurora] = new(true, true, true, false, false),
        [Efs] = new(true, true, false, true, true),
        [Fsx] = new(true, true, false, false, false),
        [StorageGateway] = new(true, true, false, false, false),
        [DocumentDb] = new(true, true, false, false, false),
        [Neptune] = new(true, true, false, false, false),
        [Redshift] = new(false, false, false, false, false),
        [Timestream] = new(true, true, false, true, true),
        [VirtualMachine] = new(true, true, false, true, true),
        [CloudFormation] = new(true, true, false, true, true),
        [DynamoDb] = new(true, true, false, true, true),
        [SapHana] = new(false, false, true, true, true),
        [Eks] = new(true, true, false, true, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every documented resource-type string (table 1.1, with BOTO's <c>EKS</c>).</summary>
    public static IEnumerable<string> All => Features.Keys.Order(StringComparer.Ordinal);

    /// <summary>The types an ARN (or ARN pattern) in <c>Resources</c> can match; every type for <c>*</c>, none for an unknown namespace.</summary>
    public static IReadOnlySet<string> TypesOfArn(string arnOrWildcard)
    {
        if (arnOrWildcard == "*" || Token.IsUnresolved(Arn.TryParse(arnOrWildcard)?.Service ?? arnOrWildcard))
        {
            return AllTypes;
        }

        var arn = Arn.TryParse(arnOrWildcard);
        if (arn is null)
        {
            // The seeds' short forms select a whole service: arn:aws:fsx:*, arn:aws:rds:* (DG L3866-3870, L3924-3928).
            var parts = arnOrWildcard.Split(':');
            return parts is ["arn", _, var service, .. var rest] && rest.Length > 0 && rest[^1] == "*"
                ? TypesOfArn($"arn:{parts[1]}:{service}:*:*:*")
                : NoTypes;
        }

        var resource = arn.Resource;
        return arn.Service switch
        {
            "ec2" when resource.StartsWith("instance/", StringComparison.Ordinal) => Set(Ec2),
            "ec2" when resource.StartsWith("volume/", StringComparison.Ordinal) => Set(Ebs),
            "ec2" => Set(Ec2, Ebs),
            "rds" when resource.StartsWith("db:", StringComparison.Ordinal) => Set(Rds),
            "rds" when resource.StartsWith("cluster:", StringComparison.Ordinal) => Set(Aurora, DocumentDb, Neptune, Rds),
            "rds" => Set(Rds, Aurora, DocumentDb, Neptune),
            "dynamodb" => Set(DynamoDb),
            "elasticfilesystem" => Set(Efs),
            "fsx" => Set(Fsx),
            "s3" => Set(S3),
            "storagegateway" => Set(StorageGateway),
            "backup-gateway" => Set(VirtualMachine),
            "redshift" => Set(Redshift),
            "timestream" => Set(Timestream),
            "cloudformation" => Set(CloudFormation),
            "ssm-sap" => Set(SapHana),
            "eks" => Set(Eks),
            "*" => AllTypes,
            _ => NoTypes,
        };
    }

    /// <summary>The ARN service namespaces of supported types (SEL-021).</summary>
    public static readonly FrozenSet<string> Namespaces = new[]
    {
        "ec2", "rds", "dynamodb", "elasticfilesystem", "fsx", "s3", "storagegateway", "backup-gateway", "redshift",
        "timestream", "cloudformation", "ssm-sap", "eks",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> AllTypes = Features.Keys.ToFrozenSet(StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> NoTypes = FrozenSet<string>.Empty;

    private static FrozenSet<string> Set(params string[] types) => types.ToFrozenSet(StringComparer.Ordinal);
}
