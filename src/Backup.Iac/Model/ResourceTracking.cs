using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// Resource tracking: the AWS Config recorder that AWS Backup Audit Manager needs in each account and Region before
/// a framework can evaluate anything (<c>AWS::Config::ConfigurationRecorder</c> with its delivery channel, using the
/// <c>AWSServiceRoleForConfig</c> service-linked role), or a declaration that a recorder managed elsewhere records.
/// Frameworks of the same stack are created after it.
/// </summary>
public sealed class ResourceTracking : Construct
{
    /// <summary>The AWS Config type that records compliance results; every control needs it.</summary>
    public const string ResourceComplianceType = "AWS::Config::ResourceCompliance";

    internal ResourceTracking(BackupStack stack, string id, ResourceTrackingProps props)
        : base(stack, id)
    {
        Props = props;
        RecorderLogicalId = LogicalIds.FromPath(StackRelativePath + "/Recorder");
        DeliveryChannelLogicalId = LogicalIds.FromPath(StackRelativePath + "/DeliveryChannel");
        ServiceLinkedRoleLogicalId = LogicalIds.FromPath(StackRelativePath + "/ServiceLinkedRole");
    }

    /// <summary>The resource types every Audit Manager control needs recorded: backup plans, selections, vaults, recovery points and resource compliance (DG L13484-13488).</summary>
    public static IReadOnlyList<string> AuditManagerTypes { get; } =
        ["AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::Backup::BackupVault", "AWS::Backup::RecoveryPoint", ResourceComplianceType];

    /// <summary>The properties given at creation.</summary>
    public ResourceTrackingProps Props { get; }

    /// <summary>The logical ID of the recorder.</summary>
    public string RecorderLogicalId { get; }

    /// <summary>The logical ID of the delivery channel.</summary>
    public string DeliveryChannelLogicalId { get; }

    /// <summary>The logical ID of the service-linked role, when the stack creates it.</summary>
    public string ServiceLinkedRoleLogicalId { get; }

    /// <summary>
    /// Whether the construct was read from a linted template's <c>AWS::Config::ConfigurationRecorder</c> only as a fact
    /// for the checks (PRE-001..005): it is not lowered, so what <c>convert</c> writes is unchanged.
    /// </summary>
    internal bool FactOnly { get; init; }

    /// <summary>Whether AWS Config records a resource type.</summary>
    /// <param name="configType">The AWS Config type, e.g. <c>AWS::Backup::BackupPlan</c>.</param>
    /// <returns>True when recorded.</returns>
    public bool Records(string configType) => Props.AllSupported || Props.ResourceTypes.Contains(configType, StringComparer.Ordinal);
}

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

// The stack's factory of ResourceTracking, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds resource tracking (the AWS Config recorder Audit Manager needs), or declares one managed elsewhere.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The recorder's properties.</param>
    /// <returns>The resource tracking.</returns>
    public ResourceTracking AddResourceTracking(string id, ResourceTrackingProps? props = null) => new(this, id, props ?? new ResourceTrackingProps());
}
