using System.Globalization;
using System.Text;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.CloudFormation;

/// <summary>
/// A small, deterministic YAML writer for templates: block mappings and sequences, two-space indent, plain
/// scalars where YAML reads them back as the same string, double-quoted (JSON-escaped) otherwise (<see cref="YamlScalars"/>).
/// </summary>
internal static class YamlWriter
{
    public static string Write(TemplateNode root)
    {
        var sb = new StringBuilder();
        WriteBlock(sb, root, 0);
        return sb.ToString();
    }

    private static void WriteBlock(StringBuilder sb, TemplateNode node, int indent)
    {
        switch (node)
        {
            case TemplateNode.Mapping map:
                foreach (var (key, value) in map.Entries)
                {
                    sb.Append(' ', indent).Append(Scalar(key)).Append(':');
                    WriteValue(sb, value, indent + 2, inSequence: false);
                }

                break;
            case TemplateNode.Sequence seq:
                foreach (var item in seq.Items)
                {
                    sb.Append(' ', indent).Append('-');
                    WriteValue(sb, item, indent + 2, inSequence: true);
                }

                break;
            default:
                sb.Append(' ', indent).Append(ScalarText(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, TemplateNode value, int indent, bool inSequence)
    {
        switch (value)
        {
            case TemplateNode.Mapping { Entries.Length: 0 }:
                sb.Append(" {}\n");
                break;
            case TemplateNode.Sequence { Items.Length: 0 }:
                sb.Append(" []\n");
                break;
            case TemplateNode.Mapping map when inSequence:
                // "- Key: value" with the following keys aligned under the first.
                var first = true;
                foreach (var (key, item) in map.Entries)
                {
                    if (first)
                    {
                        sb.Append(' ').Append(Scalar(key)).Append(':');
                        first = false;
                    }
                    else
                    {
                        sb.Append(' ', indent).Append(Scalar(key)).Append(':');
                    }

                    WriteValue(sb, item, indent + 2, inSequence: false);
                }

                break;
            case TemplateNode.Mapping or TemplateNode.Sequence:
                sb.Append('\n');
                WriteBlock(sb, value, value is TemplateNode.Sequence && !inSequence ? indent : indent);
                break;
            default:
                sb.Append(' ').Append(ScalarText(value)).Append('\n');
                break;
        }
    }

    private static string ScalarText(TemplateNode node) => node switch
    {
        TemplateNode.Scalar { Value: string s } => Scalar(s),
        TemplateNode.Scalar { Value: long n } => n.ToString(CultureInfo.InvariantCulture),
        TemplateNode.Scalar { Value: bool b } => b ? "true" : "false",
        TemplateNode.Scalar { Value: null } => "null",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a scalar."),
    };

    internal static string Scalar(string s) => YamlScalars.Scalar(s);
}
