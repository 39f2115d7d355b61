using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Names = Backup.Iac.Graph.CloudFormation.CfnReportPlan;

namespace Backup.Iac.Cdk.Rendering.Factories;

using Construct = Constructs.Construct;

/// <summary><c>AWS::Backup::ReportPlan</c> as <see cref="CfnReportPlan"/>.</summary>
internal sealed class ReportPlanFactory : L1Factory
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override CfnResource? Create(Construct scope, string id, L1PropertyReader p)
    {
        var props = new CfnReportPlanProps
        {
            ReportPlanName = p.String(Names.ReportPlanName),
            ReportPlanDescription = p.String(Names.ReportPlanDescription),
            // Json in 2.160's spec: their structs (ReportDeliveryChannelProperty, ReportSettingProperty) would render camelCase keys.
            ReportDeliveryChannel = p.Document(Names.ReportDeliveryChannel) ?? Missing(p),
            ReportSetting = p.Document(Names.ReportSetting) ?? Missing(p),
            ReportPlanTags = p.Tags(Names.ReportPlanTags),
        };
        return p.Incomplete ? null : new CfnReportPlan(scope, id, props);
    }
}
