using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Conditions = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection.ProtectedResourceConditionsProperty;
using KeyValue = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection.KeyValueProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingSelection;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::RestoreTestingSelection</c> as <see cref="CfnRestoreTestingSelection"/>.</summary>
internal sealed class RestoreTestingSelectionFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnRestoreTestingSelectionProps
        {
            RestoreTestingPlanName = p.RequiredString(Names.RestoreTestingPlanName),
            RestoreTestingSelectionName = p.RequiredString(Names.RestoreTestingSelectionName),
            ProtectedResourceType = p.RequiredString(Names.ProtectedResourceType),
            IamRoleArn = p.RequiredString(Names.IamRoleArn),
            ProtectedResourceArns = p.Strings(Names.ProtectedResourceArns),
            ProtectedResourceConditions = p.Struct(Names.ProtectedResourceConditions, c => new CfnRestoreTestingSelection.ProtectedResourceConditionsProperty
            {
                StringEquals = c.Structs(Conditions.StringEquals, KeyValueOf),
                StringNotEquals = c.Structs(Conditions.StringNotEquals, KeyValueOf),
            }),
            RestoreMetadataOverrides = p.StringMap(Names.RestoreMetadataOverrides),
            ValidationWindowHours = p.Number(Names.ValidationWindowHours),
        };
        return p.Incomplete ? null : new CfnRestoreTestingSelection(scope, id, props);
    }

    private static CfnRestoreTestingSelection.KeyValueProperty KeyValueOf(L1PropertyReader k) => new()
    {
        Key = k.RequiredString(KeyValue.Key),
        Value = k.RequiredString(KeyValue.Value),
    };
}
