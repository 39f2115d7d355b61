using System.Text;
using System.Text.Json;
using Backup.Iac.Graph;

namespace Backup.Iac.Organizations;

/// <summary>Writes a <see cref="PolicyNode"/> tree as policy JSON (with operators), as effective-policy JSON (without), or as a graph value.</summary>
internal static class PolicyWriter
{
    public static string Json(PolicyNode root, bool indented, bool effective = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, root, effective);
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        return indented ? text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n" : text;
    }

    private static void Write(Utf8JsonWriter writer, PolicyNode node, bool effective)
    {
        if (node.Value is { } bare && (bare.IsBare || effective))
        {
            Payload(writer, bare);
            return;
        }

        writer.WriteStartObject();
        if (node.ChildOperators is { } ops && !effective)
        {
            writer.WritePropertyName(PolicyOperators.ChildControl);
            writer.WriteStartArray();
            foreach (var op in ops.Operators)
            {
                writer.WriteStringValue(op);
            }

            writer.WriteEndArray();
        }

        if (node.Value is { Operator: { } op2 } value)
        {
            writer.WritePropertyName(PolicyOperators.Name(op2));
            Payload(writer, value);
        }

        foreach (var (key, child) in node.Children)
        {
            writer.WritePropertyName(key);
            Write(writer, child, effective);
        }

        writer.WriteEndObject();
    }

    private static void Payload(Utf8JsonWriter writer, PolicyValue value)
    {
        if (value.IsList)
        {
            writer.WriteStartArray();
            foreach (var v in value.Values)
            {
                Scalar(writer, v, value.Kind);
            }

            writer.WriteEndArray();
        }
        else
        {
            Scalar(writer, value.Text ?? "", value.Kind);
        }
    }

    private static void Scalar(Utf8JsonWriter writer, string text, PolicyValueKind kind)
    {
        switch (kind)
        {
            case PolicyValueKind.Boolean when bool.TryParse(text, out var flag):
                writer.WriteBooleanValue(flag);
                break;
            case PolicyValueKind.Number when IsNumber(text):
                writer.WriteRawValue(text);
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }

    private static bool IsNumber(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Number;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The policy as a graph value (the <c>Content</c> of <c>AWS::Organizations::Policy</c>); deploy-time tokens become their values.</summary>
    public static Value Graph(PolicyNode node)
    {
        if (node.Value is { IsBare: true } bare)
        {
            return GraphPayload(bare);
        }

        var entries = new List<KeyValuePair<string, Value?>>();
        if (node.ChildOperators is { } ops)
        {
            entries.Add(new(PolicyOperators.ChildControl, new ListValue([.. ops.Operators.Select(o => (Value)o)])));
        }

        if (node.Value is { Operator: { } op } value)
        {
            entries.Add(new(PolicyOperators.Name(op), GraphPayload(value)));
        }

        entries.AddRange(node.Children.Select(c => new KeyValuePair<string, Value?>(c.Key, Graph(c.Value))));
        return MapValue.Of(entries);
    }

    private static Value GraphPayload(PolicyValue value) =>
        value.IsList ? new ListValue([.. value.Values.Select(v => GraphScalar(v, value.Kind))]) : GraphScalar(value.Text ?? "", value.Kind);

    private static Value GraphScalar(string text, PolicyValueKind kind) => kind switch
    {
        PolicyValueKind.Boolean when bool.TryParse(text, out var flag) => new BoolValue(flag),
        PolicyValueKind.Number when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => new NumberValue(n),
        _ => Token.ToValue(text),
    };
}
