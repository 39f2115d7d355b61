using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.CloudFormation;

/// <summary>
/// Writes a resource graph as a CloudFormation template. Output is deterministic: UTF-8 without BOM, <c>\n</c> line
/// ends, a final newline, sections in CloudFormation's order, resources by logical ID, each resource's
/// <c>Type</c>, <c>DependsOn</c>, <c>Properties</c>, then <c>DeletionPolicy</c> and <c>UpdateReplacePolicy</c>,
/// property maps in ordinal key order. Resources CloudFormation has no type for are left out and reported by
/// <see cref="CloudFormationLimits.Check"/>.
/// </summary>
public static class CloudFormationEmitter
{
    /// <summary>The file name of a stack's template, e.g. <c>Prod.template.json</c>.</summary>
    /// <param name="graph">The stack's graph.</param>
    /// <param name="format">The format.</param>
    /// <returns>The file name.</returns>
    public static string FileName(ResourceGraph graph, TemplateFormat format)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.StackName + (format == TemplateFormat.Json ? ".template.json" : ".template.yaml");
    }

    /// <summary>Renders the template.</summary>
    /// <param name="graph">The stack's graph.</param>
    /// <param name="format">JSON or YAML.</param>
    /// <returns>The template text.</returns>
    public static string Emit(ResourceGraph graph, TemplateFormat format = TemplateFormat.Json)
    {
        var tree = Template(graph);
        return format == TemplateFormat.Json ? WriteJson(tree) : YamlWriter.Write(tree);
    }

    internal static TemplateNode.Mapping Template(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph = StackSetTemplates.Resolve(graph);
        var sections = new List<KeyValuePair<string, TemplateNode>>
        {
            new("AWSTemplateFormatVersion", new TemplateNode.Scalar("2010-09-09")),
        };
        if (graph.Description is { } description)
        {
            sections.Add(new("Description", new TemplateNode.Scalar(description)));
        }

        if (graph.Parameters.Length > 0)
        {
            sections.Add(new("Parameters", new TemplateNode.Mapping([.. graph.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
                new KeyValuePair<string, TemplateNode>(p.Name, Parameter(p)))])));
        }

        var resources = graph.Resources.Where(CloudFormationLimits.IsExpressible).OrderBy(r => r.LogicalId, StringComparer.Ordinal)
            .Select(r => new KeyValuePair<string, TemplateNode>(r.LogicalId, Resource(r)));
        sections.Add(new("Resources", new TemplateNode.Mapping([.. resources])));
        return new TemplateNode.Mapping([.. sections]);
    }

    private static TemplateNode.Mapping Parameter(Parameter parameter)
    {
        var entries = new List<KeyValuePair<string, TemplateNode>> { new("Type", new TemplateNode.Scalar(parameter.Type)) };
        if (parameter.Default is { } value)
        {
            entries.Add(new("Default", new TemplateNode.Scalar(value)));
        }

        if (parameter.Description is { } description)
        {
            entries.Add(new("Description", new TemplateNode.Scalar(description)));
        }

        return new TemplateNode.Mapping([.. entries]);
    }

    private static TemplateNode.Mapping Resource(Resource resource)
    {
        var entries = new List<KeyValuePair<string, TemplateNode>> { new("Type", new TemplateNode.Scalar(resource.Type)) };
        if (resource.DependsOn.Length > 0)
        {
            entries.Add(new("DependsOn", new TemplateNode.Sequence([.. resource.DependsOn.Order(StringComparer.Ordinal).Select(d => (TemplateNode)new TemplateNode.Scalar(d))])));
        }

        if (resource.Properties.Entries.Count > 0)
        {
            entries.Add(new("Properties", TemplateNode.Of(resource.Properties)));
        }

        if (resource.RemovalPolicy is { } policy)
        {
            var text = policy == RemovalPolicy.Retain ? "Retain" : "Delete";
            entries.Add(new("DeletionPolicy", new TemplateNode.Scalar(text)));
            entries.Add(new("UpdateReplacePolicy", new TemplateNode.Scalar(text)));
        }

        return new TemplateNode.Mapping([.. entries]);
    }

    private static string WriteJson(TemplateNode tree)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            Write(writer, tree);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, TemplateNode node)
    {
        switch (node)
        {
            case TemplateNode.Scalar { Value: string s }:
                writer.WriteStringValue(s);
                break;
            case TemplateNode.Scalar { Value: long n }:
                writer.WriteNumberValue(n);
                break;
            case TemplateNode.Scalar { Value: bool b }:
                writer.WriteBooleanValue(b);
                break;
            case TemplateNode.Scalar { Value: null }:
                writer.WriteNullValue();
                break;
            case TemplateNode.Sequence seq:
                writer.WriteStartArray();
                foreach (var item in seq.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case TemplateNode.Mapping map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown template node.");
        }
    }
}
