using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Backup.Iac.Import;

/// <summary>Writes a <see cref="SourceNode"/> tree as JSON text.</summary>
internal static class SourceJson
{
    /// <summary>The node as compact JSON.</summary>
    /// <param name="node">The node.</param>
    /// <param name="intrinsic">How to write an intrinsic function as a string (for example a deploy-time token); null keeps it as its JSON object.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SourceNode node, Func<SourceMapping, string>? intrinsic = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, node, intrinsic);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, SourceNode node, Func<SourceMapping, string>? intrinsic)
    {
        switch (node)
        {
            case SourceMapping { IntrinsicName: not null } f when intrinsic is not null:
                w.WriteStringValue(intrinsic(f));
                break;
            case SourceMapping m:
                w.WriteStartObject();
                foreach (var e in m.Entries)
                {
                    w.WritePropertyName(e.Key);
                    Write(w, e.Value, intrinsic);
                }

                w.WriteEndObject();
                break;
            case SourceSequence l:
                w.WriteStartArray();
                foreach (var item in l.Items)
                {
                    Write(w, item, intrinsic);
                }

                w.WriteEndArray();
                break;
            case SourceScalar { Kind: ScalarKind.Null }:
                w.WriteNullValue();
                break;
            case SourceScalar { Kind: ScalarKind.Boolean } b:
                w.WriteBooleanValue(b.Text == "true");
                break;
            case SourceScalar { Kind: ScalarKind.Number } n when decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                w.WriteNumberValue(d);
                break;
            case SourceScalar s:
                w.WriteStringValue(s.Text);
                break;
        }
    }
}

/// <summary>How CloudFormation reads the text of a scalar.</summary>
internal static class ScalarText
{
    /// <summary>The spellings of true CloudFormation accepts (YAML 1.1 included).</summary>
    public static bool IsTrue(string text) => text is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON";

    /// <summary>The spellings of false CloudFormation accepts (YAML 1.1 included).</summary>
    public static bool IsFalse(string text) => text is "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF";
}
