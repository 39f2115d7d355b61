using System.Collections.Frozen;
using System.Reflection;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Cdk.Facts;

/// <summary>
/// The CloudFormation spelling of an L1's property names, per resource type, from the generated names
/// (<c>src/Backup.Iac.Graph/Generated</c>): a jsii name is the CloudFormation name camel-cased, so a case-insensitive
/// match within the type's names gives it back (<c>dbInstanceIdentifier</c> is <c>DBInstanceIdentifier</c>); a name the
/// type does not list gets an upper-case first letter (<c>key</c> of a tag is <c>Key</c>).
/// </summary>
internal static class CloudFormationNames
{
    private static readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> ByType = new[]
    {
        typeof(CfnBucket), typeof(CfnBucketPolicy), typeof(CfnTopic), typeof(CfnTopicPolicy), typeof(CfnKey), typeof(CfnAlias),
        typeof(CfnDBInstance), typeof(CfnTable), typeof(CfnVolume), typeof(CfnServiceLinkedRole),
    }.ToFrozenDictionary(t => (string)t.GetField("CfnResourceType")!.GetValue(null)!, Names, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Of(string type) =>
        ByType.TryGetValue(type, out var names) ? names : FrozenDictionary<string, string>.Empty;

    public static string Name(IReadOnlyDictionary<string, string> names, string jsiiName) =>
        names.TryGetValue(jsiiName, out var name) ? name : jsiiName.Length == 0 ? jsiiName : char.ToUpperInvariant(jsiiName[0]) + jsiiName[1..];

    private static IReadOnlyDictionary<string, string> Names(Type type)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(Type t)
        {
            foreach (var field in t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                names.TryAdd((string)field.GetRawConstantValue()!, (string)field.GetRawConstantValue()!);
            }

            foreach (var nested in t.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
            {
                Add(nested);
            }
        }

        Add(type);
        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
