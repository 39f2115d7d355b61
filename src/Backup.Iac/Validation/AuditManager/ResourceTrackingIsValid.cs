using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>PRE-002 (resource compliance recorded) and PRE-005 (a created recorder has a delivery channel).</summary>
internal sealed class ResourceTrackingIsValid : IValidator<ResourceTracking>
{
    public void Check(ResourceTracking tracking, ValidationContext context)
    {
        if (!tracking.Records(ResourceTracking.ResourceComplianceType))
        {
            context.Report(FrameworkConstraints.ResourceComplianceNotRecorded, tracking, null, nameof(ResourceTrackingProps.ResourceTypes));
        }

        if (!tracking.Props.ManagedElsewhere && string.IsNullOrWhiteSpace(tracking.Props.DeliveryBucketName))
        {
            context.Report(FrameworkConstraints.NoDeliveryChannel, tracking, null, nameof(ResourceTrackingProps.DeliveryBucketName));
        }
    }
}
