using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Backup Audit Manager report plan.</summary>
internal sealed class ReportPlanKind : ResourceKind<ReportPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.ReportPlan];

    // ── lowering (scope "kinds") ──

    // The schema types ReportDeliveryChannel and ReportSetting as objects without definitions, so their names are not generated: they live here.
    private const string S3BucketName = "S3BucketName";
    private const string S3KeyPrefix = "S3KeyPrefix";
    private const string Formats = "Formats";
    private const string ReportTemplate = "ReportTemplate";
    private const string FrameworkArns = "FrameworkArns";
    private const string Accounts = "Accounts";
    private const string OrganizationUnits = "OrganizationUnits";
    private const string Regions = "Regions";

    /// <inheritdoc />
    /// <remarks>The stack's frameworks are written as <c>Fn::GetAtt Framework.FrameworkArn</c>, never <c>NumberOfFrameworks</c>.</remarks>
    protected override IEnumerable<Resource> Lower(ReportPlan construct, LoweringContext context)
    {
        var p = construct.Props;
        var setting = p.ReportSetting;
        var channel = p.ReportDeliveryChannel;
        var properties = MapValue.Of(
            new(CfnReportPlan.ReportPlanName, Token.ToValue(construct.ReportPlanName)),
            new(CfnReportPlan.ReportPlanDescription, Str(p.Description)),
            new(CfnReportPlan.ReportDeliveryChannel, MapValue.Of(
                new(S3BucketName, Token.ToValue(channel.S3BucketName)),
                new(S3KeyPrefix, Str(channel.S3KeyPrefix)),
                new(Formats, channel.Formats.Count == 0 ? null : new ListValue([.. channel.Formats.Distinct().Select(f => (Value)(f == ReportFormat.Json ? "JSON" : "CSV"))])))),
            new(CfnReportPlan.ReportSetting, MapValue.Of(
                new(ReportTemplate, Token.ToValue(setting.ReportTemplate.Name)),
                new(FrameworkArns, setting.Frameworks.Count == 0 ? null : new ListValue([.. setting.Frameworks.Select(FrameworkArn).Distinct()])),
                new(Accounts, Distinct(setting.Accounts)),
                new(OrganizationUnits, Distinct(setting.OrganizationUnits)),
                new(Regions, Distinct(setting.Regions)))),
            new(CfnReportPlan.ReportPlanTags, TagList(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.ReportPlan, construct.ResourcePath, properties);
    }

    /// <summary>A framework of the same stack by <c>Fn::GetAtt</c> (validation rejects one of another stack), else the ARN given.</summary>
    private static Value FrameworkArn(IFramework framework) => framework switch
    {
        Framework construct => new AttributeValue(construct.LogicalId, CfnFramework.FrameworkArn),
        _ => Token.ToValue(framework.FrameworkArn),
    };

    private static ListValue? Distinct(IReadOnlyList<string> items) => items.Count == 0 ? null : Strings(items.Distinct(StringComparer.Ordinal));

    // ── import (scope "import") ──
}
