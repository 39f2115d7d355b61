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
        var arn = arnOrWildcard == "*" ? null : Arn.TryParse(arnOrWildcard);
        if (arnOrWildcard == "*" || Token.IsUnresolved(arn?.Service ?? arnOrWildcard))
        {
            return AllTypes;
        }

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
            "ec2" when resource.StartsWith("instance/", StringComparison.Ordinal) => Sets.Ec2,
            "ec2" when resource.StartsWith("volume/", StringComparison.Ordinal) => Sets.Ebs,
            "ec2" => Sets.Ec2AndEbs,
            "rds" when resource.StartsWith("db:", StringComparison.Ordinal) => Sets.Rds,
            "rds" when resource.StartsWith("cluster:", StringComparison.Ordinal) => Sets.RdsCluster,
            "rds" => Sets.RdsFamily,
            "dynamodb" => Sets.DynamoDb,
            "elasticfilesystem" => Sets.Efs,
            "fsx" => Sets.Fsx,
            "s3" => Sets.S3,
            "storagegateway" => Sets.StorageGateway,
            "backup-gateway" => Sets.VirtualMachine,
            "redshift" => Sets.Redshift,
            "timestream" => Sets.Timestream,
            "cloudformation" => Sets.CloudFormation,
            "ssm-sap" => Sets.SapHana,
            "eks" => Sets.Eks,
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

    /// <summary>The answers of <see cref="TypesOfArn"/>, built once (it runs per ARN entry of every selection).</summary>
    private static class Sets
    {
        public static readonly FrozenSet<string> Ec2 = Set(ResourceTypeFacts.Ec2);
        public static readonly FrozenSet<string> Ebs = Set(ResourceTypeFacts.Ebs);
        public static readonly FrozenSet<string> Ec2AndEbs = Set(ResourceTypeFacts.Ec2, ResourceTypeFacts.Ebs);
        public static readonly FrozenSet<string> Rds = Set(ResourceTypeFacts.Rds);
        public static readonly FrozenSet<string> RdsCluster = Set(Aurora, DocumentDb, Neptune, ResourceTypeFacts.Rds);
        public static readonly FrozenSet<string> RdsFamily = Set(ResourceTypeFacts.Rds, Aurora, DocumentDb, Neptune);
        public static readonly FrozenSet<string> DynamoDb = Set(ResourceTypeFacts.DynamoDb);
        public static readonly FrozenSet<string> Efs = Set(ResourceTypeFacts.Efs);
        public static readonly FrozenSet<string> Fsx = Set(ResourceTypeFacts.Fsx);
        public static readonly FrozenSet<string> S3 = Set(ResourceTypeFacts.S3);
        public static readonly FrozenSet<string> StorageGateway = Set(ResourceTypeFacts.StorageGateway);
        public static readonly FrozenSet<string> VirtualMachine = Set(ResourceTypeFacts.VirtualMachine);
        public static readonly FrozenSet<string> Redshift = Set(ResourceTypeFacts.Redshift);
        public static readonly FrozenSet<string> Timestream = Set(ResourceTypeFacts.Timestream);
        public static readonly FrozenSet<string> CloudFormation = Set(ResourceTypeFacts.CloudFormation);
        public static readonly FrozenSet<string> SapHana = Set(ResourceTypeFacts.SapHana);
        public static readonly FrozenSet<string> Eks = Set(ResourceTypeFacts.Eks);

        private static FrozenSet<string> Set(params string[] types) => types.ToFrozenSet(StringComparer.Ordinal);
    }
}
