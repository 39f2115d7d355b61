using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>The template reader's frameworks and report plans.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        private Framework? Framework(string logicalId, SourceMapping p, string path)
        {
            if (p["FrameworkControls"] is not SourceSequence controlNodes)
            {
                return null; // required: the schema check reports it; kept as written
            }

            if (controlNodes.Items.Any(c => c is not SourceMapping { IntrinsicName: null }))
            {
                rawReason = "which controls it has is decided at deploy time (an intrinsic function such as Fn::If in FrameworkControls)";
                return null;
            }

            var controls = Items(p, "FrameworkControls", "FrameworkControls", (c, i) =>
            {
                if (Text(c, "ControlName", path, $"Controls[{i}]", null) is not { } name)
                {
                    return null;
                }

                Locator.Add(path, $"Controls[{i}]", c.At);
                var parameters = Items(c, "ControlInputParameters", $"FrameworkControls.{i}.ControlInputParameters", (x, j) =>
                    Text(x, "ParameterName", path, $"Controls[{i}].Parameters[{j}]", null) is { } n && Text(x, "ParameterValue", path, $"Controls[{i}].Parameters[{j}].Value", null) is { } v
                        ? new ControlInputParameter(n, v) : null);
                ControlScope? scope = null;
                if (Object(c, "ControlScope", $"FrameworkControls.{i}.ControlScope") is { } s)
                {
                    Locator.Add(path, $"Controls[{i}].Scope", s.At);
                    scope = new ControlScope
                    {
                        ComplianceResourceTypes = StringList(s, "ComplianceResourceTypes", path, $"Controls[{i}].Scope.ComplianceResourceTypes", $"FrameworkControls.{i}.ControlScope.ComplianceResourceTypes") ?? [],
                        ComplianceResourceIds = StringList(s, "ComplianceResourceIds", path, $"Controls[{i}].Scope.ComplianceResourceIds", $"FrameworkControls.{i}.ControlScope.ComplianceResourceIds"),
                        Tags = TagList(s, "Tags", path, $"FrameworkControls.{i}.ControlScope.Tags"),
                    };
                }

                return FrameworkControl.Custom(name, parameters) with { Scope = scope };
            });
            var props = new FrameworkProps
            {
                FrameworkName = Text(p, "FrameworkName", path, "FrameworkName", null),
                Description = Text(p, "FrameworkDescription", path, "Description", null),
                Controls = controls,
                Tags = TagList(p, "FrameworkTags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            var framework = stack.AddFramework(logicalId, props);
            if (props.FrameworkName is null)
            {
                framework.AddPropertyDeletionOverride("FrameworkName"); // CloudFormation names it; the model would write a name
            }

            return framework;
        }

        private ReportPlan? ReportPlan(string logicalId, SourceMapping p, string path)
        {
            if (Object(p, "ReportSetting", "ReportSetting") is not { } setting || Object(p, "ReportDeliveryChannel", "ReportDeliveryChannel") is not { } channel
                || Text(setting, "ReportTemplate", path, "ReportSetting.ReportTemplate", null) is not { } template
                || Text(channel, "S3BucketName", path, "ReportDeliveryChannel.S3BucketName", null) is not { } bucket)
            {
                return null;
            }

            var frameworks = new List<IFramework>();
            if (setting["FrameworkArns"] is SourceMapping { IntrinsicName: not null } allArns)
            {
                Keep("ReportSetting.FrameworkArns", allArns);
            }
            else if (setting["FrameworkArns"] is SourceSequence arns)
            {
                Locator.Add(path, "ReportSetting.Frameworks", arns.At);
                foreach (var node in arns.Items)
                {
                    if (node is SourceMapping { IntrinsicName: "Fn::GetAtt" } g && g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar id, SourceScalar { Text: "FrameworkArn" }] }
                        && imported.GetValueOrDefault(id.Text) is IFramework framework)
                    {
                        frameworks.Add(framework);
                    }
                    else if (StringOf(node) is { } arn)
                    {
                        frameworks.Add(Iac.Framework.FromArn(arn));
                    }
                }
            }

            IReadOnlyList<ReportFormat> formats = [];
            if (StringList(channel, "Formats", path, "ReportDeliveryChannel.Formats", "ReportDeliveryChannel.Formats") is { } names)
            {
                if (names.All(n => n is "CSV" or "JSON"))
                {
                    formats = [.. names.Select(n => n == "CSV" ? ReportFormat.Csv : ReportFormat.Json)];
                }
                else
                {
                    Keep("ReportDeliveryChannel.Formats", channel["Formats"]!); // another value or a deploy-time one: checked by the schema, kept as written
                }
            }

            var props = new ReportPlanProps
            {
                ReportPlanName = Text(p, "ReportPlanName", path, "ReportPlanName", null),
                Description = Text(p, "ReportPlanDescription", path, "Description", null),
                ReportSetting = new ReportSetting
                {
                    ReportTemplate = ReportTemplate.FromName(template),
                    Frameworks = frameworks,
                    Accounts = StringList(setting, "Accounts", path, "ReportSetting.Accounts", "ReportSetting.Accounts") ?? [],
                    OrganizationUnits = StringList(setting, "OrganizationUnits", path, "ReportSetting.OrganizationUnits", "ReportSetting.OrganizationUnits") ?? [],
                    Regions = StringList(setting, "Regions", path, "ReportSetting.Regions", "ReportSetting.Regions") ?? [],
                },
                ReportDeliveryChannel = new ReportDeliveryChannel
                {
                    S3BucketName = bucket,
                    S3KeyPrefix = Text(channel, "S3KeyPrefix", path, "ReportDeliveryChannel.S3KeyPrefix", null),
                    Formats = formats,
                },
                Tags = TagList(p, "ReportPlanTags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            var plan = stack.AddReportPlan(logicalId, props);
            if (props.ReportPlanName is null)
            {
                plan.AddPropertyDeletionOverride("ReportPlanName"); // CloudFormation names it; the model would write a name
            }

            return plan;
        }
    }
}
