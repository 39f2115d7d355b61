using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Control = Backup.Iac.Graph.CloudFormation.CfnFramework.FrameworkControlProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnFramework;
using Parameter = Backup.Iac.Graph.CloudFormation.CfnFramework.ControlInputParameterProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::Framework</c> as <see cref="CfnFramework"/>.</summary>
internal sealed class FrameworkFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnFrameworkProps
        {
            FrameworkName = p.String(Names.FrameworkName),
            FrameworkDescription = p.String(Names.FrameworkDescription),
            FrameworkControls = p.Structs(Names.FrameworkControls, c => new CfnFramework.FrameworkControlProperty
            {
                ControlName = c.RequiredString(Control.ControlName),
                ControlInputParameters = c.Structs(Control.ControlInputParameters, i => new CfnFramework.ControlInputParameterProperty
                {
                    ParameterName = i.RequiredString(Parameter.ParameterName),
                    ParameterValue = i.RequiredString(Parameter.ParameterValue),
                }),
                ControlScope = c.Document(Control.ControlScope), // Json in 2.160's spec: its struct would render camelCase keys
            }) ?? Missing(p),
            FrameworkTags = p.Tags(Names.FrameworkTags),
        };
        return p.Incomplete ? null : new CfnFramework(scope, id, props);
    }
}
