using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Lowering;

/// <summary>
/// The topic policies a stack writes for its vaults' notification topics (<see cref="VaultNotifications.CreateTopicPolicy"/>):
/// one per topic (the same ARN text, literal or token), owned by the first vault in construct order that sets the
/// option, and covering every vault of the stack (backup vaults and logically air-gapped vaults) that notifies that
/// topic, since the policy replaces the topic's whole access policy. Lowering writes them; validation reads them
/// (NOTIF-010 counts them as a grant; BKP1212 reports another policy for the same topic). Bound: O(vaults of the stack).
/// </summary>
internal static class NotificationTopicPolicies
{
    private const string Backup = "backup.amazonaws.com";

    /// <summary>The policies of a stack, in the order of their owners.</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>The policies.</returns>
    public static IReadOnlyList<TopicPolicy> Of(BackupStack stack)
    {
        var byTopic = new Dictionary<string, List<Construct>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, Construct>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var node in stack.Descendants())
        {
            if (!ReferenceEquals(node.Stack, stack) || Notifications(node) is not { TopicArn.TopicArn: { Length: > 0 } arn } notifications)
            {
                continue;
            }

            if (!byTopic.TryGetValue(arn, out var vaults))
            {
                vaults = [];
                byTopic[arn] = vaults;
            }

            vaults.Add(node);
            if (notifications.CreateTopicPolicy && owners.TryAdd(arn, node))
            {
                order.Add(arn);
            }
        }

        return [.. order.Select(arn => new TopicPolicy(arn, owners[arn], byTopic[arn]))];
    }

    /// <summary>A vault's notifications (either vault type), or null.</summary>
    /// <param name="node">The construct.</param>
    /// <returns>The notifications, or null.</returns>
    public static VaultNotifications? Notifications(Construct node) => node switch
    {
        BackupVault v => v.Props.Notifications,
        LogicallyAirGappedBackupVault a => a.Props.Notifications,
        _ => null,
    };

    /// <summary>The policy a vault owns, if it owns one.</summary>
    /// <param name="vault">The vault.</param>
    /// <param name="context">The lowering context.</param>
    /// <returns>The resource, or null.</returns>
    public static Resource? Lower(Construct vault, LoweringContext context)
    {
        if (Notifications(vault) is not { CreateTopicPolicy: true })
        {
            return null;
        }

        var policy = context.TopicPolicies.FirstOrDefault(p => ReferenceEquals(p.Owner, vault));
        if (policy is null)
        {
            return null;
        }

        var topic = Token.ToValue(policy.TopicArn);
        var sources = policy.Vaults.Select(v => (Value)context.VaultArn((IBackupVault)v)).ToList();
        var account = vault.Stack.Account is { } literal ? (Value)new StringValue(literal) : new PseudoParameterValue(PseudoParameters.AccountId);
        var statement = MapValue.Of(
            new("Sid", new StringValue("AllowBackupToPublish")),
            new("Effect", new StringValue("Allow")),
            new("Principal", MapValue.Of(new KeyValuePair<string, Value?>("Service", new StringValue(Backup)))),
            new("Action", new StringValue("sns:Publish")),
            new("Resource", topic),
            new("Condition", MapValue.Of(
                new("ArnEquals", MapValue.Of(new KeyValuePair<string, Value?>("aws:SourceArn", sources.Count == 1 ? sources[0] : new ListValue([.. sources])))),
                new("StringEquals", MapValue.Of(new KeyValuePair<string, Value?>("aws:SourceAccount", account))))));
        var document = MapValue.Of(new("Version", new StringValue("2012-10-17")), new("Statement", new ListValue([statement])));
        return new Resource(policy.LogicalId, ResourceTypes.SnsTopicPolicy, policy.ResourcePath, MapValue.Of(
            new(CfnTopicPolicy.Topics, new ListValue([topic])),
            new(CfnTopicPolicy.PolicyDocument, document)));
    }
}

/// <summary>One topic policy of a stack: the topic, the vault that owns it, and the vaults it lets notify.</summary>
/// <param name="TopicArn">The topic's ARN text (literal or token).</param>
/// <param name="Owner">The first vault that sets <see cref="VaultNotifications.CreateTopicPolicy"/>.</param>
/// <param name="Vaults">Every vault of the stack that notifies the topic, in construct order.</param>
internal sealed record TopicPolicy(string TopicArn, Construct Owner, IReadOnlyList<Construct> Vaults)
{
    /// <summary>The construct path of the policy within its stack (under its owner).</summary>
    public string ResourcePath => Owner.StackRelativePath + "/TopicPolicy/Resource";

    /// <summary>The policy's logical ID (from its path, or an override of <c>OWNER/TopicPolicy</c>).</summary>
    public string LogicalId => Owner.Stack.LogicalIdFor(Owner.StackRelativePath + "/TopicPolicy") ?? LogicalIds.FromPath(ResourcePath);
}
