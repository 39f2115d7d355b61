using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Tests;

/// <summary>Structural comparison of the CDK-synthesized template with the native one, resource by resource.</summary>
internal static class Templates
{
    private static readonly string[] TagListKeys = ["Tags", "FrameworkTags", "ReportPlanTags"];

    /// <summary>The native template of a graph, parsed.</summary>
    public static JsonObject Native(ResourceGraph graph) => (JsonObject)JsonNode.Parse(CloudFormationEmitter.Emit(graph).GetText())!;

    /// <summary>The template the CDK wrote for a stack of a synthesized app.</summary>
    public static JsonObject Cdk(Amazon.CDK.CXAPI.CloudAssembly assembly, Stack stack) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(assembly.Directory, stack.TemplateFile)))!;

    /// <summary>
    /// The differences between the graph's resources in the native and the CDK template: logical IDs, types,
    /// properties, dependencies, deletion and update-replace policies, and the parameters. The CDK's own additions
    /// (<c>Metadata</c> of each resource, its bootstrap parameter) are not compared; tag lists are compared as sets
    /// (the CDK's tag manager orders them by locale, the native output by ordinal). Strings holding CDK tokens (a
    /// <c>key.KeyArn</c> given to the model) are resolved in the native template by the CDK stack, as the CDK does.
    /// </summary>
    public static List<string> Differences(JsonObject native, JsonObject cdk, Stack? resolveTokensIn = null)
    {
        var differences = new List<string>();
        var nativeResources = native["Resources"] as JsonObject ?? [];
        if (cdk["Resources"] is not JsonObject cdkResources)
        {
            cdkResources = [];
            if (nativeResources.Count > 0)
            {
                differences.Add($"the CDK template has no Resources section; native resources: {string.Join(", ", nativeResources.Select(r => $"{r.Key} ({r.Value?["Type"]})"))}");
                return differences;
            }
        }

        foreach (var (id, nativeResource) in nativeResources)
        {
            if (!cdkResources.TryGetPropertyValue(id, out var cdkResource) || cdkResource is not JsonObject)
            {
                differences.Add($"{id} ({nativeResource?["Type"]}): missing from the CDK template");
                continue;
            }

            var expected = Normalize(resolveTokensIn is null ? nativeResource!.DeepClone() : Resolve(nativeResource!.DeepClone(), resolveTokensIn));
            var actual = (JsonObject)Normalize(cdkResource.DeepClone())!;
            actual.Remove("Metadata");
            if (!JsonNode.DeepEquals(expected, actual))
            {
                differences.Add($"{id}:\n  native: {expected!.ToJsonString()}\n  cdk:    {actual.ToJsonString()}");
            }
        }

        foreach (var (name, parameter) in native["Parameters"]?.AsObject() ?? [])
        {
            var cdkParameter = cdk["Parameters"]?[name];
            if (!JsonNode.DeepEquals(parameter, cdkParameter))
            {
                differences.Add($"parameter {name}:\n  native: {parameter?.ToJsonString()}\n  cdk:    {cdkParameter?.ToJsonString()}");
            }
        }

        return differences;
    }

    /// <summary>Tag lists sorted by key (ordinal); Fn::Join flattened (nested joins, adjacent literals, single parts).</summary>
    public static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var value = Normalize(obj[key]?.DeepClone());
                    if (TagListKeys.Contains(key) && value is JsonArray tags && tags.All(t => t is JsonObject o && o["Key"] is JsonValue))
                    {
                        value = new JsonArray([.. tags.OrderBy(t => t!["Key"]!.GetValue<string>(), StringComparer.Ordinal).Select(t => t!.DeepClone())]);
                    }

                    obj[key] = value;
                }

                return FlattenJoin(obj);
            case JsonArray array:
                return new JsonArray([.. array.Select(i => Normalize(i?.DeepClone()))]);
            default:
                return node;
        }
    }

    private static JsonNode FlattenJoin(JsonObject obj)
    {
        if (obj.Count != 1 || obj["Fn::Join"] is not JsonArray { Count: 2 } join || join[0]?.GetValue<string>() != "" || join[1] is not JsonArray parts)
        {
            return obj;
        }

        var flat = new List<JsonNode?>();
        foreach (var part in parts)
        {
            var items = part is JsonObject { Count: 1 } inner && inner["Fn::Join"] is JsonArray { Count: 2 } innerJoin && innerJoin[0]?.GetValue<string>() == ""
                ? innerJoin[1]!.AsArray().Select(i => i?.DeepClone())
                : [part?.DeepClone()];
            foreach (var item in items)
            {
                if (item is JsonValue v && v.GetValueKind() == JsonValueKind.String && flat.Count > 0 && flat[^1] is JsonValue last && last.GetValueKind() == JsonValueKind.String)
                {
                    flat[^1] = JsonValue.Create(last.GetValue<string>() + v.GetValue<string>());
                }
                else if (!(item is JsonValue empty && empty.GetValueKind() == JsonValueKind.String && empty.GetValue<string>().Length == 0))
                {
                    flat.Add(item);
                }
            }
        }

        return flat.Count == 1 ? flat[0]! : new JsonObject { ["Fn::Join"] = new JsonArray("", new JsonArray([.. flat])) };
    }

    /// <summary>Replaces each string that holds a CDK token with what the stack resolves it to.</summary>
    private static JsonNode? Resolve(JsonNode? node, Stack stack)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Resolve(obj[key]?.DeepClone(), stack);
                }

                return obj;
            case JsonArray array:
                return new JsonArray([.. array.Select(i => Resolve(i?.DeepClone(), stack))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && Amazon.CDK.Token.IsUnresolved(value.GetValue<string>()):
                var resolved = stack.Resolve(value.GetValue<string>());
                return JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(resolved));
            default:
                return node;
        }
    }
}
