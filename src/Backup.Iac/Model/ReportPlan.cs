using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Graph;

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

/// <summary>Properties of a <see cref="ReportPlan"/>.</summary>
public sealed record ReportPlanProps
{
    /// <summary>The report plan's name: 1 to 256 letters, digits and underscores, starting with a letter. Create-only: renaming replaces the plan.</summary>
    /// <value>Default: the construct ID with every other character replaced by <c>_</c> (and <c>R</c> in front when it does not start with a letter).</value>
    public string? ReportPlanName { get; init; }

    /// <summary>A description of up to 1,024 characters.</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>What the reports cover; build it with <see cref="Backup.Iac.ReportSetting"/>'s factories.</summary>
    public required ReportSetting ReportSetting { get; init; }

    /// <summary>Where the reports go.</summary>
    public required ReportDeliveryChannel ReportDeliveryChannel { get; init; }

    /// <summary>Tags of the report plan.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

// The stack's factory of ReportPlan, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds an AWS Backup Audit Manager report plan.</summary>
    /// <param name="id">The construct ID, also the default report plan name.</param>
    /// <param name="props">The report plan's properties.</param>
    /// <returns>The report plan.</returns>
    public ReportPlan AddReportPlan(string id, ReportPlanProps props) => new(this, id, props);
}
