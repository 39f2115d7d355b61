using Backup.Iac.Graph;

namespace Backup.Iac.Lowering;

/// <summary>
/// Lowers frameworks, report plans and resource tracking: <c>AWS::Backup::Framework</c> (numbers as strings, scope
/// tags as a list of <c>Key</c>/<c>Value</c>), <c>AWS::Backup::ReportPlan</c> (frameworks of the stack as
/// <c>Fn::GetAtt Framework.FrameworkArn</c>, never <c>NumberOfFrameworks</c>), and the AWS Config recorder with its
/// delivery channel, which the stack's frameworks depend on.
/// </summary>
internal static class AuditLowering
{
    public static Resource Framework(Framework framework)
    {
        var p = framework.Props;
        var properties = MapValue.Of(
            new("FrameworkName", Token.ToValue(framework.FrameworkName)),
            new("FrameworkDescription", Str(p.Description)),
            new("FrameworkControls", new ListValue([.. p.Controls.Select(Control)])),
            new("FrameworkTags", Lowerer.TagList(p.Tags)));
        var tracking = framework.Stack.Descendants().OfType<ResourceTracking>().Where(t => !t.Props.ManagedElsewhere)
            .SelectMany(t => string.IsNullOrWhiteSpace(t.Props.DeliveryBucketName) ? [t.RecorderLogicalId] : new[] { t.RecorderLogicalId, t.DeliveryChannelLogicalId });
        return new Resource(framework.LogicalId, ResourceTypes.Framework, framework.ResourcePath, properties)
        {
            DependsOn = [.. tracking],
        };
    }

    private static Value Control(FrameworkControl control)
    {
        var scope = control.Scope is { IsEmpty: false } s ? MapValue.Of(
            new("ComplianceResourceIds", s.ComplianceResourceIds is null ? null : Strings(s.ComplianceResourceIds)),
            new("ComplianceResourceTypes", s.ComplianceResourceTypes.Count == 0 ? null : Strings(s.ComplianceResourceTypes.Select(t => t == "FSX" ? "FSx" : t))),
            new("Tags", Lowerer.TagList(s.Tags))) : null;
        return MapValue.Of(
            new("ControlName", Token.ToValue(control.ControlName)),
            new("ControlInputParameters", control.Parameters.Count == 0 ? null : new ListValue([.. control.Parameters.Select(i => (Value)MapValue.Of(
                new("ParameterName", Token.ToValue(i.ParameterName)),
                new("ParameterValue", Token.ToValue(i.ParameterValue))))])),
            new("ControlScope", scope));
    }

    public static Resource ReportPlan(ReportPlan plan)
    {
        var p = plan.Props;
        var setting = p.ReportSetting;
        var channel = p.ReportDeliveryChannel;
        var properties = MapValue.Of(
            new("ReportPlanName", Token.ToValue(plan.ReportPlanName)),
            new("ReportPlanDescription", Str(p.Description)),
            new("ReportDeliveryChannel", MapValue.Of(
                new("S3BucketName", Token.ToValue(channel.S3BucketName)),
                new("S3KeyPrefix", Str(channel.S3KeyPrefix)),
                new("Formats", channel.Formats.Count == 0 ? null : new ListValue([.. channel.Formats.Distinct().Select(f => (Value)(f == ReportFormat.Json ? "JSON" : "CSV"))])))),
            new("ReportSetting", MapValue.Of(
                new("ReportTemplate", Token.ToValue(setting.ReportTemplate.Name)),
                new("FrameworkArns", setting.Frameworks.Count == 0 ? null : new ListValue([.. setting.Frameworks.Select(FrameworkArn).Distinct()])),
                new("Accounts", Distinct(setting.Accounts)),
                new("OrganizationUnits", Distinct(setting.OrganizationUnits)),
                new("Regions", Distinct(setting.Regions)))),
            new("ReportPlanTags", Lowerer.TagList(p.Tags)));
        return new Resource(plan.LogicalId, ResourceTypes.ReportPlan, plan.ResourcePath, properties);
    }

    /// <summary>A framework of the same stack by <c>Fn::GetAtt</c> (validation rejects one of another stack), else the ARN given.</summary>
    private static Value FrameworkArn(IFramework framework) => framework switch
    {
        Framework construct => new AttributeValue(construct.LogicalId, "FrameworkArn"),
        _ => Token.ToValue(framework.FrameworkArn),
    };

    public static IEnumerable<Resource> ResourceTracking(ResourceTracking tracking)
    {
        var p = tracking.Props;
        if (p.ManagedElsewhere)
        {
            yield break;
        }

        var path = tracking.StackRelativePath;
        if (p.CreateServiceLinkedRole)
        {
            yield return new Resource(tracking.ServiceLinkedRoleLogicalId, ResourceTypes.ServiceLinkedRole, path + "/ServiceLinkedRole",
                MapValue.Of(new("AWSServiceName", "config.amazonaws.com"), new("Description", "Service-linked role of AWS Config (resource tracking for AWS Backup Audit Manager)")));
        }

        var roleArn = new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::", new PseudoParameterValue(PseudoParameters.AccountId),
            ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"]);
        var group = p.AllSupported
            ? MapValue.Of(new KeyValuePair<string, Value?>("AllSupported", new BoolValue(true)))
            : MapValue.Of(new("AllSupported", new BoolValue(false)), new("ResourceTypes", Strings(p.ResourceTypes.Distinct(StringComparer.Ordinal))));
        yield return new Resource(tracking.RecorderLogicalId, ResourceTypes.ConfigurationRecorder, path + "/Recorder",
            MapValue.Of(new("RoleARN", roleArn), new("RecordingGroup", group)))
        {
            DependsOn = p.CreateServiceLinkedRole ? [tracking.ServiceLinkedRoleLogicalId] : [],
        };
        if (!string.IsNullOrWhiteSpace(p.DeliveryBucketName))
        {
            yield return new Resource(tracking.DeliveryChannelLogicalId, ResourceTypes.ConfigDeliveryChannel, path + "/DeliveryChannel",
                MapValue.Of(new("S3BucketName", Token.ToValue(p.DeliveryBucketName)), new("S3KeyPrefix", Str(p.DeliveryKeyPrefix))))
            {
                DependsOn = [tracking.RecorderLogicalId],
            };
        }
    }

    private static Value? Str(string? s) => s is null ? null : Token.ToValue(s);

    private static ListValue Strings(IEnumerable<string> items) => new([.. items.Select(Token.ToValue)]);

    private static ListValue? Distinct(IReadOnlyList<string> items) => items.Count == 0 ? null : Strings(items.Distinct(StringComparer.Ordinal));
}
