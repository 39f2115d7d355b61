using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>AWS Config resource tracking for Audit Manager: the recorder, its delivery channel and the service-linked role.</summary>
internal sealed class ResourceTrackingKind : ResourceKind<ResourceTracking>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.ConfigurationRecorder, ResourceTypes.ConfigDeliveryChannel, ResourceTypes.ServiceLinkedRole];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    /// <remarks>The AWS Config recorder (with AWS Config's service-linked role when asked) and its delivery channel; nothing when managed elsewhere or read from a linted template as a fact.</remarks>
    protected override IEnumerable<Resource> Lower(ResourceTracking construct, LoweringContext context)
    {
        var p = construct.Props;
        if (p.ManagedElsewhere || construct.FactOnly)
        {
            yield break;
        }

        var path = construct.StackRelativePath;
        if (p.CreateServiceLinkedRole)
        {
            yield return new Resource(construct.ServiceLinkedRoleLogicalId, ResourceTypes.ServiceLinkedRole, path + "/ServiceLinkedRole", MapValue.Of(
                new(CfnServiceLinkedRole.AWSServiceName, "config.amazonaws.com"),
                new(CfnServiceLinkedRole.Description, "Service-linked role of AWS Config (resource tracking for AWS Backup Audit Manager)")));
        }

        var roleArn = new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::", new PseudoParameterValue(PseudoParameters.AccountId),
            ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"]);
        var group = p.AllSupported
            ? MapValue.Of(new KeyValuePair<string, Value?>(CfnConfigurationRecorder.RecordingGroupProperty.AllSupported, new BoolValue(true)))
            : MapValue.Of(
                new(CfnConfigurationRecorder.RecordingGroupProperty.AllSupported, new BoolValue(false)),
                new(CfnConfigurationRecorder.RecordingGroupProperty.ResourceTypes, Strings(p.ResourceTypes.Distinct(StringComparer.Ordinal))));
        yield return new Resource(construct.RecorderLogicalId, ResourceTypes.ConfigurationRecorder, path + "/Recorder",
            MapValue.Of(new(CfnConfigurationRecorder.RoleARN, roleArn), new(CfnConfigurationRecorder.RecordingGroup, group)))
        {
            DependsOn = p.CreateServiceLinkedRole ? [construct.ServiceLinkedRoleLogicalId] : [],
        };
        if (!string.IsNullOrWhiteSpace(p.DeliveryBucketName))
        {
            yield return new Resource(construct.DeliveryChannelLogicalId, ResourceTypes.ConfigDeliveryChannel, path + "/DeliveryChannel",
                MapValue.Of(new(CfnDeliveryChannel.S3BucketName, Token.ToValue(p.DeliveryBucketName)), new(CfnDeliveryChannel.S3KeyPrefix, Str(p.DeliveryKeyPrefix))))
            {
                DependsOn = [construct.RecorderLogicalId],
            };
        }
    }

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "the AWS Config recorder, delivery channel and service-linked role it writes are not AWS Backup resources: lint reads a template's recorder only as a fact for the checks (TemplateImporter), not as a construct that convert writes";
}
