using System.Text.Json;

namespace Backup.Iac.Tests;

/// <summary>The documented backup policies (read from the seeds at test time, with the catalog's repairs) and the real-world ones of ../shared/corpus.</summary>
internal static class PolicySources
{
    private static readonly Lazy<string[]> Guide = new(() => File.ReadAllLines(Path.Combine(Repo.Shared, "seeds", "aws-backup-developer-guide.txt")));

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> (1-based, inclusive) of the developer guide.</summary>
    public static string GuideLines(int from, int to) => string.Join("\n", Guide.Value[(from - 1)..to]);

    /// <summary>E-ORG-1 (catalog 8.1): the seed policy L16355-16444, with the ARN broken across L16400-16401 joined.</summary>
    public static string SeedPolicy => GuideLines(16355, 16444).Replace("backup-\nvault:", "backup-vault:", StringComparison.Ordinal);

    public static string CorpusFolder => Path.Combine(Repo.Shared, "corpus", "backup-policies");

    public static IEnumerable<string> CorpusFiles => Directory.EnumerateFiles(CorpusFolder, "*.json").Order(StringComparer.Ordinal);

    /// <summary>The backup policies inside the corpus's CloudFormation templates: <c>Content</c> of <c>AWS::Organizations::Policy</c> (under <c>Fn::ToJsonString</c>) and the JSON strings sent through custom resources.</summary>
    public static IEnumerable<(string Name, string Json)> TemplatePolicies()
    {
        var folder = Path.Combine(Repo.Shared, "corpus", "cloudformation");
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => File.ReadAllText(f).Contains("BACKUP_POLICY", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var yaml = new YamlDotNet.Serialization.DeserializerBuilder().WithTagMapping("!Ref", typeof(object)).Build();
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file)))
            {
                stream.Load(reader);
            }

            var resources = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["Resources"];
            foreach (var (name, node) in resources.Children)
            {
                var properties = ((YamlDotNet.RepresentationModel.YamlMappingNode)node).Children.TryGetValue("Properties", out var p) ? (YamlDotNet.RepresentationModel.YamlMappingNode)p : null;
                if (properties is null)
                {
                    continue;
                }

                foreach (var key in new[] { "Content", "Policy", "PolicyContents" })
                {
                    if (!properties.Children.TryGetValue(key, out var content))
                    {
                        continue;
                    }

                    var id = Path.GetFileName(file) + "#" + name;
                    if (content is YamlDotNet.RepresentationModel.YamlScalarNode scalar && scalar.Value is { } text && text.TrimStart().StartsWith('{') is var single && (single || text.TrimStart().StartsWith('[')))
                    {
                        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "!Sub")
                        {
                            // What CloudFormation's Fn::Sub makes of the pseudo parameters, for a stack in us-east-1.
                            text = text.Replace("${AWS::Region}", "us-east-1", StringComparison.Ordinal).Replace("${AWS::Partition}", "aws", StringComparison.Ordinal);
                        }

                        using var doc = JsonDocument.Parse(text);
                        var policies = (doc.RootElement.ValueKind == JsonValueKind.Array ? [.. doc.RootElement.EnumerateArray()] : new[] { doc.RootElement })
                            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("plans", out _)).ToArray();
                        for (var i = 0; i < policies.Length; i++)
                        {
                            yield return (id + (policies.Length > 1 ? "[" + i + "]" : ""), policies[i].GetRawText());
                        }
                    }
                    else if (content is YamlDotNet.RepresentationModel.YamlMappingNode map)
                    {
                        var body = map.Children.TryGetValue("Fn::ToJsonString", out var inner) ? inner : map;
                        if (body is YamlDotNet.RepresentationModel.YamlMappingNode policy && policy.Children.ContainsKey("plans"))
                        {
                            yield return (id, ToJson(body));
                        }
                    }
                }
            }
        }
    }

    /// <summary>YAML to JSON, short-form intrinsics (<c>!Ref X</c>, <c>!Sub s</c>) written in their long form.</summary>
    private static string ToJson(YamlDotNet.RepresentationModel.YamlNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, node);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlDotNet.RepresentationModel.YamlNode node)
    {
        var tag = node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;
        if (tag is not null && tag.StartsWith('!'))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(tag == "!Ref" ? "Ref" : "Fn::" + tag[1..]);
            Write(writer, Untagged(node));
            writer.WriteEndObject();
            return;
        }

        switch (node)
        {
            case YamlDotNet.RepresentationModel.YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlDotNet.RepresentationModel.YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlDotNet.RepresentationModel.YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value ?? "");
                break;
        }
    }

    private static YamlDotNet.RepresentationModel.YamlNode Untagged(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlDotNet.RepresentationModel.YamlScalarNode s => new YamlDotNet.RepresentationModel.YamlScalarNode(s.Value),
        YamlDotNet.RepresentationModel.YamlSequenceNode l => new YamlDotNet.RepresentationModel.YamlSequenceNode(l.Children),
        YamlDotNet.RepresentationModel.YamlMappingNode m => new YamlDotNet.RepresentationModel.YamlMappingNode(m.Children),
        _ => node,
    };
}
