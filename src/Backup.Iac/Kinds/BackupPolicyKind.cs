using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using Backup.Iac.Organizations;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Organizations backup policy (<c>AWS::Organizations::Policy</c> of type <c>BACKUP_POLICY</c>).</summary>
internal sealed class BackupPolicyKind : ResourceKind<BackupPolicy>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.OrganizationsPolicy];

    // ── lowering (scope "kinds") ──

    /// <summary>The Organizations policy type of a backup policy.</summary>
    public const string PolicyType = "BACKUP_POLICY";

    /// <inheritdoc />
    /// <remarks>
    /// <c>Type</c> <c>BACKUP_POLICY</c>, <c>Content</c> as a structured map in the documented syntax (not a string, so
    /// CloudFormation can detect drift), <c>TargetIds</c>, and <c>Tags</c> as a list of <c>Key</c>/<c>Value</c>.
    /// </remarks>
    protected override IEnumerable<Resource> Lower(BackupPolicy construct, LoweringContext context)
    {
        var p = construct.Props;
        var targets = (p.Targets ?? []).Select(t => t.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var properties = MapValue.Of(
            new(CfnPolicy.Name, Token.ToValue(construct.PolicyName)),
            new(CfnPolicy.Description, Str(p.Description)),
            new(CfnPolicy.Type, PolicyType),
            new(CfnPolicy.Content, PolicyWriter.Graph(PolicyTree.Of(p.Document))),
            new(CfnPolicy.TargetIds, targets.Count == 0 ? null : Strings(targets)),
            new(CfnPolicy.Tags, TagList(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.OrganizationsPolicy, construct.ResourcePath, properties);
    }

    // ── import (scope "import") ──
}
