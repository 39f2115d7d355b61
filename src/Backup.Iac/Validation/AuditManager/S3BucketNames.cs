using System.Globalization;
using System.Net;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// The naming rules of S3 general purpose buckets (Amazon S3 User Guide, "General purpose bucket naming rules"): 3 to 63
/// characters; lowercase letters, digits, dots and hyphens; a letter or digit first and last; no two adjacent dots; not
/// an IP address; not the reserved prefixes <c>xn--</c>, <c>sthree-</c>, <c>amzn-s3-demo-</c> nor the reserved suffixes
/// <c>-s3alias</c>, <c>--ol-s3</c>, <c>.mrap</c>, <c>--x-s3</c>, <c>--table-s3</c>.
/// </summary>
internal static class S3BucketNames
{
    private static readonly string[] ReservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];
    private static readonly string[] ReservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    /// <summary>What is wrong with a bucket name, as a clause ("has 2 characters"), or null when it follows the rules.</summary>
    public static string? Problem(string name)
    {
        if (name.Length is < 3 or > 63)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {name.Length} characters");
        }

        if (name.FirstOrDefault(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')) is var bad and not '\0')
        {
            return char.IsAsciiLetterUpper(bad) ? $"has the uppercase letter '{bad}'" : $"has the character '{bad}'";
        }

        if (!char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return "does not start and end with a letter or digit";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return "has two adjacent dots";
        }

        if (name.Count(c => c == '.') == 3 && IPAddress.TryParse(name, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return "is formatted as an IP address";
        }

        if (ReservedPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            return $"starts with the reserved prefix '{prefix}'";
        }

        return ReservedSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? $"ends with the reserved suffix '{suffix}'"
            : null;
    }
}
