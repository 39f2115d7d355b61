using System.Text;

namespace Backup.Iac.Import;

/// <summary>The syntax a document was read as.</summary>
public enum SourceFormat
{
    /// <summary>JSON.</summary>
    Json,

    /// <summary>YAML (CloudFormation's dialect, with the short-form intrinsic function tags).</summary>
    Yaml,
}

/// <summary>A parsed document, or why it could not be parsed.</summary>
/// <param name="Root">The root node, or null when <paramref name="Error"/> is set.</param>
/// <param name="Format">The syntax it was read as.</param>
/// <param name="Error">Why the text could not be read, or null.</param>
public sealed record SourceDocument(SourceNode? Root, SourceFormat Format, SourceError? Error);

/// <summary>
/// Reads JSON and YAML text into <see cref="SourceNode"/> trees with positions. Never throws on bad input: malformed
/// text, binary data, excessive size, nesting or alias expansion give a <see cref="SourceError"/> with line and column.
/// </summary>
public static class SourceReader
{
    /// <summary>The largest text read, in bytes (CloudFormation's own limit is 1 MB for a template in S3).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists read.</summary>
    public const int MaxDepth = 200;

    /// <summary>The most nodes a document may expand to (YAML aliases can multiply a small text).</summary>
    public const int MaxNodes = 2_000_000;

    /// <summary>The most text (in characters of scalars and keys) a document may expand to: YAML aliases can multiply a long value.</summary>
    public const int MaxExpandedBytes = 2 * MaxBytes;

    /// <summary>Reads a document from bytes, as JSON when it starts with <c>{</c> or <c>[</c> and parses as JSON, else as YAML.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="fileName">The file's name, used to prefer JSON error messages for <c>.json</c> files.</param>
    /// <returns>The document.</returns>
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, string? fileName = null)
    {
        var isJsonName = fileName is not null && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (bytes.Length > MaxBytes)
        {
            return new SourceDocument(null, isJsonName ? SourceFormat.Json : SourceFormat.Yaml,
                new SourceError($"The file is {bytes.Length:N0} bytes; at most {MaxBytes:N0} are read (a CloudFormation template is at most 1 MB).", new SourcePosition(1, 1)));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (FindBinary(bytes) is { } binary)
        {
            return new SourceDocument(null, isJsonName ? SourceFormat.Json : SourceFormat.Yaml, binary);
        }

        var text = Encoding.UTF8.GetString(bytes);
        var first = text.AsSpan().TrimStart();
        if (first.Length > 0 && (first[0] == '{' || first[0] == '[') || isJsonName)
        {
            var json = JsonSourceReader.Read(bytes);
            if (json.Error is null || isJsonName)
            {
                return json;
            }

            var yaml = YamlSourceReader.Read(text);
            return yaml.Error is null ? yaml : json;
        }

        return YamlSourceReader.Read(text);
    }

    /// <summary>Reads a document from text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fileName">The file's name, or null.</param>
    /// <returns>The document.</returns>
    public static SourceDocument Read(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(Encoding.UTF8.GetBytes(text), fileName);
    }

    /// <summary>The first byte that makes the data not text: invalid UTF-8, or a control character other than tab, CR, LF.</summary>
    private static SourceError? FindBinary(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes) && !bytes.ContainsAnyInRange((byte)0x00, (byte)0x08) && !bytes.ContainsAnyInRange((byte)0x0B, (byte)0x0C)
            && !bytes.ContainsAnyInRange((byte)0x0E, (byte)0x1F) && !bytes.Contains((byte)0x7F))
        {
            return null;
        }

        var line = 1;
        var column = 1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D) || b == 0x7F)
                {
                    return new SourceError($"The file is not text: it holds the control byte 0x{b:X2}.", new SourcePosition(line, column));
                }

                (line, column) = b == 0x0A ? (line + 1, 1) : (line, column + 1);
                i++;
                continue;
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (length == 0 || i + length > bytes.Length || !System.Text.Unicode.Utf8.IsValid(bytes.Slice(i, length)))
            {
                return new SourceError($"The file is not valid UTF-8 text (byte 0x{b:X2}).", new SourcePosition(line, column));
            }

            i += length;
            column += length == 4 ? 2 : 1;
        }

        return null;
    }
}
