using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Backup.Iac.Graph;

/// <summary>
/// How the emitters write a string as a YAML scalar (CloudFormation YAML and Pulumi YAML alike): plain where every
/// YAML reader (1.1 and 1.2) reads it back as the same string, double-quoted (JSON-escaped) otherwise.
/// </summary>
internal static partial class YamlScalars
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "y", "n", "on", "off", "null", "~",
    };

    /// <summary>
    /// A string as a plain scalar when that reads back as the same string under YAML 1.1 and 1.2 (PyYAML, which
    /// cfn-lint uses, resolves 1.1's sexagesimal numbers, binary, octal and timestamps), else double-quoted. Plain
    /// scalars never start with a digit, a sign or a dot, so no number or timestamp form can match.
    /// </summary>
    public static string Scalar(string s) =>
        Plain().IsMatch(s) && !Reserved.Contains(s) && !LooksNumeric(s) && !s.Contains(": ", StringComparison.Ordinal)
        && !s.Contains(" #", StringComparison.Ordinal) && !s.EndsWith(':') && !s.EndsWith(' ')
            ? s
            : Quote(s);

    private static bool LooksNumeric(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("0o", StringComparison.OrdinalIgnoreCase) || s is ".inf" or "-.inf" or ".nan" || s.Contains('_', StringComparison.Ordinal) && double.TryParse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || DateLike().IsMatch(s);

    private static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]):
                    sb.Append(c).Append(s[++i]);
                    break;
                case var _ when c < 0x20 || c is >= '\u007f' and <= '\u009f' || c == '\ufeff' || char.IsSurrogate(c):
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_/$][A-Za-z0-9 _./:\-()*?,@+=$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
