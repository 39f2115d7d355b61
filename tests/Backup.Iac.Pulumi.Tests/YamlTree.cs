using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// Reads YAML into JSON nodes with YAML 1.2's core schema (what Pulumi's go-yaml reader does): plain <c>true</c>/<c>false</c>
/// are booleans, plain integers are numbers, plain <c>null</c>/<c>~</c> is null, everything else (and every quoted
/// scalar) a string. Independent of the emitter's writer, so a quoting mistake shows up as a wrong type.
/// </summary>
internal static partial class YamlTree
{
    public static JsonObject Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (JsonObject)Convert(stream.Documents.Single().RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode s when s.Style is YamlDotNet.Core.ScalarStyle.Plain => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };

    private static JsonValue? Plain(string value) => value switch
    {
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        "null" or "Null" or "NULL" or "~" or "" => null,
        _ when Integer().IsMatch(value) => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();
}
