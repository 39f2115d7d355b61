namespace Backup.Iac;

/// <summary>
/// What a selection assigns to a plan: resources by ARN (wildcards allowed), or by tag (<c>ListOfTags</c>).
/// Entries are ORed: a resource is selected when it matches any of them.
/// </summary>
public sealed record BackupResource
{
    private BackupResource(string? arn, TagCondition? tag, string? intendedType)
    {
        Arn = arn;
        Tag = tag;
        IntendedType = intendedType;
    }

    /// <summary>The ARN (or ARN pattern), when this entry selects by ARN.</summary>
    public string? Arn { get; }

    /// <summary>The tag match, when this entry selects by tag.</summary>
    public TagCondition? Tag { get; }

    /// <summary>The resource type the user meant (e.g. <c>Aurora</c>), when a typed helper built the entry.</summary>
    public string? IntendedType { get; }

    /// <summary>Every resource that AWS Backup supports and that is opted in (<c>*</c>).</summary>
    /// <returns>The entry.</returns>
    public static BackupResource All() => new("*", null, null);

    /// <summary>A resource by ARN; <c>*</c> may end the resource part, or stand for the Region or account.</summary>
    /// <param name="arn">The ARN or pattern.</param>
    /// <returns>The entry.</returns>
    public static BackupResource FromArn(string arn) => new(arn, null, null);

    /// <summary>Resources that have a tag with exactly this value.</summary>
    /// <param name="key">The tag key.</param>
    /// <param name="value">The tag value.</param>
    /// <returns>The entry.</returns>
    public static BackupResource FromTag(string key, string value) => new(null, new TagCondition(key, value), null);

    /// <summary>Resources that match a tag condition, as given (for example one read from a template, with its <c>ConditionType</c>).</summary>
    /// <param name="tag">The tag condition.</param>
    /// <returns>The entry.</returns>
    public static BackupResource FromTag(TagCondition tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return new(null, tag, null);
    }

    /// <summary>A DynamoDB table of the stack's account and Region, by name (<c>*</c> for all).</summary>
    /// <param name="tableName">The table name.</param>
    /// <returns>The entry.</returns>
    public static BackupResource DynamoDbTable(string tableName) => Typed("DynamoDB", $"dynamodb:{Aws.Region}:{Aws.AccountId}:table/{tableName}");

    /// <summary>An EC2 instance by ID (<c>*</c> for all).</summary>
    /// <param name="instanceId">The instance ID, <c>i-...</c>.</param>
    /// <returns>The entry.</returns>
    public static BackupResource Ec2Instance(string instanceId) => Typed("EC2", $"ec2:{Aws.Region}:{Aws.AccountId}:instance/{instanceId}");

    /// <summary>An EBS volume by ID (<c>*</c> for all).</summary>
    /// <param name="volumeId">The volume ID, <c>vol-...</c>.</param>
    /// <returns>The entry.</returns>
    public static BackupResource EbsVolume(string volumeId) => Typed("EBS", $"ec2:{Aws.Region}:{Aws.AccountId}:volume/{volumeId}");

    /// <summary>An EFS file system by ID (<c>*</c> for all).</summary>
    /// <param name="fileSystemId">The file system ID, <c>fs-...</c>.</param>
    /// <returns>The entry.</returns>
    public static BackupResource EfsFileSystem(string fileSystemId) => Typed("EFS", $"elasticfilesystem:{Aws.Region}:{Aws.AccountId}:file-system/{fileSystemId}");

    /// <summary>An RDS DB instance by identifier (<c>*</c> for all).</summary>
    /// <param name="instanceIdentifier">The DB instance identifier.</param>
    /// <returns>The entry.</returns>
    public static BackupResource RdsInstance(string instanceIdentifier) => Typed("RDS", $"rds:{Aws.Region}:{Aws.AccountId}:db:{instanceIdentifier}");

    /// <summary>An Aurora DB cluster by identifier (<c>*</c> selects every RDS-family cluster).</summary>
    /// <param name="clusterIdentifier">The DB cluster identifier.</param>
    /// <returns>The entry.</returns>
    public static BackupResource AuroraCluster(string clusterIdentifier) => Typed("Aurora", $"rds:{Aws.Region}:{Aws.AccountId}:cluster:{clusterIdentifier}");

    /// <summary>
    /// An RDS Multi-AZ DB cluster (not Aurora, DocumentDB or Neptune, which share its <c>cluster:</c> ARN) by identifier.
    /// Its snapshots cannot be copied to another Region or account.
    /// </summary>
    /// <param name="clusterIdentifier">The DB cluster identifier.</param>
    /// <returns>The entry.</returns>
    public static BackupResource RdsMultiAzCluster(string clusterIdentifier) => Typed("RDS", $"rds:{Aws.Region}:{Aws.AccountId}:cluster:{clusterIdentifier}");

    /// <summary>An FSx file system by ID (<c>*</c> for all).</summary>
    /// <param name="fileSystemId">The file system ID, <c>fs-...</c>.</param>
    /// <returns>The entry.</returns>
    public static BackupResource FsxFileSystem(string fileSystemId) => Typed("FSx", $"fsx:{Aws.Region}:{Aws.AccountId}:file-system/{fileSystemId}");

    /// <summary>An S3 bucket by name (a trailing <c>*</c> selects a prefix). The bucket needs versioning.</summary>
    /// <param name="bucketName">The bucket name.</param>
    /// <returns>The entry.</returns>
    public static BackupResource S3Bucket(string bucketName) => new($"arn:{Aws.Partition}:s3:::{bucketName}", null, "S3");

    /// <summary>An S3 bucket that the estate does not create; what it declares (<see cref="ExternalBucket.Versioned"/>) is judged (XR-024).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The entry.</returns>
    public static BackupResource S3Bucket(ExternalBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return new(bucket.BucketArn, null, "S3") { Bucket = bucket };
    }

    /// <summary>The bucket, when the entry was built from an <see cref="ExternalBucket"/>.</summary>
    public ExternalBucket? Bucket { get; private init; }

    /// <summary>An Amazon Timestream table.</summary>
    /// <param name="databaseName">The database.</param>
    /// <param name="tableName">The table.</param>
    /// <returns>The entry.</returns>
    public static BackupResource TimestreamTable(string databaseName, string tableName) =>
        Typed("Timestream", $"timestream:{Aws.Region}:{Aws.AccountId}:database/{databaseName}/table/{tableName}");

    private static BackupResource Typed(string type, string rest) => new($"arn:{Aws.Partition}:{rest}", null, type);
}
