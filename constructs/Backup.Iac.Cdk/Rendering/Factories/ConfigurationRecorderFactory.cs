using Amazon.CDK;
using Amazon.CDK.AWS.Config;
using Group = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder.RecordingGroupProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnConfigurationRecorder;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Config::ConfigurationRecorder</c> as <see cref="CfnConfigurationRecorder"/>.</summary>
internal sealed class ConfigurationRecorderFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnConfigurationRecorderProps
        {
            RoleArn = p.RequiredString(Names.RoleARN),
            Name = p.String(Names.Name),
            RecordingGroup = p.Struct(Names.RecordingGroup, g => new CfnConfigurationRecorder.RecordingGroupProperty
            {
                AllSupported = g.Bool(Group.AllSupported),
                IncludeGlobalResourceTypes = g.Bool(Group.IncludeGlobalResourceTypes),
                ResourceTypes = g.Strings(Group.ResourceTypes),
            }),
        };
        return p.Incomplete ? null : new CfnConfigurationRecorder(scope, id, props);
    }
}
