namespace Backup.Iac;

/// <summary>Properties of <see cref="ResourceTracking"/>: which resource types AWS Config records, and whether this stack creates the recorder.</summary>
public sealed record ResourceTrackingProps
{
    /// <summary>
    /// Whether a recorder managed elsewhere (for example by AWS Control Tower or another stack) already records in this
    /// account and Region. Then nothing is written; the declaration only tells validation and the audit what is recorded.
    /// </summary>
    /// <value>Default: false: the stack creates an AWS Config recorder and its delivery channel.</value>
    public bool ManagedElsewhere { get; init; }

    /// <summary>Whether every supported resource type is recorded (then <see cref="ResourceTypes"/> is ignored).</summary>
    /// <value>Default: false.</value>
    public bool AllSupported { get; init; }

    /// <summary>The AWS Config resource types recorded, e.g. <c>AWS::Backup::BackupPlan</c>.</summary>
    /// <value>Default: <see cref="ResourceTracking.AuditManagerTypes"/>, the five types every Audit Manager control needs.</value>
    public IReadOnlyList<string> ResourceTypes { get; init; } = ResourceTracking.AuditManagerTypes;

    /// <summary>The S3 bucket AWS Config delivers configuration snapshots to; its policy must let <c>config.amazonaws.com</c> check and write it.</summary>
    /// <value>Default: none: no delivery channel is created, and a recorder without one does not record.</value>
    public string? DeliveryBucketName { get; init; }

    /// <summary>The key prefix of the delivered files.</summary>
    /// <value>Default: none.</value>
    public string? DeliveryKeyPrefix { get; init; }

    /// <summary>Whether the stack creates the AWS Config service-linked role (only in accounts that have never used AWS Config; creating it again fails).</summary>
    /// <value>Default: false: the role <c>AWSServiceRoleForConfig</c> must exist.</value>
    public bool CreateServiceLinkedRole { get; init; }
}
