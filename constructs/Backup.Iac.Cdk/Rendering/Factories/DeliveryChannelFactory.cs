using Amazon.CDK;
using Amazon.CDK.AWS.Config;
using Names = Backup.Iac.Graph.CloudFormation.CfnDeliveryChannel;
using Snapshot = Backup.Iac.Graph.CloudFormation.CfnDeliveryChannel.ConfigSnapshotDeliveryPropertiesProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Config::DeliveryChannel</c> as <see cref="CfnDeliveryChannel"/>.</summary>
internal sealed class DeliveryChannelFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnDeliveryChannelProps
        {
            S3BucketName = p.RequiredString(Names.S3BucketName),
            S3KeyPrefix = p.String(Names.S3KeyPrefix),
            S3KmsKeyArn = p.String(Names.S3KmsKeyArn),
            SnsTopicArn = p.String(Names.SnsTopicARN),
            Name = p.String(Names.Name),
            ConfigSnapshotDeliveryProperties = p.Struct(Names.ConfigSnapshotDeliveryProperties, d => new CfnDeliveryChannel.ConfigSnapshotDeliveryPropertiesProperty
            {
                DeliveryFrequency = d.String(Snapshot.DeliveryFrequency),
            }),
        };
        return p.Incomplete ? null : new CfnDeliveryChannel(scope, id, props);
    }
}
