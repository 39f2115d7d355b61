using System.Collections.Immutable;
using Names = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingPlan;
using Selection = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A restore testing plan.</summary>
internal sealed class RestoreTestingPlanMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:RestoreTestingPlan";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } =
        Attributes((Names.RestoreTestingPlanName, "name"), (Names.RestoreTestingPlanArn, "arn"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var selection = r.Map(Names.RecoveryPointSelection);
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.RestoreTestingPlanName)), ("scheduleExpression", c.Take(r, Names.ScheduleExpression)),
            ("scheduleExpressionTimezone", c.Take(r, Names.ScheduleExpressionTimezone)), ("startWindowHours", c.Take(r, Names.StartWindowHours)),
            ("recoveryPointSelection", selection is null ? null : MappingContext.Props(
                ("algorithm", c.Take(selection, Selection.Algorithm)), ("includeVaults", c.Take(selection, Selection.IncludeVaults)),
                ("excludeVaults", c.Take(selection, Selection.ExcludeVaults)), ("recoveryPointTypes", c.Take(selection, Selection.RecoveryPointTypes)),
                ("selectionWindowDays", c.Take(selection, Selection.SelectionWindowDays)))),
            ("tags", c.Tags(r, Names.Tags))));
    }
}
