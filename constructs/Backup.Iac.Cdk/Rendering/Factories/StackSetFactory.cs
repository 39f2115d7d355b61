using Amazon.CDK;
using Deployment = Backup.Iac.Graph.CloudFormation.CfnStackSet.AutoDeploymentProperty;
using Instances = Backup.Iac.Graph.CloudFormation.CfnStackSet.StackInstancesProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnStackSet;
using Preferences = Backup.Iac.Graph.CloudFormation.CfnStackSet.OperationPreferencesProperty;
using Targets = Backup.Iac.Graph.CloudFormation.CfnStackSet.DeploymentTargetsProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::CloudFormation::StackSet</c> as <see cref="CfnStackSet"/>.</summary>
internal sealed class StackSetFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnStackSetProps
        {
            StackSetName = p.RequiredString(Names.StackSetName),
            PermissionModel = p.RequiredString(Names.PermissionModel),
            Description = p.String(Names.Description),
            CallAs = p.String(Names.CallAs),
            Capabilities = p.Strings(Names.Capabilities),
            AutoDeployment = p.Struct(Names.AutoDeployment, a => new CfnStackSet.AutoDeploymentProperty
            {
                Enabled = a.Bool(Deployment.Enabled),
                RetainStacksOnAccountRemoval = a.Bool(Deployment.RetainStacksOnAccountRemoval),
            }),
            OperationPreferences = p.Struct(Names.OperationPreferences, o => new CfnStackSet.OperationPreferencesProperty
            {
                FailureToleranceCount = o.Number(Preferences.FailureToleranceCount),
                FailureTolerancePercentage = o.Number(Preferences.FailureTolerancePercentage),
                MaxConcurrentCount = o.Number(Preferences.MaxConcurrentCount),
                MaxConcurrentPercentage = o.Number(Preferences.MaxConcurrentPercentage),
                RegionConcurrencyType = o.String(Preferences.RegionConcurrencyType),
                RegionOrder = o.Strings(Preferences.RegionOrder),
            }),
            StackInstancesGroup = p.Structs(Names.StackInstancesGroup, g => new CfnStackSet.StackInstancesProperty
            {
                DeploymentTargets = g.Struct(Instances.DeploymentTargets, t => new CfnStackSet.DeploymentTargetsProperty
                {
                    OrganizationalUnitIds = t.Strings(Targets.OrganizationalUnitIds),
                }) ?? Missing(g),
                Regions = g.RequiredStrings(Instances.Regions),
            }),
            TemplateBody = p.String(Names.TemplateBody),
            TemplateUrl = p.String(Names.TemplateURL),
        };
        return p.Incomplete ? null : new CfnStackSet(scope, id, props);
    }
}
