using System.Diagnostics.CodeAnalysis;

namespace Backup.Iac;

/// <summary>
/// An S3 bucket that the estate does not create (a report plan's <see cref="ReportDeliveryChannel.S3BucketName"/>, a
/// bucket a selection names with <see cref="BackupResource.S3Bucket(ExternalBucket)"/>), referenced by name, with what
/// is known about it. It is written as its name (or ARN) in every output (CloudFormation, Pulumi and the CDK); a string
/// converts to it (and back), so bucket names keep working.
/// </summary>
public sealed record ExternalBucket
{
    private ExternalBucket(string bucketName) => BucketName = bucketName;

    /// <summary>The bucket's name (may hold tokens).</summary>
    public string BucketName { get; }

    /// <summary>The bucket's ARN (<c>arn:PARTITION:s3:::NAME</c>).</summary>
    public string BucketArn => $"arn:{Aws.Partition}:s3:::{BucketName}";

    /// <summary>
    /// What is known about the bucket's versioning: true when S3 Versioning is enabled, false when it is not (XR-024
    /// then reports that every backup of the bucket fails, since AWS Backup for S3 requires versioning).
    /// </summary>
    /// <value>Default: unknown (null): versioning is not judged.</value>
    public bool? Versioned { get; init; }

    /// <summary>
    /// What is known about the bucket's policy: true when it lets the <c>AWSServiceRoleForBackupReports</c> role call
    /// <c>s3:PutObject</c>, false when it does not (RPT-022 then reports that a report plan cannot deliver to it).
    /// </summary>
    /// <value>Default: unknown (null): the bucket policy is not judged.</value>
    public bool? AllowsReportDelivery { get; init; }

    /// <summary>A bucket by name.</summary>
    /// <param name="bucketName">The bucket's name (a literal or a token).</param>
    /// <returns>The reference.</returns>
    public static ExternalBucket FromName(string bucketName)
    {
        ArgumentNullException.ThrowIfNull(bucketName);
        return new ExternalBucket(bucketName);
    }

    /// <summary>A bucket name as a reference with nothing declared about it.</summary>
    /// <param name="bucketName">The name, or null.</param>
    [return: NotNullIfNotNull(nameof(bucketName))]
    public static implicit operator ExternalBucket?(string? bucketName) => bucketName is null ? null : new ExternalBucket(bucketName);

    /// <summary>The bucket's name.</summary>
    /// <param name="bucket">The bucket, or null.</param>
    [return: NotNullIfNotNull(nameof(bucket))]
    public static implicit operator string?(ExternalBucket? bucket) => bucket?.BucketName;

    /// <inheritdoc />
    public override string ToString() => BucketName;
}
