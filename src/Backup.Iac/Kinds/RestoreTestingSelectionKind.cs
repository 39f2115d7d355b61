using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A restore testing selection, with the IAM role it generates when none is given.</summary>
internal sealed class RestoreTestingSelectionKind : ResourceKind<RestoreTestingSelection>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RestoreTestingSelection, ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(RestoreTestingSelection construct, LoweringContext context)
    {
        var o = construct.Options;
        var (roleArn, generated) = BackupRoles.RoleFor(o.Role, construct.GeneratedRoleLogicalId, construct, o.GeneratedRole, () => RolePolicies(construct));
        if (generated is not null)
        {
            yield return generated;
        }

        var c = o.ProtectedResourceConditions;
        var conditions = c is null ? null : MapValue.Of(
            new(CfnRestoreTestingSelection.ProtectedResourceConditionsProperty.StringEquals, c.StringEquals.Count == 0 ? null : KeyValues(c.StringEquals)),
            new(CfnRestoreTestingSelection.ProtectedResourceConditionsProperty.StringNotEquals, c.StringNotEquals.Count == 0 ? null : KeyValues(c.StringNotEquals)));
        var properties = MapValue.Of(
            new(CfnRestoreTestingSelection.RestoreTestingPlanName, new ReferenceValue(construct.Plan.LogicalId)),
            new(CfnRestoreTestingSelection.RestoreTestingSelectionName, Str(construct.RestoreTestingSelectionName)),
            new(CfnRestoreTestingSelection.ProtectedResourceType, Str(ResourceTypeName(o.ProtectedResourceType))),
            new(CfnRestoreTestingSelection.IamRoleArn, roleArn),
            new(CfnRestoreTestingSelection.ProtectedResourceArns, o.ProtectedResourceArns.Count == 0 ? null : Strings(o.ProtectedResourceArns)),
            new(CfnRestoreTestingSelection.ProtectedResourceConditions, conditions is { Entries.Count: > 0 } ? conditions : null),
            new(CfnRestoreTestingSelection.RestoreMetadataOverrides, Tags(o.RestoreMetadataOverrides)),
            new(CfnRestoreTestingSelection.ValidationWindowHours, Hours(o.ValidationWindow)));
        yield return new Resource(construct.LogicalId, ResourceTypes.RestoreTestingSelection, construct.ResourcePath, properties);
    }

    /// <summary>The managed policies of a restore testing selection's generated role: restore, and S3 restore for S3.</summary>
    internal static List<string> RolePolicies(RestoreTestingSelection selection) => selection.Options.ProtectedResourceType == "S3"
        ? ["service-role/" + BackupRoles.RestorePolicy, BackupRoles.S3RestorePolicy]
        : ["service-role/" + BackupRoles.RestorePolicy];

    private static ListValue KeyValues(IEnumerable<ConditionParameter> items) => new([.. items.Select(i => (Value)MapValue.Of(
        new(CfnRestoreTestingSelection.KeyValueProperty.Key, Str(i.Key)),
        new(CfnRestoreTestingSelection.KeyValueProperty.Value, Str(i.Value))))]);

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override int? ImportOrder => 5;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string conditionsKey = Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceConditions;
        const string typeKey = Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceType;
        const string arnsKey = Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceArns;
        const string overridesKey = Graph.CloudFormation.CfnRestoreTestingSelection.RestoreMetadataOverrides;
        const string windowKey = Graph.CloudFormation.CfnRestoreTestingSelection.ValidationWindowHours;
        var p = context.Properties;
        var planNode = p[Graph.CloudFormation.CfnRestoreTestingSelection.RestoreTestingPlanName];

        // A Ref to the plan (the Fn::GetAtt form the importer accepts is the one a backup selection uses), or the plan's name.
        var plan = context.ConstructOf(planNode, Graph.CloudFormation.CfnBackupPlan.BackupPlanId) as RestoreTestingPlan
            ?? (planNode is Iac.Import.SourceScalar { Kind: Iac.Import.ScalarKind.Text } name
                ? context.ImportedConstructs.OfType<RestoreTestingPlan>().FirstOrDefault(x => x.RestoreTestingPlanName == name.Text)
                : null);
        if (plan is null || context.Text(p, typeKey, "", "") is not { } type)
        {
            return null;
        }

        var path = plan.Path + "/" + context.LogicalId;
        var selection = context.At(path); // as for backup selections: below the plan
        _ = selection.Text(p, typeKey, path, "ProtectedResourceType");
        ProtectedResourceConditions? conditions = null;
        var c = p[conditionsKey];
        if (c is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            selection.Keep(conditionsKey, c);
        }
        else if (c is Iac.Import.SourceMapping map)
        {
            selection.Locate(path, "ProtectedResourceConditions", map.At);
            IReadOnlyList<ConditionParameter> Read(string op) => selection.Items(map, op, $"{conditionsKey}.{op}", (item, i) =>
                selection.Text(item, Graph.CloudFormation.CfnRestoreTestingSelection.KeyValueProperty.Key, path, $"ProtectedResourceConditions.{op}[{i}]") is { } key
                && selection.Text(item, Graph.CloudFormation.CfnRestoreTestingSelection.KeyValueProperty.Value, path, $"ProtectedResourceConditions.{op}[{i}].Value") is { } value
                    ? new ConditionParameter(key, value) : null);
            conditions = new ProtectedResourceConditions
            {
                StringEquals = Read(Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceConditionsProperty.StringEquals),
                StringNotEquals = Read(Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceConditionsProperty.StringNotEquals),
            };
        }

        var options = new RestoreTestingSelectionOptions
        {
            RestoreTestingSelectionName = selection.Text(p, Graph.CloudFormation.CfnRestoreTestingSelection.RestoreTestingSelectionName, path, "RestoreTestingSelectionName"),
            ProtectedResourceType = type,
            Role = selection.Text(p, Graph.CloudFormation.CfnRestoreTestingSelection.IamRoleArn, path, "Role") is { } role ? BackupRole.FromArn(role) : null,
            ProtectedResourceArns = selection.StringList(p, arnsKey, path, "ProtectedResourceArns", arnsKey) ?? [],
            ProtectedResourceConditions = conditions,
            RestoreMetadataOverrides = selection.StringMap(p, overridesKey, path, "RestoreMetadataOverrides", overridesKey),
            ValidationWindow = selection.Hours(p, windowKey, path, "ValidationWindow", windowKey),
        };
        context.Stack.OverrideLogicalId(plan.StackRelativePath + "/" + context.LogicalId, context.LogicalId);
        return plan.AddSelection(context.LogicalId, options);
    }
}
