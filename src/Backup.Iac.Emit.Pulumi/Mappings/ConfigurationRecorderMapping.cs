using System.Collections.Immutable;
using Exclusion = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.ExclusionByResourceTypesProperty;
using Group = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.RecordingGroupProperty;
using Mode = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.RecordingModeProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;
using Override = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.RecordingModeOverrideProperty;
using Strategy = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.RecordingStrategyProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// An AWS Config configuration recorder. CloudFormation's single <c>RecordingStrategy</c> and <c>ExclusionByResourceTypes</c>
/// are one-item lists in the provider, and the provider takes one recording mode override (the others are reported).
/// Its status resource is written with the delivery channel (<see cref="DeliveryChannelMapping"/>).
/// </summary>
internal sealed class ConfigurationRecorderMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:cfg:Recorder";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.Id, "name"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var group = r.Map(Names.RecordingGroup);
        var mode = r.Map(Names.RecordingMode);
        var overrides = mode?.List(Mode.RecordingModeOverrides); // the properties of overrides after the first are reported as unused

        var exclusion = group?.Map(Group.ExclusionByResourceTypes);
        var strategy = group?.Map(Group.RecordingStrategy);
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.Name)),
            ("roleArn", c.Take(r, Names.RoleARN)),
            ("recordingGroup", group is null ? null : MappingContext.Props(
                ("allSupported", c.Take(group, Group.AllSupported)),
                ("includeGlobalResourceTypes", c.Take(group, Group.IncludeGlobalResourceTypes)),
                ("resourceTypes", c.Take(group, Group.ResourceTypes)),
                ("exclusionByResourceTypes", exclusion is null ? null : new Node.Sequence([MappingContext.Props(("resourceTypes", c.Take(exclusion, Exclusion.ResourceTypes)))])),
                ("recordingStrategies", strategy is null ? null : new Node.Sequence([MappingContext.Props(("useOnly", c.Take(strategy, Strategy.UseOnly)))])))),
            ("recordingMode", mode is null ? null : MappingContext.Props(
                ("recordingFrequency", c.Take(mode, Mode.RecordingFrequency)),
                ("recordingModeOverride", overrides is { Count: > 0 } ? MappingContext.Props(
                    ("description", c.Take(overrides[0], Override.Description)),
                    ("recordingFrequency", c.Take(overrides[0], Override.RecordingFrequency)),
                    ("resourceTypes", c.Take(overrides[0], Override.ResourceTypes))) : null)))));
    }
}
