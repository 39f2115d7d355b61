using System.Collections.Immutable;
using Control = Backup.Iac.Graph.CloudFormation.CfnFramework.FrameworkControlProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnFramework;
using Parameter = Backup.Iac.Graph.CloudFormation.CfnFramework.ControlInputParameterProperty;
using Scope = Backup.Iac.Graph.CloudFormation.CfnFramework.ControlScopeProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>An AWS Backup Audit Manager framework.</summary>
internal sealed class FrameworkMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:Framework";

    public override string? RefOutput => "arn";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes(
        (Names.FrameworkArn, "arn"), (Names.CreationTime, "creationTime"), (Names.DeploymentStatus, "deploymentStatus"), (Names.FrameworkStatus, "status"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.FrameworkName)),
            ("description", c.Take(r, Names.FrameworkDescription)),
            ("controls", MappingContext.Items(r, Names.FrameworkControls, control =>
            {
                var scope = control.Map(Control.ControlScope);
                return MappingContext.Props(
                    ("name", c.Take(control, Control.ControlName)),
                    ("inputParameters", MappingContext.Items(control, Control.ControlInputParameters, p => MappingContext.Props(
                        ("name", c.Take(p, Parameter.ParameterName)), ("value", c.Take(p, Parameter.ParameterValue))))),
                    ("scope", scope is null ? null : MappingContext.Props(
                        ("complianceResourceIds", c.Take(scope, Scope.ComplianceResourceIds)),
                        ("complianceResourceTypes", c.Take(scope, Scope.ComplianceResourceTypes)),
                        ("tags", c.Tags(scope, Scope.Tags)))));
            })),
            ("tags", c.Tags(r, Names.FrameworkTags))));
    }
}
