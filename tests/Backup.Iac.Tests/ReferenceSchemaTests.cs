using System.Text.Json;
using System.Text.RegularExpressions;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>
/// Every AWS::Backup resource (and AWS::Organizations::Policy) that the examples and the valid test models emit is checked against the CloudFormation
/// registry schemas in ../shared/reference/cloudformation: known and writable properties only, required properties,
/// JSON types, enums, patterns, lengths and ranges (intrinsic functions are not checked, as cfn-lint does).
/// </summary>
public class ReferenceSchemaTests
{
    [SharedFact]
    public void Emitted_resources_match_the_registry_schemas()
    {
        var folder = Path.Combine(Repo.Shared, "reference", "cloudformation");
        Assert.True(Directory.Exists(folder), $"{folder} is missing: ../shared must be beside the repository.");
        var apps = ExampleTests.Valid.Select(e => (e.Key, e.Value())).ToList();
        apps.Add(("MoreResources", MoreResourcesTests.App()));
        apps.AddRange(AllCases.Cases.Where(c => !c.Violates).Select(c => (c.Name, c.Build())));
        var problems = new List<string>();
        var types = new HashSet<string>();
        foreach (var (name, app) in apps)
        {
            foreach (var graph in app.Synth().Graphs)
            {
                var template = JsonDocument.Parse(CloudFormationEmitter.Emit(graph).GetText()).RootElement;
                foreach (var resource in template.GetProperty("Resources").EnumerateObject())
                {
                    var type = resource.Value.GetProperty("Type").GetString()!;
                    var file = Path.Combine(folder, "aws-" + type[5..].Replace("::", "-", StringComparison.Ordinal).ToLowerInvariant() + ".json");
                    if (!type.StartsWith("AWS::Backup::", StringComparison.Ordinal) && type != "AWS::Organizations::Policy" || !File.Exists(file))
                    {
                        continue;
                    }

                    types.Add(type);
                    var schema = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
                    var properties = resource.Value.TryGetProperty("Properties", out var p) ? p : JsonDocument.Parse("{}").RootElement;
                    var readOnly = schema.TryGetProperty("readOnlyProperties", out var ro) ? ro.EnumerateArray().Select(r => r.GetString()!.Split('/')[^1]).ToHashSet() : [];
                    foreach (var property in properties.EnumerateObject().Where(x => readOnly.Contains(x.Name)))
                    {
                        problems.Add($"{name}: {resource.Name}.{property.Name} is read-only");
                    }

                    Check(schema, schema, properties, $"{name}: {resource.Name}", problems);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
        Assert.Superset(new HashSet<string> { "AWS::Backup::BackupVault", "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection",
            "AWS::Backup::LogicallyAirGappedBackupVault", "AWS::Backup::RestoreTestingPlan", "AWS::Backup::RestoreTestingSelection",
            "AWS::Backup::LegalHold", "AWS::Backup::TieringConfiguration", "AWS::Backup::Framework", "AWS::Backup::ReportPlan", "AWS::Organizations::Policy" }, types);
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = root.GetProperty("definitions").GetProperty(reference.GetString()!["#/definitions/".Length..]);
        }

        if (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().ToList() is [var only] && (only.Name == "Ref" || only.Name.StartsWith("Fn::", StringComparison.Ordinal)))
        {
            return; // an intrinsic function: known at deploy time only
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            problems.Add($"{at}: {value.ValueKind} where the schema wants {type}");
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == text))
                {
                    problems.Add($"{at}: '{text}' is not one of {values}");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, Dotnet(pattern.GetString()!)))
                {
                    problems.Add($"{at}: '{text}' does not match {pattern}");
                }

                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32()
                    || schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
                {
                    problems.Add($"{at}: length {text.Length} is out of bounds");
                }

                break;
            case JsonValueKind.Number:
                var number = value.GetDouble();
                if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble() || schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                {
                    problems.Add($"{at}: {number} is out of range");
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (schema.TryGetProperty("items", out var items))
                    {
                        Check(root, items, item, $"{at}[{i}]", problems);
                    }

                    i++;
                }

                break;
            case JsonValueKind.Object:
                var declared = schema.TryGetProperty("properties", out var props) ? props : default;
                var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp.EnumerateObject().ToList() : [];
                var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
                foreach (var member in value.EnumerateObject())
                {
                    if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(member.Name, out var sub))
                    {
                        Check(root, sub, member.Value, $"{at}.{member.Name}", problems);
                    }
                    else if (patterns.FindIndex(x => Regex.IsMatch(member.Name, Dotnet(x.Name))) is var index and >= 0)
                    {
                        Check(root, patterns[index].Value, member.Value, $"{at}.{member.Name}", problems);
                    }
                    else if (closed)
                    {
                        problems.Add($"{at}: unknown property {member.Name}");
                    }
                }

                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)))
                    {
                        problems.Add($"{at}: required property {name} is missing");
                    }
                }

                break;
        }
    }

    /// <summary>ECMA-262 patterns allow escaping any punctuation (<c>\_</c>); .NET does not.</summary>
    private static string Dotnet(string pattern) => pattern.Replace("\\_", "_", StringComparison.Ordinal);

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t, value))
        : (type.GetString(), value.ValueKind) switch
        {
            ("string", JsonValueKind.String) => true,
            ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
            ("number", JsonValueKind.Number) => true,
            ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
            ("array", JsonValueKind.Array) => true,
            ("object", JsonValueKind.Object) => true,
            _ => false,
        };
}
