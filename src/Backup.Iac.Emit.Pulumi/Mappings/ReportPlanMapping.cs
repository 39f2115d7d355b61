using System.Collections.Immutable;
using Channel = Backup.Iac.Graph.CloudFormation.CfnReportPlan.ReportDeliveryChannelProperty;
using Names = Backup.Iac.Graph.CloudFormation.CfnReportPlan;
using Setting = Backup.Iac.Graph.CloudFormation.CfnReportPlan.ReportSettingProperty;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>An AWS Backup Audit Manager report plan.</summary>
internal sealed class ReportPlanMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:ReportPlan";

    public override string? RefOutput => "arn";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.ReportPlanArn, "arn"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        var channel = r.Map(Names.ReportDeliveryChannel);
        var setting = r.Map(Names.ReportSetting);
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.ReportPlanName)), ("description", c.Take(r, Names.ReportPlanDescription)), ("tags", c.Tags(r, Names.ReportPlanTags)),
            ("reportDeliveryChannel", channel is null ? null : MappingContext.Props(
                ("formats", c.Take(channel, Channel.Formats)), ("s3BucketName", c.Take(channel, Channel.S3BucketName)), ("s3KeyPrefix", c.Take(channel, Channel.S3KeyPrefix)))),
            ("reportSetting", setting is null ? null : MappingContext.Props(
                ("reportTemplate", c.Take(setting, Setting.ReportTemplate)), ("frameworkArns", c.Take(setting, Setting.FrameworkArns)),
                ("accounts", c.Take(setting, Setting.Accounts)), ("organizationUnits", c.Take(setting, Setting.OrganizationUnits)),
                ("regions", c.Take(setting, Setting.Regions))))));
    }
}
