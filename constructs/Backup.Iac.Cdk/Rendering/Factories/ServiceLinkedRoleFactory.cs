using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Names = Backup.Iac.Graph.CloudFormation.CfnServiceLinkedRole;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::IAM::ServiceLinkedRole</c> as <see cref="CfnServiceLinkedRole"/>.</summary>
internal sealed class ServiceLinkedRoleFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnServiceLinkedRoleProps
        {
            AwsServiceName = p.String(Names.AWSServiceName),
            CustomSuffix = p.String(Names.CustomSuffix),
            Description = p.String(Names.Description),
        };
        return p.Incomplete ? null : new CfnServiceLinkedRole(scope, id, props);
    }
}
