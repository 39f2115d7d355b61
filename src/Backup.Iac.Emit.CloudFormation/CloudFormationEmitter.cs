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
/// property maps in ordinal key order. Resources CloudFormation has no type for are left out and reported in the
/// result (<see cref="CloudFormationLimits"/>), as every emitter reports what it cannot express.
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

    /// <summary>
    /// Checks what CloudFormation cannot express (<see cref="CloudFormationLimits"/>, and the StackSet member templates
    /// of <see cref="StackSetTemplates"/>) and returns them with the template, written on demand: as UTF-8 straight to a
    /// stream in chunks (<see cref="EmitOutput.WriteTo(Stream)"/>: the JSON template is never whole in memory), to a buffer,
    /// or as text. Refused (no template) when a check finds an error.
    /// </summary>
    /// <param name="graph">The stack's graph.</param>
    /// <param name="format">JSON or YAML.</param>
    /// <param name="stackPath">The stack's construct path, to prefix the paths of diagnostics; default the stack name.</param>
    /// <returns>The status, the diagnostics and the template.</returns>
    public static EmitResult Emit(ResourceGraph graph, TemplateFormat format = TemplateFormat.Json, string? stackPath = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var path = stackPath ?? graph.StackName;
        var found = new List<Diagnostic>(CloudFormationLimits.Check(graph, path));
        var resolved = StackSetTemplates.Resolve(graph, path, found);
        return EmitResult.Of(found, () => new TemplateOutput(resolved, format));
    }

    /// <summary>The template of a graph whose StackSets are resolved, as text (a member template's body).</summary>
    internal static string Text(ResourceGraph resolved, TemplateFormat format) => new TemplateOutput(resolved, format).ToText();

    /// <summary>The template of a resolved graph, written when asked.</summary>
    private sealed class TemplateOutput(ResourceGraph graph, TemplateFormat format) : EmitOutput
    {
        public override void WriteTo(IBufferWriter<byte> output)
        {
            ArgumentNullException.ThrowIfNull(output);
            if (format != TemplateFormat.Json)
            {
                output.Write(Utf8.GetBytes(YamlWriter.Write(Template(graph))));
                return;
            }

            using (var writer = new Utf8JsonWriter(output, JsonOptions))
            {
                WriteJson(graph, writer);
            }

            output.Write("\n"u8);
        }

        public override void WriteTo(Stream output)
        {
            ArgumentNullException.ThrowIfNull(output);
            if (format != TemplateFormat.Json)
            {
                output.Write(Utf8.GetBytes(YamlWriter.Write(Template(graph))));
            }
            else
            {
                using (var writer = new Utf8JsonWriter(output, JsonOptions))
                {
                    WriteJson(graph, writer);
                }

                output.Write("\n"u8);
            }

            output.Flush();
        }

        public override string ToText()
        {
            if (format != TemplateFormat.Json)
            {
                return YamlWriter.Write(Template(graph));
            }

            var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, graph.Resources.Length * 1024));
            WriteTo(buffer);
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The writer passes its bytes on (to the stream or buffer) whenever this many are pending, after a resource.</summary>
    private const int FlushThreshold = 64 * 1024;

    /// <summary>The template of a resolved graph as a tree (the YAML writer's input).</summary>
    internal static TemplateNode.Mapping Template(ResourceGraph graph)
    {
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

    /// <summary>
    /// The JSON template, written from the graph straight to UTF-8 (no intermediate tree): the same sections, order and
    /// shapes as <see cref="Template"/>, which the YAML writer uses.
    /// </summary>
    private static void WriteJson(ResourceGraph graph, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("AWSTemplateFormatVersion", "2010-09-09");
        if (graph.Description is { } description)
        {
            writer.WriteString("Description", description);
        }

        if (graph.Parameters.Length > 0)
        {
            writer.WriteStartObject("Parameters");
            foreach (var parameter in graph.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                writer.WriteStartObject(parameter.Name);
                writer.WriteString("Type", parameter.Type);
                if (parameter.Default is { } value)
                {
                    writer.WriteString("Default", value);
                }

                if (parameter.Description is { } text)
                {
                    writer.WriteString("Description", text);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("Resources");
        foreach (var resource in graph.Resources.Where(CloudFormationLimits.IsExpressible).OrderBy(r => r.LogicalId, StringComparer.Ordinal))
        {
            writer.WriteStartObject(resource.LogicalId);
            writer.WriteString("Type", resource.Type);
            if (resource.DependsOn.Length > 0)
            {
                writer.WriteStartArray("DependsOn");
                foreach (var dependency in resource.DependsOn.Order(StringComparer.Ordinal))
                {
                    writer.WriteStringValue(dependency);
                }

                writer.WriteEndArray();
            }

            if (resource.Properties.Entries.Count > 0)
            {
                writer.WritePropertyName("Properties");
                Write(writer, resource.Properties);
            }

            if (resource.RemovalPolicy is { } policy)
            {
                var text = policy == RemovalPolicy.Retain ? "Retain" : "Delete";
                writer.WriteString("DeletionPolicy", text);
                writer.WriteString("UpdateReplacePolicy", text);
            }

            writer.WriteEndObject();
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a value as <see cref="TemplateNode.Of"/> shapes it.</summary>
    private static void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value)
        {
            case StringValue s:
                writer.WriteStringValue(s.Text);
                break;
            case NullValue:
                writer.WriteNullValue();
                break;
            case NumberValue n:
                writer.WriteNumberValue(n.Number);
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Flag);
                break;
            case ListValue l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case MapValue m:
                writer.WriteStartObject();
                foreach (var (key, item) in m.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case ReferenceValue r:
                writer.WriteStartObject();
                writer.WriteString("Ref", r.LogicalId);
                writer.WriteEndObject();
                break;
            case AttributeValue a:
                writer.WriteStartObject();
                writer.WriteStartArray("Fn::GetAtt");
                writer.WriteStringValue(a.LogicalId);
                writer.WriteStringValue(a.Attribute);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case PseudoParameterValue p:
                writer.WriteStartObject();
                writer.WriteString("Ref", "AWS::" + p.Name);
                writer.WriteEndObject();
                break;
            case ParameterValue p:
                writer.WriteStartObject();
                writer.WriteString("Ref", p.Declaration.Name);
                writer.WriteEndObject();
                break;
            case JoinValue j:
                writer.WriteStartObject();
                writer.WriteStartArray("Fn::Join");
                writer.WriteStringValue("");
                writer.WriteStartArray();
                foreach (var part in j.Parts)
                {
                    Write(writer, part);
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case OpaqueValue o:
                Write(writer, o.Expression);
                break;
            case EmbeddedTemplateValue e:
                writer.WriteStringValue(StackSetTemplates.Body(e.Template));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind.");
        }
    }
}
