using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac;

/// <summary>
/// An AWS Backup Audit Manager report plan (<c>AWS::Backup::ReportPlan</c>): a daily report of jobs or of framework
/// compliance, delivered to an S3 bucket.
/// </summary>
public sealed class ReportPlan : Construct
{
    internal ReportPlan(BackupStack stack, string id, ReportPlanProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
        ReportPlanName = props.ReportPlanName ?? Framework.NameFromId(id, 'R');
        ReportPlanArn = Token.AsString(new AttributeValue(LogicalId, CfnReportPlan.ReportPlanArn));
    }

    /// <summary>The properties given at creation.</summary>
    public ReportPlanProps Props { get; }

    /// <summary>The logical ID of the report plan resource.</summary>
    public string LogicalId { get; }

    /// <summary>The report plan's name (given, or made from the construct ID).</summary>
    public string ReportPlanName { get; }

    /// <summary>The report plan's ARN, a deploy-time value.</summary>
    public string ReportPlanArn { get; }
}
