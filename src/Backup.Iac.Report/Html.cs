using System.Globalization;
using System.Text;

namespace Backup.Iac.Report;

/// <summary>
/// A small HTML writer: text is always escaped, numbers are written with the invariant culture, and lines end in
/// <c>\n</c>, so the same estate gives the same bytes.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder sb = new();

    public int Length => sb.Length;

    /// <summary>Writes markup as given (never user text).</summary>
    public Html Raw(string markup)
    {
        sb.Append(markup);
        return this;
    }

    /// <summary>Writes escaped text.</summary>
    public Html Text(string? text)
    {
        sb.Append(Escape(text));
        return this;
    }

    /// <summary>Writes a line of markup.</summary>
    public Html Line(string markup = "")
    {
        sb.Append(markup).Append('\n');
        return this;
    }

    /// <summary>An element with escaped text content and an optional class.</summary>
    public Html Element(string tag, string? text, string? cls = null)
    {
        sb.Append('<').Append(tag);
        if (cls is not null)
        {
            sb.Append(" class=\"").Append(Escape(cls)).Append('"');
        }

        sb.Append('>').Append(Escape(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    public override string ToString() => sb.ToString();

    /// <summary>Escapes text for element content and attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var plain = Token.Describe(text);
        var b = new StringBuilder(plain.Length + 8);
        foreach (var c in plain)
        {
            _ = c switch
            {
                '&' => b.Append("&amp;"),
                '<' => b.Append("&lt;"),
                '>' => b.Append("&gt;"),
                '"' => b.Append("&quot;"),
                '\'' => b.Append("&#39;"),
                _ when char.IsControl(c) && c is not '\n' and not '\t' => b.Append(' '),
                _ => b.Append(c),
            };
        }

        return b.ToString();
    }

    /// <summary>A number for SVG coordinates: invariant culture, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant culture.</summary>
    public static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An HTML id from a text: letters, digits and dashes.</summary>
    public static string Id(string prefix, string text)
    {
        var b = new StringBuilder(prefix);
        foreach (var c in text)
        {
            b.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return b.ToString();
    }
}
