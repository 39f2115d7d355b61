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
        var (roleArn, generated) = BackupRoles.RoleFor(o.Role, construct.GeneratedRoleLogicalId, construct, () => o.ProtectedResourceType == "S3"
            ? ["service-role/" + BackupRoles.RestorePolicy, BackupRoles.S3RestorePolicy]
            : ["service-role/" + BackupRoles.RestorePolicy]);
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

    private static ListValue KeyValues(IEnumerable<ConditionParameter> items) => new([.. items.Select(i => (Value)MapValue.Of(
        new(CfnRestoreTestingSelection.KeyValueProperty.Key, Str(i.Key)),
        new(CfnRestoreTestingSelection.KeyValueProperty.Value, Str(i.Value))))]);

    // ── import (scope "import") ──
}
