using Backup.Iac.Graph;
using Backup.Iac.Organizations;

namespace Backup.Iac.Lowering;

/// <summary>
/// Lowers a <see cref="BackupPolicy"/> to <c>AWS::Organizations::Policy</c>: <c>Type</c> <c>BACKUP_POLICY</c>,
/// <c>Content</c> as a structured map in the documented syntax (not a string, so CloudFormation can detect drift),
/// <c>TargetIds</c>, and <c>Tags</c> as a list of <c>Key</c>/<c>Value</c>.
/// </summary>
internal static class BackupPolicyLowering
{
    public const string PolicyType = "BACKUP_POLICY";

    public static Resource Lower(BackupPolicy policy)
    {
        var p = policy.Props;
        var targets = (p.Targets ?? []).Select(t => t.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var tags = p.Tags is { Count: > 0 } t
            ? new ListValue([.. t.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => (Value)MapValue.Of(new("Key", Token.ToValue(x.Key)), new("Value", Token.ToValue(x.Value))))])
            : null;
        var properties = MapValue.Of(
            new("Name", Token.ToValue(policy.PolicyName)),
            new("Description", p.Description is null ? null : Token.ToValue(p.Description)),
            new("Type", PolicyType),
            new("Content", PolicyWriter.Graph(PolicyTree.Of(p.Document))),
            new("TargetIds", targets.Count == 0 ? null : new ListValue([.. targets.Select(Token.ToValue)])),
            new("Tags", tags));
        return new Resource(policy.LogicalId, ResourceTypes.OrganizationsPolicy, policy.ResourcePath, properties);
    }
}
