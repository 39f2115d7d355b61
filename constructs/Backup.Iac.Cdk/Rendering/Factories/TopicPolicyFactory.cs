using Amazon.CDK;
using Amazon.CDK.AWS.SNS;
using Names = Backup.Iac.Graph.CloudFormation.CfnTopicPolicy;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::SNS::TopicPolicy</c> (a vault's <c>CreateTopicPolicy</c>) as <see cref="CfnTopicPolicy"/>.</summary>
internal sealed class TopicPolicyFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnTopicPolicyProps
        {
            PolicyDocument = p.Document(Names.PolicyDocument) ?? Missing(p),
            Topics = p.RequiredStrings(Names.Topics),
        };
        return p.Incomplete ? null : new CfnTopicPolicy(scope, id, props);
    }
}
