using System.Collections.Immutable;
using Condition = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.ConditionParameterProperty;
using Conditions = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.ConditionsProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupSelection;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;
using Selection = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty;
using Tag = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.ConditionResourceTypeProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A resource assignment: CloudFormation's nested <c>BackupSelection</c> is flat in the provider, its conditions one item of a list.</summary>
internal sealed class BackupSelectionMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:Selection";

    public override string? RefOutput => "id";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.SelectionId, "id"));

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var planId = c.Take(r, Names.BackupPlanId);
        var s = r.Map(Names.BackupSelection);
        if (s is null)
        {
            c.Add(MappingContext.Props(("planId", planId)));
            return;
        }

        var conditions = s.Map(Selection.Conditions);
        var condition = conditions is null ? null : MappingContext.Props(
            ("stringEquals", c.KeyValues(conditions, Conditions.StringEquals, Condition.ConditionKey, Condition.ConditionValue)),
            ("stringLikes", c.KeyValues(conditions, Conditions.StringLike, Condition.ConditionKey, Condition.ConditionValue)),
            ("stringNotEquals", c.KeyValues(conditions, Conditions.StringNotEquals, Condition.ConditionKey, Condition.ConditionValue)),
            ("stringNotLikes", c.KeyValues(conditions, Conditions.StringNotLike, Condition.ConditionKey, Condition.ConditionValue)));
        c.Add(MappingContext.Props(
            ("planId", planId),
            ("name", c.Take(s, Selection.SelectionName)),
            ("iamRoleArn", c.Take(s, Selection.IamRoleArn)),
            ("resources", c.Take(s, Selection.Resources)),
            ("notResources", c.Take(s, Selection.NotResources)),
            ("selectionTags", MappingContext.Items(s, Selection.ListOfTags, t => MappingContext.Props(
                ("type", c.Take(t, Tag.ConditionType)), ("key", c.Take(t, Tag.ConditionKey)), ("value", c.Take(t, Tag.ConditionValue))))),
            ("conditions", condition is null ? null : new Node.Sequence([condition]))));
    }
}
