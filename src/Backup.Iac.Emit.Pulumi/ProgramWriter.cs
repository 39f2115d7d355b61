using System.Globalization;
using System.Text;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// Writes the program tree as block YAML: two-space indent, sequences indented under their key, plain scalars where
/// every YAML reader reads back the same string, double-quoted otherwise (<see cref="YamlScalars"/>), <c>\n</c> line
/// ends and a final newline.
/// </summary>
internal static class ProgramWriter
{
    public static string Write(ProgramNode.Mapping root)
    {
        var sb = new StringBuilder();
        WriteEntries(sb, root, 0, firstInline: false);
        return sb.ToString();
    }

    private static void WriteEntries(StringBuilder sb, ProgramNode.Mapping map, int indent, bool firstInline)
    {
        var first = true;
        foreach (var entry in map.Entries)
        {
            if (entry.Comment is { } comment)
            {
                foreach (var line in comment.Split('\n'))
                {
                    sb.Append(' ', indent).Append("# ").Append(line.TrimEnd()).Append('\n');
                }
            }

            if (!(first && firstInline))
            {
                sb.Append(' ', indent);
            }

            first = false;
            sb.Append(YamlScalars.Scalar(entry.Key)).Append(':');
            WriteValue(sb, entry.Value, indent);
        }
    }

    /// <summary>Writes a value after <c>key:</c> or <c>-</c> (the line is open); nested blocks go two columns deeper.</summary>
    private static void WriteValue(StringBuilder sb, ProgramNode value, int indent)
    {
        switch (value)
        {
            case ProgramNode.Mapping { Entries.Length: 0 }:
                sb.Append(" {}\n");
                break;
            case ProgramNode.Sequence { Items.Length: 0 }:
                sb.Append(" []\n");
                break;
            case ProgramNode.Mapping map:
                sb.Append('\n');
                WriteEntries(sb, map, indent + 2, firstInline: false);
                break;
            case ProgramNode.Sequence seq:
                sb.Append('\n');
                WriteItems(sb, seq, indent + 2);
                break;
            case ProgramNode.Scalar scalar:
                sb.Append(' ').Append(ScalarText(scalar)).Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown program node.");
        }
    }

    private static void WriteItems(StringBuilder sb, ProgramNode.Sequence seq, int indent)
    {
        foreach (var item in seq.Items)
        {
            sb.Append(' ', indent).Append('-');
            if (item is ProgramNode.Mapping { Entries.Length: > 0 } map)
            {
                sb.Append(' '); // "- key: value", the following keys aligned under the first
                WriteEntries(sb, map, indent + 2, firstInline: true);
            }
            else
            {
                WriteValue(sb, item, indent);
            }
        }
    }

    private static string ScalarText(ProgramNode.Scalar scalar) => scalar.Value switch
    {
        string s => YamlScalars.Scalar(s),
        long n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        null => "null",
        var other => throw new ArgumentOutOfRangeException(nameof(scalar), other.GetType().Name, "Not a scalar."),
    };
}
