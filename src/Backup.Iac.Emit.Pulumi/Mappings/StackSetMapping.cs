using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Graph;
using Deployment = Backup.Iac.Graph.CloudFormation.CfnStackSet.AutoDeploymentProperty;
using Instances = Backup.Iac.Graph.CloudFormation.CfnStackSet.StackInstancesProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnStackSet;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;
using Preferences = Backup.Iac.Graph.CloudFormation.CfnStackSet.OperationPreferencesProperty;
using Targets = Backup.Iac.Graph.CloudFormation.CfnStackSet.DeploymentTargetsProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// A service-managed StackSet: the <c>aws:cloudformation:StackSet</c> and, per Region of each instance group, one
/// <c>aws:cloudformation:StackSetInstance</c> (named <c>-instance-REGION</c>, <c>-instance-GROUP-REGION</c> for a second
/// group) for the group's OUs: what CloudFormation's <c>StackInstancesGroup</c> holds in the StackSet itself.
/// </summary>
internal sealed class StackSetMapping : PulumiMapping
{
    private const string StackSetInstance = "aws:cloudformation:StackSetInstance";

    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:cloudformation:StackSet";

    public override string? RefOutput => "stackSetId";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.StackSetId, "stackSetId"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var callAs = r.Take(Names.CallAs);
        var preferences = r.Map(Names.OperationPreferences);
        Node? PreferencesOf() => preferences is null ? null : MappingContext.Props(
            ("failureToleranceCount", c.Take(preferences, Preferences.FailureToleranceCount)), ("failureTolerancePercentage", c.Take(preferences, Preferences.FailureTolerancePercentage)),
            ("maxConcurrentCount", c.Take(preferences, Preferences.MaxConcurrentCount)), ("maxConcurrentPercentage", c.Take(preferences, Preferences.MaxConcurrentPercentage)),
            ("regionConcurrencyType", c.Take(preferences, Preferences.RegionConcurrencyType)), ("regionOrders", c.Take(preferences, Preferences.RegionOrder)));
        var deployment = r.Map(Names.AutoDeployment);
        var groups = r.List(Names.StackInstancesGroup) ?? [];
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.StackSetName)), ("description", c.Take(r, Names.Description)), ("permissionModel", c.Take(r, Names.PermissionModel)),
            ("callAs", callAs is null ? null : c.Expr(callAs, Names.CallAs)), ("capabilities", c.Take(r, Names.Capabilities)),
            ("autoDeployment", deployment is null ? null : MappingContext.Props(
                ("enabled", c.Take(deployment, Deployment.Enabled)), ("retainStacksOnAccountRemoval", c.Take(deployment, Deployment.RetainStacksOnAccountRemoval)))),
            ("operationPreferences", PreferencesOf()),
            ("templateBody", c.Take(r, Names.TemplateBody)), ("templateUrl", c.Take(r, Names.TemplateURL)), ("tags", c.Tags(r, Names.Tags))));
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var targets = group.Map(Instances.DeploymentTargets);
            var units = targets is null ? null : c.Take(targets, Targets.OrganizationalUnitIds);
            var regions = group.Take(Instances.Regions) is ListValue list ? list.Items : [];
            for (var i = 0; i < regions.Length; i++)
            {
                var suffix = regions[i] is StringValue { Text: var region } && region.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')
                    ? region
                    : i.ToString(CultureInfo.InvariantCulture);
                c.Add(c.Id + "-instance-" + (g == 0 ? "" : g.ToString(CultureInfo.InvariantCulture) + "-") + suffix, StackSetInstance, MappingContext.Props(
                    ("stackSetName", c.Output("name")),
                    ("callAs", callAs is null ? null : c.Expr(callAs, Names.CallAs)),
                    ("deploymentTargets", units is null ? null : MappingContext.Props(("organizationalUnitIds", units))),
                    ("stackSetInstanceRegion", c.Expr(regions[i], $"{Names.StackInstancesGroup}[{g}].{Instances.Regions}[{i}]")),
                    ("operationPreferences", PreferencesOf())));
            }
        }
    }
}
