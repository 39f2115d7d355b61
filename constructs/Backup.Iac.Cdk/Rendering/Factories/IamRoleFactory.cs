using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Names = Backup.Iac.Graph.CloudFormation.CfnRole;
using Policy = Backup.Iac.Graph.CloudFormation.CfnRole.PolicyProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::IAM::Role</c> as <see cref="CfnRole"/>.</summary>
internal sealed class IamRoleFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnRoleProps
        {
            AssumeRolePolicyDocument = p.Document(Names.AssumeRolePolicyDocument) ?? Missing(p),
            ManagedPolicyArns = p.Strings(Names.ManagedPolicyArns),
            Description = p.String(Names.Description),
            MaxSessionDuration = p.Number(Names.MaxSessionDuration),
            Path = p.String(Names.Path),
            PermissionsBoundary = p.String(Names.PermissionsBoundary),
            RoleName = p.String(Names.RoleName),
            Policies = p.Structs(Names.Policies, s => new CfnRole.PolicyProperty
            {
                PolicyName = s.RequiredString(Policy.PolicyName),
                PolicyDocument = s.Document(Policy.PolicyDocument) ?? Missing(s),
            }),
            Tags = p.Tags(Names.Tags),
        };
        return p.Incomplete ? null : new CfnRole(scope, id, props);
    }
}
