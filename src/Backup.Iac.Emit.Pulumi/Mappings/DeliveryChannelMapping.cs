using System.Collections.Immutable;
using Backup.Iac.Graph;
using Names = Backup.Iac.Graph.CloudFormation.CfnDeliveryChannel;
using Snapshot = Backup.Iac.Graph.CloudFormation.CfnDeliveryChannel.ConfigSnapshotDeliveryPropertiesProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>An AWS Config delivery channel, and the status resource that starts its recorder.</summary>
internal sealed class DeliveryChannelMapping : PulumiMapping
{
    private const string RecorderStatus = "aws:cfg:RecorderStatus";

    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:cfg:DeliveryChannel";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.Id, "name"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var snapshots = r.Map(Names.ConfigSnapshotDeliveryProperties);
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.Name)), ("s3BucketName", c.Take(r, Names.S3BucketName)), ("s3KeyPrefix", c.Take(r, Names.S3KeyPrefix)),
            ("s3KmsKeyArn", c.Take(r, Names.S3KmsKeyArn)), ("snsTopicArn", c.Take(r, Names.SnsTopicARN)),
            ("snapshotDeliveryProperties", snapshots is null ? null : MappingContext.Props(("deliveryFrequency", c.Take(snapshots, Snapshot.DeliveryFrequency))))));
        StartRecorder(c);
    }

    /// <summary>
    /// CloudFormation starts a configuration recorder once a delivery channel exists; the provider needs a recorder status
    /// resource for that. It is written with the channel (one recorder and one channel per account and Region), after it,
    /// for the recorder the channel depends on, else the stack's only recorder.
    /// </summary>
    private static void StartRecorder(MappingContext c)
    {
        var recorders = c.Graph.Resources.Where(x => x.Type == ResourceTypes.ConfigurationRecorder).ToList();
        var recorder = recorders.FirstOrDefault(x => c.Resource.DependsOn.Contains(x.LogicalId)) ?? (recorders.Count == 1 ? recorders[0] : null);
        if (recorder is null)
        {
            return;
        }

        c.Add(recorder.LogicalId + "-status", RecorderStatus,
            MappingContext.Props(("name", ProgramNode.Text("${" + recorder.LogicalId + ".name}")), ("isEnabled", new ProgramNode.Scalar(true))),
            [c.Id]);
    }
}
