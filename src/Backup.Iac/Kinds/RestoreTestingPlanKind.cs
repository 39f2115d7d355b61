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

    /// <inheritdoc />
    public override int? ImportOrder => 4;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string selectionKey = Graph.CloudFormation.CfnRestoreTestingPlan.RecoveryPointSelection;
        const string includeKey = Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.IncludeVaults;
        const string excludeKey = Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.ExcludeVaults;
        const string typesKey = Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.RecoveryPointTypes;
        const string windowKey = Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.SelectionWindowDays;
        var p = context.Properties;
        var path = context.Path;
        if (context.Text(p, Graph.CloudFormation.CfnRestoreTestingPlan.ScheduleExpression, path, "Schedule") is not { } schedule)
        {
            return null;
        }

        var selectionNode = p[selectionKey];
        RestoreTestingRecoveryPointSelection selection = new();
        if (selectionNode is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            context.Keep(selectionKey, selectionNode);
        }
        else if (selectionNode is Iac.Import.SourceMapping s)
        {
            context.Locate(path, "RecoveryPointSelection", s.At);
            selection = new RestoreTestingRecoveryPointSelection
            {
                Algorithm = context.Text(s, Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.Algorithm, path, "RecoveryPointSelection.Algorithm") ?? selection.Algorithm,
                IncludeVaults = context.StringList(s, includeKey, path, "RecoveryPointSelection.IncludeVaults", $"{selectionKey}.{includeKey}") ?? [],
                ExcludeVaults = context.StringList(s, excludeKey, path, "RecoveryPointSelection.ExcludeVaults", $"{selectionKey}.{excludeKey}") ?? [],
                RecoveryPointTypes = context.StringList(s, typesKey, path, "RecoveryPointSelection.RecoveryPointTypes", $"{selectionKey}.{typesKey}") ?? [],
                SelectionWindow = context.Days(s, windowKey, path, "RecoveryPointSelection.SelectionWindow", $"{selectionKey}.{windowKey}"),
            };
        }

        var props = new RestoreTestingPlanProps
        {
            RestoreTestingPlanName = context.Text(p, Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingPlanName, path, "RestoreTestingPlanName"),
            Schedule = Schedule.FromExpression(schedule),
            ScheduleTimeZone = context.Text(p, Graph.CloudFormation.CfnRestoreTestingPlan.ScheduleExpressionTimezone, path, "ScheduleTimeZone"),
            StartWindow = context.Hours(p, Graph.CloudFormation.CfnRestoreTestingPlan.StartWindowHours, path, "StartWindow", Graph.CloudFormation.CfnRestoreTestingPlan.StartWindowHours),
            RecoveryPointSelection = selection,
            Tags = context.TagList(p, Graph.CloudFormation.CfnRestoreTestingPlan.Tags, path),
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddRestoreTestingPlan(context.LogicalId, props);
    }
}
