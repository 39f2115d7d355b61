using System.Collections.Frozen;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// The facts index of resources other than AWS Backup's (issue 16): the S3 buckets, bucket policies, SNS topics, topic
/// policies, KMS keys and aliases, RDS DB instances, DynamoDB tables, EBS volumes and EC2 instances of the app, given as
/// <see cref="RawResource"/>s (natively <see cref="BackupStack.AddRawResource"/>; in a CDK app, the CDK tree's L1
/// resources). Computed once per synth (<see cref="ValidationFacts.Resources"/>); a lookup resolves what a property of
/// the model names (a literal name or ARN, or a <c>Ref</c>/<c>Fn::GetAtt</c> of the resource) to the resource, or to
/// nothing when the value is unknown at synth time or names a resource outside the app. Bound: O(resources) to build,
/// O(1) per lookup by reference, O(resources of the type) per lookup by name.
/// </summary>
internal sealed class ResourceFacts
{
    public const string Bucket = "AWS::S3::Bucket";
    public const string BucketPolicy = "AWS::S3::BucketPolicy";
    public const string Topic = "AWS::SNS::Topic";
    public const string TopicPolicy = "AWS::SNS::TopicPolicy";
    public const string Key = "AWS::KMS::Key";
    public const string Alias = "AWS::KMS::Alias";
    public const string DbInstance = "AWS::RDS::DBInstance";
    public const string Table = "AWS::DynamoDB::Table";
    public const string Volume = "AWS::EC2::Volume";
    public const string Instance = "AWS::EC2::Instance";
    public const string ServiceLinkedRole = "AWS::IAM::ServiceLinkedRole";
    public const string Role = "AWS::IAM::Role";

    /// <summary>The types this index reads: what lint keeps of a template besides its AWS Backup resources (issue 16).</summary>
    public static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet([Bucket, BucketPolicy, Topic, TopicPolicy, Key, Alias, DbInstance, Table, Volume, Instance, ServiceLinkedRole, Role], StringComparer.Ordinal);

    /// <summary>The policy types: their properties name the resource they belong to.</summary>
    public static bool IsPolicy(string type) => type is BucketPolicy or TopicPolicy;

    private readonly Dictionary<(BackupStack, string), RawResource> byLogicalId = [];
    private readonly Dictionary<string, List<RawResource>> byType = new(StringComparer.Ordinal);
    private readonly Dictionary<RawResource, List<RawResource>> bucketPolicies = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RawResource, List<RawResource>> topicPolicies = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<BackupStack> unresolvedBucketPolicies = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<BackupStack> unresolvedTopicPolicies = new(ReferenceEqualityComparer.Instance);

    private readonly Func<string, Value?>? foreignToken;

    public ResourceFacts(IReadOnlyList<RawResource> resources, Func<string, Value?>? foreignToken = null)
    {
        this.foreignToken = foreignToken;
        foreach (var raw in resources)
        {
            byLogicalId.TryAdd((raw.Stack, raw.LogicalId), raw);
            if (!byType.TryGetValue(raw.Type, out var list))
            {
                list = [];
                byType[raw.Type] = list;
            }

            list.Add(raw);
        }

        foreach (var policy in OfType(BucketPolicy))
        {
            if (Resolve(policy.Stack, FactValues.Get(policy.Properties, CfnBucketPolicy.Bucket), Bucket) is { } bucket)
            {
                Add(bucketPolicies, bucket, policy);
            }
            else
            {
                unresolvedBucketPolicies.Add(policy.Stack);
            }
        }

        foreach (var policy in OfType(TopicPolicy))
        {
            foreach (var item in FactValues.Items(FactValues.Get(policy.Properties, CfnTopicPolicy.Topics)))
            {
                if (Resolve(policy.Stack, item, Topic) is { } topic)
                {
                    Add(topicPolicies, topic, policy);
                }
                else
                {
                    unresolvedTopicPolicies.Add(policy.Stack);
                }
            }
        }

        static void Add(Dictionary<RawResource, List<RawResource>> index, RawResource key, RawResource policy)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(policy);
        }
    }

    /// <summary>The resources of a CloudFormation type, in construct order.</summary>
    public IReadOnlyList<RawResource> OfType(string type) => byType.GetValueOrDefault(type) ?? [];

    /// <summary>The bucket policies of the app for a bucket.</summary>
    public IReadOnlyList<RawResource> BucketPoliciesOf(RawResource bucket) => bucketPolicies.GetValueOrDefault(bucket) ?? [];

    /// <summary>The topic policies of the app that name a topic.</summary>
    public IReadOnlyList<RawResource> TopicPoliciesOf(RawResource topic) => topicPolicies.GetValueOrDefault(topic) ?? [];

    /// <summary>Whether a bucket policy of the stack names a bucket that is unknown at synth time (it may be this one's).</summary>
    public bool HasUnresolvedBucketPolicy(BackupStack stack) => unresolvedBucketPolicies.Contains(stack);

    /// <summary>Whether a topic policy of the stack names a topic that is unknown at synth time (it may be this one).</summary>
    public bool HasUnresolvedTopicPolicy(BackupStack stack) => unresolvedTopicPolicies.Contains(stack);

    /// <summary>A resource of the stack by logical ID, or null.</summary>
    public RawResource? ByLogicalId(BackupStack stack, string logicalId) => byLogicalId.GetValueOrDefault((stack, logicalId));

    /// <summary>The resource of <paramref name="type"/> a model string names (a name, an ARN or a token), seen from <paramref name="stack"/>.</summary>
    public RawResource? Resolve(BackupStack stack, string? text, string type) => text is null ? null : Resolve(stack, ValueOf(text), type);

    /// <summary>
    /// A model string as a graph value: its deploy-time markers decoded (<see cref="Token.ToValue"/>) and, in a CDK app,
    /// the CDK's tokens in it read as what the CDK resolves them to (<see cref="ForeignFacts.Token"/>), so that a
    /// <c>topic.TopicArn</c> given to the model is the <c>Ref</c> of that topic. A foreign token that cannot be read stays
    /// literal text, which names nothing.
    /// </summary>
    public Value ValueOf(string text)
    {
        var value = Token.ToValue(text);
        if (foreignToken is null)
        {
            return value;
        }

        var parts = value is JoinValue join ? join.Parts : [value];
        var result = new List<Value>();
        foreach (var part in parts)
        {
            var read = part is StringValue s && s.Text.Contains("${Token[", StringComparison.Ordinal) ? foreignToken(s.Text) ?? part : part;
            if (read is JoinValue inner)
            {
                result.AddRange(inner.Parts);
            }
            else
            {
                result.Add(read);
            }
        }

        return result.Count == 1 ? result[0] : new JoinValue([.. result]);
    }

    /// <summary>The resource of <paramref name="type"/> a value names (a name, an ARN, <c>Ref</c>, <c>Fn::GetAtt</c>, or a join around one), seen from <paramref name="stack"/>.</summary>
    public RawResource? Resolve(BackupStack stack, Value? value, string type)
    {
        value = FactValues.Normalize(value);
        if (value is null)
        {
            return null;
        }

        if (FactValues.ReferenceTo(value) is { } id)
        {
            var target = ByLogicalId(stack, id);
            return target?.Type == type ? target : type == Key && target?.Type == Alias ? Resolve(stack, FactValues.Get(target.Properties, CfnAlias.TargetKeyId), Key) : null;
        }

        if (value is JoinValue join)
        {
            // "arn:aws:s3:::" + Ref Bucket, ".../volume/" + Ref Volume: the one resource of the type the join names.
            var named = join.Parts.Select(p => FactValues.ReferenceTo(p) is { } r ? ByLogicalId(stack, r) : null).Where(r => r?.Type == type).Distinct().ToList();
            if (named.Count == 1)
            {
                return named[0];
            }
        }

        return FactValues.Shape(value, stack) is { } shape && !shape.Contains(FactValues.Unknown, StringComparison.Ordinal) ? ByName(stack, shape, type) : null;
    }

    /// <summary>The KMS key a key property names (an ID, ARN or alias of a key of the app), or null.</summary>
    public RawResource? KeyOf(BackupStack stack, Value? value)
    {
        var text = FactValues.Shape(FactValues.Normalize(value), stack);
        if (text is not null && !text.Contains(FactValues.Unknown, StringComparison.Ordinal) && AliasName(text) is { } alias)
        {
            var target = OfType(Alias).FirstOrDefault(a => a.Stack == stack && FactValues.Text(FactValues.Get(a.Properties, CfnAlias.AliasName)) == alias);
            return target is null ? null : Resolve(stack, FactValues.Get(target.Properties, CfnAlias.TargetKeyId), Key);
        }

        return Resolve(stack, value, Key);
    }

    /// <summary>The alias name of a key reference (<c>alias/x</c> or an alias ARN), or null.</summary>
    public static string? AliasName(string text)
    {
        if (text.StartsWith("alias/", StringComparison.Ordinal))
        {
            return text;
        }

        var at = text.IndexOf(":alias/", StringComparison.Ordinal);
        return text.StartsWith("arn:", StringComparison.Ordinal) && at > 0 ? text[(at + 1)..] : null;
    }

    /// <summary>
    /// A resource by the name or ARN a literal gives: a bucket by name (global), a topic by its ARN's name (the stack's
    /// own when the ARN's account and Region are its), a table or DB instance by its ARN's name in the same place.
    /// </summary>
    private RawResource? ByName(BackupStack stack, string text, string type)
    {
        var arn = text.Split(':', 6);
        switch (type)
        {
            case Bucket:
                var name = arn is ["arn", _, "s3", "", "", var key] ? key : text.StartsWith("arn:", StringComparison.Ordinal) ? null : text;
                return name is null ? null : OfType(Bucket).FirstOrDefault(b => FactValues.Text(FactValues.Get(b.Properties, CfnBucket.BucketName)) == name);
            case Topic when arn is ["arn", _, "sns", var region, var account, var topic]:
                return OfType(Topic).FirstOrDefault(t => t.Stack.Environment.IsAt(account, region) && FactValues.Text(FactValues.Get(t.Properties, CfnTopic.TopicName)) == topic);
            case Table when arn is ["arn", _, "dynamodb", var tableRegion, var tableAccount, var table] && table.StartsWith("table/", StringComparison.Ordinal):
                return OfType(Table).FirstOrDefault(t => t.Stack.Environment.IsAt(tableAccount, tableRegion) && FactValues.Text(FactValues.Get(t.Properties, CfnTable.TableName)) == table["table/".Length..]);
            case DbInstance when arn is ["arn", _, "rds", var dbRegion, var dbAccount, var db] && db.StartsWith("db:", StringComparison.Ordinal):
                return OfType(DbInstance).FirstOrDefault(d => d.Stack.Environment.IsAt(dbAccount, dbRegion)
                    && string.Equals(FactValues.Text(FactValues.Get(d.Properties, CfnDBInstance.DBInstanceIdentifier)), db["db:".Length..], StringComparison.OrdinalIgnoreCase));
            default:
                return null;
        }
    }
}
