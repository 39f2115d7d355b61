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
