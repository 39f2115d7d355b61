using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Backup Audit Manager framework.</summary>
internal sealed class FrameworkKind : ResourceKind<Framework>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.Framework];

    // ── lowering (scope "kinds") ──

    // The schema types ControlScope as an object without a definition, so its names are not generated: they live here.
    private const string ComplianceResourceIds = "ComplianceResourceIds";
    private const string ComplianceResourceTypes = "ComplianceResourceTypes";
    private const string ScopeTags = "Tags";

    /// <inheritdoc />
    /// <remarks>Numbers are strings, scope tags a list of <c>Key</c>/<c>Value</c>; the framework depends on the stack's AWS Config recorder and delivery channel.</remarks>
    protected override IEnumerable<Resource> Lower(Framework construct, LoweringContext context)
    {
        var p = construct.Props;
        var properties = MapValue.Of(
            new(CfnFramework.FrameworkName, Token.ToValue(construct.FrameworkName)),
            new(CfnFramework.FrameworkDescription, Str(p.Description)),
            new(CfnFramework.FrameworkControls, new ListValue([.. p.Controls.Select(Control)])),
            new(CfnFramework.FrameworkTags, TagList(p.Tags)));
        var tracking = construct.Stack.Descendants().OfType<ResourceTracking>().Where(t => !t.Props.ManagedElsewhere)
            .SelectMany(t => string.IsNullOrWhiteSpace(t.Props.DeliveryBucketName) ? [t.RecorderLogicalId] : new[] { t.RecorderLogicalId, t.DeliveryChannelLogicalId });
        yield return new Resource(construct.LogicalId, ResourceTypes.Framework, construct.ResourcePath, properties)
        {
            DependsOn = [.. tracking],
        };
    }

    private static Value Control(FrameworkControl control)
    {
        var scope = control.Scope is { IsEmpty: false } s ? MapValue.Of(
            new(ComplianceResourceIds, s.ComplianceResourceIds is null ? null : Strings(s.ComplianceResourceIds)),
            new(ComplianceResourceTypes, s.ComplianceResourceTypes.Count == 0 ? null : Strings(s.ComplianceResourceTypes.Select(ResourceTypeName))),
            new(ScopeTags, TagList(s.Tags))) : null;
        return MapValue.Of(
            new(CfnFramework.FrameworkControlProperty.ControlName, Token.ToValue(control.ControlName)),
            new(CfnFramework.FrameworkControlProperty.ControlInputParameters, control.Parameters.Count == 0 ? null : new ListValue([.. control.Parameters.Select(i => (Value)MapValue.Of(
                new(CfnFramework.ControlInputParameterProperty.ParameterName, Token.ToValue(i.ParameterName)),
                new(CfnFramework.ControlInputParameterProperty.ParameterValue, Token.ToValue(i.ParameterValue))))])),
            new(CfnFramework.FrameworkControlProperty.ControlScope, scope));
    }

    // ── import (scope "import") ──
}
