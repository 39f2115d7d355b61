using Conditions = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceConditionsProperty;
using KeyValue = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection.KeyValueProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A restore testing selection (no output: nothing refers to it).</summary>
internal sealed class RestoreTestingSelectionMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:RestoreTestingSelection";

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var conditions = r.Map(Names.ProtectedResourceConditions);
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.RestoreTestingSelectionName)), ("restoreTestingPlanName", c.Take(r, Names.RestoreTestingPlanName)),
            ("protectedResourceType", c.Take(r, Names.ProtectedResourceType)), ("iamRoleArn", c.Take(r, Names.IamRoleArn)),
            ("protectedResourceArns", c.Take(r, Names.ProtectedResourceArns)),
            ("protectedResourceConditions", conditions is null ? null : MappingContext.Props(
                ("stringEquals", c.KeyValues(conditions, Conditions.StringEquals, KeyValue.Key, KeyValue.Value)),
                ("stringNotEquals", c.KeyValues(conditions, Conditions.StringNotEquals, KeyValue.Key, KeyValue.Value)))),
            ("restoreMetadataOverrides", c.Take(r, Names.RestoreMetadataOverrides)), ("validationWindowHours", c.Take(r, Names.ValidationWindowHours))));
    }
}
