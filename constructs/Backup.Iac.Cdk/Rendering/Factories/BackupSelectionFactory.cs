using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Condition = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.ConditionResourceTypeProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnBackupSelection;
using Selection = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::BackupSelection</c> as <see cref="CfnBackupSelection"/>.</summary>
internal sealed class BackupSelectionFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnBackupSelectionProps
        {
            BackupPlanId = p.RequiredString(Names.BackupPlanId),
            BackupSelection = p.Struct(Names.BackupSelection, s => new CfnBackupSelection.BackupSelectionResourceTypeProperty
            {
                SelectionName = s.RequiredString(Selection.SelectionName),
                IamRoleArn = s.RequiredString(Selection.IamRoleArn),
                Resources = s.Strings(Selection.Resources),
                NotResources = s.Strings(Selection.NotResources),
                ListOfTags = s.Structs(Selection.ListOfTags, t => new CfnBackupSelection.ConditionResourceTypeProperty
                {
                    ConditionKey = t.RequiredString(Condition.ConditionKey),
                    ConditionType = t.RequiredString(Condition.ConditionType),
                    ConditionValue = t.RequiredString(Condition.ConditionValue),
                }),
                // Json in 2.160's spec: its struct (ConditionsProperty) would render camelCase keys, which CloudFormation rejects.
                Conditions = s.Document(Selection.Conditions),
            }) ?? Missing(p),
        };
        return p.Incomplete ? null : new CfnBackupSelection(scope, id, props);
    }
}
