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

    /// <summary>The optional properties the lowering writes: deleted when the template has not got them.</summary>
    private static readonly string[] PolicyProperties =
        [Graph.CloudFormation.CfnPolicy.Name, Graph.CloudFormation.CfnPolicy.Description, Graph.CloudFormation.CfnPolicy.TargetIds, Graph.CloudFormation.CfnPolicy.Tags];

    /// <inheritdoc />
    /// <remarks>Only policies of type <c>BACKUP_POLICY</c>: the other Organizations policies are not backup resources.</remarks>
    public override bool Claims(Iac.Import.SourceMapping body) =>
        body["Properties"] is Iac.Import.SourceMapping p && p[Graph.CloudFormation.CfnPolicy.Type] is Iac.Import.SourceScalar { Text: "BACKUP_POLICY" };

    /// <inheritdoc />
    /// <remarks>
    /// The policy as the <see cref="BackupPolicy"/> construct, so that every check of the construct runs on it: its
    /// <c>Content</c> (an object, a JSON string, or <c>Fn::ToJsonString</c> of an object) read by the typed policy reader,
    /// its name, description and targets. Every property is written back as the template has it. When the content is
    /// built at deploy time (<c>Fn::Sub</c>, <c>Fn::If</c>...) the resource is kept as written and what can be read of
    /// its content is checked on its own.
    /// </remarks>
    public override Construct? Import(ImportContext context)
    {
        const string contentKey = Graph.CloudFormation.CfnPolicy.Content;
        const string targetsKey = Graph.CloudFormation.CfnPolicy.TargetIds;
        var p = context.Properties;
        var path = context.Path;
        if (p.IntrinsicName is not null || p[contentKey] is not { } content || context.JsonDocument(content) is not { } document)
        {
            if (p[contentKey] is { } asWritten)
            {
                context.CheckPolicyAsWritten(asWritten, contentKey);
            }

            context.KeepAsWritten(null);
            return null;
        }

        var targets = new List<IPolicyTarget>();
        if (p[targetsKey] is Iac.Import.SourceMapping { IntrinsicName: not null } allTargets)
        {
            context.Keep(targetsKey, allTargets, "Targets");
        }
        else if (context.StringList(p, targetsKey, path, "Targets", targetsKey) is { } ids)
        {
            targets.AddRange(ids.Select(id => new PolicyTarget(id)));
        }

        var props = new BackupPolicyProps
        {
            Document = BackupPolicyDocument.Parse(document.Json, path).Document,
            PolicyName = context.Text(p, Graph.CloudFormation.CfnPolicy.Name, path, "PolicyName"),
            Description = context.Text(p, Graph.CloudFormation.CfnPolicy.Description, path, "Description"),
            Targets = p[targetsKey] is null or Iac.Import.SourceSequence ? targets : [],
            Tags = context.TagList(p, Graph.CloudFormation.CfnPolicy.Tags, path),
        };
        context.Locate(path, "Document", content.At);
        LocatePolicy(context, path, document.Located, "", 0);
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        var policy = context.Stack.AddBackupPolicy(context.LogicalId, props);

        // Written back as the template has it: the typed document drops what it cannot read, and orders keys its own way.
        foreach (var e in p.Entries)
        {
            policy.AddPropertyOverride(e.Key, context.ToValue(e.Value));
        }

        foreach (var key in PolicyProperties.Where(k => p[k] is null))
        {
            policy.AddPropertyDeletionOverride(key);
        }

        return policy;
    }

    /// <summary>Records where each node of the policy is written, under its JSON path (the property of the construct's diagnostics).</summary>
    private static void LocatePolicy(ImportContext context, string path, Iac.Import.SourceNode node, string at, int depth)
    {
        if (depth > context.MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case Iac.Import.SourceMapping m:
                foreach (var e in m.Entries)
                {
                    var child = Organizations.PolicyPaths.Append(at, e.Key);
                    context.Locate(path, child, e.KeyAt);
                    LocatePolicy(context, path, e.Value, child, depth + 1);
                }

                break;
            case Iac.Import.SourceSequence l:
                for (var i = 0; i < l.Items.Length; i++)
                {
                    var child = $"{at}[{i}]";
                    context.Locate(path, child, l.Items[i].At);
                    LocatePolicy(context, path, l.Items[i], child, depth + 1);
                }

                break;
        }
    }
}
