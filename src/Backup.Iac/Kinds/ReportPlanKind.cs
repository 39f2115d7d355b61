using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;
using Channel = Backup.Iac.Graph.CloudFormation.CfnReportPlan.ReportDeliveryChannelProperty;
using Setting = Backup.Iac.Graph.CloudFormation.CfnReportPlan.ReportSettingProperty;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Backup Audit Manager report plan.</summary>
internal sealed class ReportPlanKind : ResourceKind<ReportPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.ReportPlan];

    // ── lowering (scope "kinds") ──

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
                new(Channel.S3BucketName, Token.ToValue(channel.S3BucketName)),
                new(Channel.S3KeyPrefix, Str(channel.S3KeyPrefix)),
                new(Channel.Formats, channel.Formats.Count == 0 ? null : new ListValue([.. channel.Formats.Distinct().Select(f => (Value)(f == ReportFormat.Json ? "JSON" : "CSV"))])))),
            new(CfnReportPlan.ReportSetting, MapValue.Of(
                new(Setting.ReportTemplate, Token.ToValue(setting.ReportTemplate.Name)),
                new(Setting.FrameworkArns, setting.Frameworks.Count == 0 ? null : new ListValue([.. setting.Frameworks.Select(FrameworkArn).Distinct()])),
                new(Setting.Accounts, Distinct(setting.Accounts)),
                new(Setting.OrganizationUnits, Distinct(setting.OrganizationUnits)),
                new(Setting.Regions, Distinct(setting.Regions)))),
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

    /// <inheritdoc />
    public override int? ImportOrder => 9;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string settingKey = Graph.CloudFormation.CfnReportPlan.ReportSetting;
        const string channelKey = Graph.CloudFormation.CfnReportPlan.ReportDeliveryChannel;

        // The keys below ReportSetting and ReportDeliveryChannel: objects written inline in the schema, so not among the generated names.
        const string templateKey = Setting.ReportTemplate, frameworksKey = Setting.FrameworkArns, accountsKey = Setting.Accounts, unitsKey = Setting.OrganizationUnits, regionsKey = Setting.Regions;
        const string bucketKey = Channel.S3BucketName, prefixKey = Channel.S3KeyPrefix, formatsKey = Channel.Formats;
        var p = context.Properties;
        var path = context.Path;
        if (context.Object(p, settingKey, settingKey) is not { } setting || context.Object(p, channelKey, channelKey) is not { } channel
            || context.Text(setting, templateKey, path, "ReportSetting.ReportTemplate") is not { } template
            || context.Text(channel, bucketKey, path, "ReportDeliveryChannel.S3BucketName") is not { } bucket)
        {
            return null;
        }

        var frameworks = new List<IFramework>();
        if (setting[frameworksKey] is Iac.Import.SourceMapping { IntrinsicName: not null } allArns)
        {
            context.Keep($"{settingKey}.{frameworksKey}", allArns);
        }
        else if (setting[frameworksKey] is Iac.Import.SourceSequence arns)
        {
            context.Locate(path, "ReportSetting.Frameworks", arns.At);
            foreach (var node in arns.Items)
            {
                if (node is Iac.Import.SourceMapping { IntrinsicName: "Fn::GetAtt" } g
                    && g["Fn::GetAtt"] is Iac.Import.SourceSequence { Items: [Iac.Import.SourceScalar id, Iac.Import.SourceScalar { Text: Graph.CloudFormation.CfnFramework.FrameworkArn }] }
                    && context.Imported(id.Text) is IFramework framework)
                {
                    frameworks.Add(framework);
                }
                else if (context.StringOf(node) is { } arn)
                {
                    frameworks.Add(Framework.FromArn(arn));
                }
            }
        }

        IReadOnlyList<ReportFormat> formats = [];
        if (context.StringList(channel, formatsKey, path, "ReportDeliveryChannel.Formats", $"{channelKey}.{formatsKey}") is { } names)
        {
            if (names.All(n => n is "CSV" or "JSON"))
            {
                formats = [.. names.Select(n => n == "CSV" ? ReportFormat.Csv : ReportFormat.Json)];
            }
            else
            {
                context.Keep($"{channelKey}.{formatsKey}", channel[formatsKey]!); // another value or a deploy-time one: checked by the schema, kept as written
            }
        }

        var props = new ReportPlanProps
        {
            ReportPlanName = context.Text(p, Graph.CloudFormation.CfnReportPlan.ReportPlanName, path, "ReportPlanName"),
            Description = context.Text(p, Graph.CloudFormation.CfnReportPlan.ReportPlanDescription, path, "Description"),
            ReportSetting = new ReportSetting
            {
                ReportTemplate = ReportTemplate.FromName(template),
                Frameworks = frameworks,
                Accounts = context.StringList(setting, accountsKey, path, "ReportSetting.Accounts", $"{settingKey}.{accountsKey}") ?? [],
                OrganizationUnits = context.StringList(setting, unitsKey, path, "ReportSetting.OrganizationUnits", $"{settingKey}.{unitsKey}") ?? [],
                Regions = context.StringList(setting, regionsKey, path, "ReportSetting.Regions", $"{settingKey}.{regionsKey}") ?? [],
            },
            ReportDeliveryChannel = new ReportDeliveryChannel
            {
                S3BucketName = bucket,
                S3KeyPrefix = context.Text(channel, prefixKey, path, "ReportDeliveryChannel.S3KeyPrefix"),
                Formats = formats,
            },
            Tags = context.TagList(p, Graph.CloudFormation.CfnReportPlan.ReportPlanTags, path),
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        var plan = context.Stack.AddReportPlan(context.LogicalId, props);
        if (props.ReportPlanName is null)
        {
            plan.AddPropertyDeletionOverride(Graph.CloudFormation.CfnReportPlan.ReportPlanName); // CloudFormation names it; the model would write a name
        }

        return plan;
    }
}
