using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// Checks a program against ../shared/reference/pulumi/aws-backup-resources.json (the aws provider 7.48.0): known type
/// tokens, known inputs, required inputs, value kinds through nested types, and that every <c>${resource.output}</c>
/// names an output of that resource's type. Values that are interpolations or <c>fn::</c> calls are unknown and pass.
/// </summary>
internal static partial class ReferenceShapes
{
    private static readonly Lazy<JsonElement> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "reference", "pulumi", "aws-backup-resources.json"))).RootElement);

    /// <summary>Resource types outside the reference's scope (checked by the TypeScript type-check only).</summary>
    private static readonly HashSet<string> Outside =
    [
        "aws:iam:Role", "aws:iam:RolePolicy", "aws:iam:RolePolicyAttachmentsExclusive", "aws:iam:ServiceLinkedRole",
        "aws:cfg:Recorder", "aws:cfg:RecorderStatus", "aws:cfg:DeliveryChannel",
        "aws:cloudformation:StackSet", "aws:cloudformation:StackSetInstance", "aws:sns:TopicPolicy",
    ];

    /// <summary>The resource description of a token (short or full form), or null.</summary>
    public static JsonElement? Resource(string token)
    {
        foreach (var r in Reference.Value.GetProperty("resources").EnumerateObject())
        {
            if (r.Name == token || r.Value.GetProperty("yamlShortType").GetString() == token)
            {
                return r.Value;
            }
        }

        return null;
    }

    public static List<string> Check(JsonObject program)
    {
        var problems = new List<string>();
        if (program["runtime"]?.GetValue<string>() != "yaml")
        {
            problems.Add("runtime is not yaml");
        }

        if (string.IsNullOrEmpty(program["name"]?.GetValue<string>()))
        {
            problems.Add("no name");
        }

        var resources = program["resources"]?.AsObject() ?? [];
        var names = resources.Select(r => r.Key).Concat((program["variables"]?.AsObject() ?? []).Select(v => v.Key))
            .Concat((program["config"]?.AsObject() ?? []).Select(c => c.Key)).Append("pulumi").ToHashSet();
        foreach (var (name, node) in resources)
        {
            var resource = node!.AsObject();
            var token = resource["type"]!.GetValue<string>();
            var options = resource["options"]?.AsObject() ?? [];
            problems.AddRange(options.Where(o => o.Key is not ("dependsOn" or "retainOnDelete" or "protect")).Select(o => $"{name}: unexpected option {o.Key}"));
            foreach (var d in options["dependsOn"]?.AsArray() ?? [])
            {
                if (d?.GetValue<string>() is not { } s || !s.StartsWith("${", StringComparison.Ordinal) || !resources.ContainsKey(s[2..^1]))
                {
                    problems.Add($"{name}: dependsOn {d} is not a resource of the program");
                }
            }

            if (Outside.Contains(token))
            {
                continue;
            }

            if (Resource(token) is not { } spec)
            {
                problems.Add($"{name}: unknown type {token}");
                continue;
            }

            var properties = resource["properties"]?.AsObject() ?? [];
            var inputs = spec.GetProperty("inputs");
            foreach (var (key, value) in properties)
            {
                if (!inputs.TryGetProperty(key, out var input))
                {
                    problems.Add($"{name}.{key}: unknown input of {token}");
                    continue;
                }

                CheckValue(value, input, $"{name}.{key}", problems);
            }

            foreach (var required in spec.GetProperty("requiredInputs").EnumerateArray().Select(r => r.GetString()!))
            {
                if (!properties.ContainsKey(required))
                {
                    problems.Add($"{name}: missing required input {required} of {token}");
                }
            }
        }

        foreach (Match m in Interpolation().Matches(program.ToJsonString()))
        {
            var root = m.Groups[1].Value;
            if (!names.Contains(root))
            {
                problems.Add($"${{{m.Groups[1].Value}}}: no such resource, variable or config key");
                continue;
            }

            var output = m.Groups[2].Success ? m.Groups[2].Value : null;
            if (output is not null && resources[root] is JsonObject target && Resource(target["type"]!.GetValue<string>()) is { } targetSpec
                && !targetSpec.GetProperty("outputs").EnumerateArray().Any(o => o.GetString() == output))
            {
                problems.Add($"${{{root}.{output}}}: {target["type"]} has no output {output}");
            }
        }

        return problems;
    }

    private static bool Unknown(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains("${", StringComparison.Ordinal)
        || value is JsonObject { Count: 1 } o && o.First().Key.StartsWith("fn::", StringComparison.Ordinal);

    private static void CheckValue(JsonNode? value, JsonElement spec, string at, List<string> problems)
    {
        if (Unknown(value))
        {
            return;
        }

        if (spec.TryGetProperty("$ref", out var reference))
        {
            spec = Reference.Value.GetProperty("types").GetProperty(reference.GetString()!["#/types/".Length..]);
        }

        var kind = spec.GetProperty("type").GetString();
        switch (kind)
        {
            case "string" when value is not JsonValue s || s.GetValueKind() != JsonValueKind.String:
            case "integer" when value is not JsonValue i || i.GetValueKind() != JsonValueKind.Number:
            case "boolean" when value is not JsonValue b || b.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False):
            case "array" when value is not JsonArray:
            case "object" when value is not JsonObject:
                problems.Add($"{at}: expected {kind}, got {value?.ToJsonString() ?? "null"}");
                return;
            case "array":
                var index = 0;
                foreach (var item in value!.AsArray())
                {
                    CheckValue(item, spec.GetProperty("items"), $"{at}[{index++}]", problems);
                }

                return;
            case "object" when spec.TryGetProperty("properties", out var properties):
                foreach (var (key, item) in value!.AsObject())
                {
                    if (!properties.TryGetProperty(key, out var property))
                    {
                        problems.Add($"{at}.{key}: unknown property");
                        continue;
                    }

                    CheckValue(item, property, $"{at}.{key}", problems);
                }

                foreach (var required in spec.GetProperty("required").EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.AsObject().ContainsKey(required))
                    {
                        problems.Add($"{at}: missing required {required}");
                    }
                }

                return;
            case "object":
                foreach (var (key, item) in value!.AsObject())
                {
                    CheckValue(item, spec.GetProperty("additionalProperties"), $"{at}.{key}", problems);
                }

                return;
        }
    }

    /// <summary>The root name and first accessor of each interpolation (names may hold '-'; Pulumi reads up to '.', '[' or '}').</summary>
    [GeneratedRegex(@"(?<!\$)\$\{([^.\[}]+)(?:\.([A-Za-z0-9_]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Interpolation();
}
