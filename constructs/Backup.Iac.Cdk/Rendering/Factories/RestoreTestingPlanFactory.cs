using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Names = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingPlan;
using Selection = Backup.Iac.Graph.CloudFormation.CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::RestoreTestingPlan</c> as <see cref="CfnRestoreTestingPlan"/>.</summary>
internal sealed class RestoreTestingPlanFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnRestoreTestingPlanProps
        {
            RestoreTestingPlanName = p.RequiredString(Names.RestoreTestingPlanName),
            ScheduleExpression = p.RequiredString(Names.ScheduleExpression),
            ScheduleExpressionTimezone = p.String(Names.ScheduleExpressionTimezone),
            StartWindowHours = p.Number(Names.StartWindowHours),
            RecoveryPointSelection = p.Struct(Names.RecoveryPointSelection, s => new CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty
            {
                Algorithm = s.RequiredString(Selection.Algorithm),
                IncludeVaults = s.RequiredStrings(Selection.IncludeVaults),
                RecoveryPointTypes = s.RequiredStrings(Selection.RecoveryPointTypes),
                ExcludeVaults = s.Strings(Selection.ExcludeVaults),
                SelectionWindowDays = s.Number(Selection.SelectionWindowDays),
            }) ?? Missing(p),
            Tags = p.Tags(Names.Tags),
        };
        return p.Incomplete ? null : new CfnRestoreTestingPlan(scope, id, props);
    }
}
