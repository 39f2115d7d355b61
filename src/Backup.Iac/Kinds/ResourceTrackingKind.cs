using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>AWS Config resource tracking for Audit Manager: the recorder, its delivery channel and the service-linked role.</summary>
internal sealed class ResourceTrackingKind : ResourceKind<ResourceTracking>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.ConfigurationRecorder, ResourceTypes.ConfigDeliveryChannel, ResourceTypes.ServiceLinkedRole];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "the AWS Config recorder, delivery channel and service-linked role it writes are not AWS Backup resources: lint does not read them into the model";
}
