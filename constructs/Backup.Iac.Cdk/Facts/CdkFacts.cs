using System.Reflection;
using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Backup.Iac.Graph;
using Backup.Iac.Validation.Facts;

namespace Backup.Iac.Cdk.Facts;

/// <summary>
/// The facts a CDK stack shows about the resources the cross-resource checks read (S3 buckets and bucket policies, SNS
/// topics and topic policies, KMS keys and aliases, RDS DB instances, DynamoDB tables, EBS volumes, service-linked
/// roles; the types of <see cref="ResourceFacts"/>), read when the estate is synthesized (the CDK's aspect phase, once
/// the app's code has run): each L1 resource of those types, with its properties as CloudFormation reads them and its
/// logical ID, becomes a detached <see cref="RawResource.Fact"/> of the estate's model stack. Resources rendered by an
/// estate are the model's own and are left out. Bound: one pass over the stack's constructs, one resolve per fact.
/// </summary>
internal static class CdkFacts
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        ResourceFacts.Bucket, ResourceFacts.BucketPolicy, ResourceFacts.Topic, ResourceFacts.TopicPolicy, ResourceFacts.Key,
        ResourceFacts.Alias, ResourceFacts.DbInstance, ResourceFacts.Table, ResourceFacts.Volume, ResourceFacts.ServiceLinkedRole,
    };

    /// <summary>The facts of the CDK stack's resources, as resources of <paramref name="model"/>.</summary>
    public static IEnumerable<RawResource> Read(Amazon.CDK.Stack cdkStack, BackupStack model)
    {
        foreach (var construct in cdkStack.Node.FindAll())
        {
            if (construct is not CfnResource cfn || !Types.Contains(cfn.CfnResourceType)
                || Amazon.CDK.Stack.Of(cfn).Node.Path != cdkStack.Node.Path || construct.Node.Scopes.Any(s => s is BackupEstate))
            {
                continue;
            }

            if (cdkStack.Resolve(cfn.LogicalId) is not string logicalId || Properties(cdkStack, cfn) is not { } properties)
            {
                continue;
            }

            yield return RawResource.Fact(model, Name(cdkStack, cfn), logicalId, cfn.CfnResourceType, properties);
        }
    }

    /// <summary>A string part holding CDK tokens, as the graph value the CDK resolves it to in <paramref name="cdkStack"/>.</summary>
    public static Value? Token(Amazon.CDK.Stack cdkStack, string text)
    {
        try
        {
            return ResolvedValues.ToValue(cdkStack.Resolve(text));
        }
        catch (Exception e) when (e is Amazon.JSII.Runtime.JsiiException or InvalidOperationException or ArgumentException)
        {
            return null; // not a token of this app: it stays unknown
        }
    }

    /// <summary>The construct path below the stack, without the L1's <c>Resource</c> (the L2's path), for messages.</summary>
    private static string Name(Amazon.CDK.Stack cdkStack, CfnResource cfn)
    {
        var path = cfn.Node.Path[(cdkStack.Node.Path.Length + 1)..];
        return path.EndsWith("/Resource", StringComparison.Ordinal) ? path[..^"/Resource".Length] : path;
    }

    /// <summary>
    /// The resource's properties as CloudFormation reads them: the L1's <c>cfnProperties</c> (a protected member of every
    /// generated L1, reached by reflection once per fact), each value resolved by the stack and each property name given
    /// its CloudFormation spelling from the generated names of the type (<c>kmsMasterKeyId</c> is <c>KMSMasterKeyID</c> in
    /// a bucket's encryption, <c>KMSMasterKeyId</c> in a table's). The L1's own <c>renderProperties</c> cannot be used from
    /// .NET: the L2s' lazy values do not survive the trip back to JavaScript. A policy document is read through
    /// <c>toJSON()</c>, because resolving the document itself freezes its statements and a later grant would then throw.
    /// Property overrides (escape hatches) are not read. Null when the L1 has no such member.
    /// </summary>
    private static MapValue? Properties(Amazon.CDK.Stack cdkStack, CfnResource cfn)
    {
        const BindingFlags Protected = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        if (cfn.GetType().GetProperty("CfnProperties", Protected)?.GetValue(cfn) is not IDictionary<string, object?> properties)
        {
            return null;
        }

        var names = CloudFormationNames.Of(cfn.CfnResourceType);
        return Convert(properties, cdkStack, names) as MapValue ?? MapValue.Empty;
    }

    private static Value? Convert(object? value, Amazon.CDK.Stack cdkStack, IReadOnlyDictionary<string, string> names)
    {
        switch (value)
        {
            case null:
                return null;
            case PolicyDocument document:
                return ResolvedValues.ToValue(cdkStack.Resolve(document.ToJSON()));
            case string text:
                return Amazon.CDK.Token.IsUnresolved(text) ? ResolvedValues.ToValue(cdkStack.Resolve(text)) : new StringValue(text);
            case bool or double or int or long:
                return ResolvedValues.ToValue(value);
            case IDictionary<string, object?> map when map.Count == 1 && (map.ContainsKey("Ref") || map.Keys.First().StartsWith("Fn::", StringComparison.Ordinal)):
                return ResolvedValues.ToValue(map);
            case IDictionary<string, object?> map:
                return MapValue.Of(map.Select(e => new KeyValuePair<string, Value?>(CloudFormationNames.Name(names, e.Key), Convert(e.Value, cdkStack, names))));
            case System.Collections.IEnumerable list:
                return new ListValue([.. list.Cast<object?>().Select(i => Convert(i, cdkStack, names) ?? NullValue.Instance)]);
            default:
                // A lazy value or another token object: what the CDK resolves it to, in the L1's (camelCase) shape.
                var resolved = cdkStack.Resolve(value);
                return ReferenceEquals(resolved, value) ? null : Convert(resolved, cdkStack, names);
        }
    }
}
