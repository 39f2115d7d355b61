using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>An organization-wide rollout: a CloudFormation StackSet of a member stack.</summary>
internal sealed class StackSetRolloutKind : ResourceKind<StackSetRollout>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.StackSet];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    /// <remarks>The service-managed StackSet; its <c>TemplateBody</c> holds the member stack's graph, lowered with its own context.</remarks>
    protected override IEnumerable<Resource> Lower(StackSetRollout construct, LoweringContext context)
    {
        var p = construct.Props;
        var member = context.LowerStack(construct.Member);
        var roles = member.Resources.Where(r => r.Type == ResourceTypes.IamRole).ToList();
        var capability = roles.Any(r => r.Properties.Entries.ContainsKey(CfnRole.RoleName)) ? "CAPABILITY_NAMED_IAM"
            : roles.Count > 0 ? "CAPABILITY_IAM"
            : null;
        var preferences = MapValue.Of(
            new(CfnStackSet.OperationPreferencesProperty.FailureToleranceCount, Number(p.FailureToleranceCount)),
            new(CfnStackSet.OperationPreferencesProperty.FailureTolerancePercentage, Number(p.FailureTolerancePercentage)),
            new(CfnStackSet.OperationPreferencesProperty.MaxConcurrentCount, Number(p.MaxConcurrentCount)),
            new(CfnStackSet.OperationPreferencesProperty.MaxConcurrentPercentage, Number(p.MaxConcurrentPercentage)),
            new(CfnStackSet.OperationPreferencesProperty.RegionConcurrencyType, p.RegionConcurrency switch
            {
                RegionConcurrency.Parallel => new StringValue("PARALLEL"),
                RegionConcurrency.Sequential => new StringValue("SEQUENTIAL"),
                _ => null,
            }));
        var properties = MapValue.Of(
            new(CfnStackSet.StackSetName, Token.ToValue(construct.StackSetName)),
            new(CfnStackSet.Description, Str(p.Description)),
            new(CfnStackSet.PermissionModel, "SERVICE_MANAGED"),
            new(CfnStackSet.CallAs, p.CallAs == StackSetCallAs.DelegatedAdmin ? "DELEGATED_ADMIN" : "SELF"),
            new(CfnStackSet.AutoDeployment, MapValue.Of(
                new(CfnStackSet.AutoDeploymentProperty.Enabled, p.AutoDeploy),
                new(CfnStackSet.AutoDeploymentProperty.RetainStacksOnAccountRemoval, p.AutoDeploy ? p.RetainStacksOnAccountRemoval : null))),
            new(CfnStackSet.Capabilities, capability is null ? null : new ListValue([capability])),
            new(CfnStackSet.OperationPreferences, preferences.Entries.Count == 0 ? null : preferences),
            new(CfnStackSet.StackInstancesGroup, new ListValue([MapValue.Of(
                new(CfnStackSet.StackInstancesProperty.DeploymentTargets, MapValue.Of(new KeyValuePair<string, Value?>(CfnStackSet.DeploymentTargetsProperty.OrganizationalUnitIds,
                    new ListValue([.. p.OrganizationalUnits.Select(u => Token.ToValue(u.TargetId))])))),
                new(CfnStackSet.StackInstancesProperty.Regions, new ListValue([.. p.Regions.Select(Token.ToValue)])))])),
            new(CfnStackSet.TemplateBody, new EmbeddedTemplateValue(member)));
        yield return new Resource(construct.LogicalId, ResourceTypes.StackSet, construct.ResourcePath, properties);
    }

    private static NumberValue? Number(int? value) => value is { } v ? new NumberValue(v) : null;

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a StackSet carries a whole template of its own: lint reads that template, not the StackSet resource, into the model";
}
