using Amazon.CDK;
using Amazon.CDK.AWS.Organizations;
using Names = Backup.Iac.Graph.CloudFormation.CfnPolicy;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Organizations::Policy</c> as <see cref="CfnPolicy"/>.</summary>
internal sealed class OrganizationsPolicyFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnPolicyProps
        {
            Name = p.RequiredString(Names.Name),
            Type = p.RequiredString(Names.Type),
            Content = p.Document(Names.Content) ?? Missing(p),
            Description = p.String(Names.Description),
            TargetIds = p.Strings(Names.TargetIds),
            Tags = p.Tags(Names.Tags),
        };
        return p.Incomplete ? null : new CfnPolicy(scope, id, props);
    }
}
