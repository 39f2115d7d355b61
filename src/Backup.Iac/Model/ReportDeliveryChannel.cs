namespace Backup.Iac;

/// <summary>Where and how a report plan delivers its reports: an S3 bucket, an optional key prefix, and the formats.</summary>
public sealed record ReportDeliveryChannel
{
    /// <summary>The name of the S3 bucket that receives the reports (a name, not an ARN; a string or an <see cref="ExternalBucket"/>). Its bucket policy must let the AWSServiceRoleForBackupReports role put objects.</summary>
    public required ExternalBucket S3BucketName { get; init; }

    /// <summary>The key prefix: reports land under <c>s3://BUCKET/PREFIX/Backup/ACCOUNT/REGION/YEAR/MONTH/DAY/</c>.</summary>
    /// <value>Default: no prefix.</value>
    public string? S3KeyPrefix { get; init; }

    /// <summary>The formats of the reports.</summary>
    /// <value>Default: none given, which AWS treats as CSV.</value>
    public IReadOnlyList<ReportFormat> Formats { get; init; } = [];

    /// <summary>Reports delivered to a bucket.</summary>
    /// <param name="bucketName">The bucket's name.</param>
    /// <param name="keyPrefix">The key prefix, or null for none.</param>
    /// <param name="formats">The formats (CSV when none is given).</param>
    /// <returns>The delivery channel.</returns>
    public static ReportDeliveryChannel ToBucket(string bucketName, string? keyPrefix = null, params IReadOnlyList<ReportFormat> formats) =>
        new() { S3BucketName = bucketName, S3KeyPrefix = keyPrefix, Formats = formats };

    /// <summary>Reports delivered to a bucket that the estate does not create; what it declares (<see cref="ExternalBucket.AllowsReportDelivery"/>) is judged (RPT-022).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="keyPrefix">The key prefix, or null for none.</param>
    /// <param name="formats">The formats (CSV when none is given).</param>
    /// <returns>The delivery channel.</returns>
    public static ReportDeliveryChannel ToBucket(ExternalBucket bucket, string? keyPrefix = null, params IReadOnlyList<ReportFormat> formats) =>
        new() { S3BucketName = bucket, S3KeyPrefix = keyPrefix, Formats = formats };
}
