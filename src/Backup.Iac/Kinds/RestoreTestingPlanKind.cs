using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;
using Selection = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty;

namespace Backup.Iac.Kinds;

/// <summary>A restore testing plan.</summary>
internal sealed class RestoreTestingPlanKind : ResourceKind<RestoreTestingPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RestoreTestingPlan];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(RestoreTestingPlan construct, LoweringContext context)
    {
        var p = construct.Props;
        var s = p.RecoveryPointSelection;
        var properties = MapValue.Of(
            new(CfnRestoreTestingPlan.RestoreTestingPlanName, Str(construct.RestoreTestingPlanName)),
            new(CfnRestoreTestingPlan.ScheduleExpression, Str(p.Schedule.Expression)),
            new(CfnRestoreTestingPlan.ScheduleExpressionTimezone, Str(p.ScheduleTimeZone)),
            new(CfnRestoreTestingPlan.StartWindowHours, Hours(p.StartWindow)),
            new(CfnRestoreTestingPlan.RecoveryPointSelection, MapValue.Of(
                new(Selection.Algorithm, Str(s.Algorithm)),
                new(Selection.IncludeVaults, Strings(s.IncludeVaults)),
                new(Selection.ExcludeVaults, s.ExcludeVaults.Count == 0 ? null : Strings(s.ExcludeVaults)),
                new(Selection.RecoveryPointTypes, Strings(s.RecoveryPointTypes)),
                new(Selection.SelectionWindowDays, Days(s.SelectionWindow)))),
            new(CfnRestoreTestingPlan.Tags, TagList(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.RestoreTestingPlan, construct.ResourcePath, properties);
    }

    // ── import (scope "import") ──
}
