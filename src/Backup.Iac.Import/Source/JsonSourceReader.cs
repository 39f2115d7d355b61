using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Backup.Iac.Import;

/// <summary>Reads JSON (RFC 8259: no comments, no trailing commas, unique keys) into a <see cref="SourceNode"/> tree.</summary>
internal static class JsonSourceReader
{
    public static SourceDocument Read(ReadOnlySpan<byte> bytes)
    {
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = SourceReader.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return Fail("The file is empty: a JSON document was expected.", new SourcePosition(1, 1));
            }

            var root = ReadValue(ref reader, lines, bytes, new int[1]);
            if (reader.Read())
            {
                return Fail("There is more text after the JSON document.", lines.At(bytes, reader.TokenStartIndex));
            }

            return new SourceDocument(root, SourceFormat.Json, null);
        }
        catch (JsonException e)
        {
            var at = lines.AtLineByte(bytes, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            return Fail("Invalid JSON: " + Describe(e.Message), at);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString throws this for an escape that is not valid UTF-16 (a lone surrogate such as \ud800).
            return Fail("Invalid JSON: a string holds an escape that is not valid text (" + e.Message.TrimEnd('.') + ").", lines.At(bytes, reader.TokenStartIndex));
        }
        catch (DuplicateKeyException e)
        {
            return Fail(e.Message, e.At);
        }
    }

    private static SourceDocument Fail(string message, SourcePosition at) => new(null, SourceFormat.Json, new SourceError(message, at));

    /// <summary>The reader's message without its own position suffix (the position is reported separately).</summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        if (text.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"the document nests deeper than {SourceReader.MaxDepth} levels.";
        }

        return text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>Reads one value; <paramref name="nodes"/>[0] counts the nodes read, against the same limit as YAML.</summary>
    private static SourceNode ReadValue(ref Utf8JsonReader reader, LineIndex lines, ReadOnlySpan<byte> bytes, int[] nodes)
    {
        var at = lines.At(bytes, reader.TokenStartIndex);
        if (++nodes[0] > SourceReader.MaxNodes)
        {
            throw new DuplicateKeyException($"The document has more than {SourceReader.MaxNodes:N0} nodes.", at);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var entries = ImmutableArray.CreateBuilder<SourceEntry>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyAt = lines.At(bytes, reader.TokenStartIndex);
                    var key = reader.GetString() ?? "";
                    if (!seen.Add(key))
                    {
                        throw new DuplicateKeyException($"The key '{Validation.MessageText.Capped(key)}' appears twice in the same object.", keyAt);
                    }

                    reader.Read();
                    entries.Add(new SourceEntry(key, keyAt, ReadValue(ref reader, lines, bytes, nodes)));
                }

                return new SourceMapping(at, entries.ToImmutable());
            }

            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<SourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, bytes, nodes));
                }

                return new SourceSequence(at, items.ToImmutable());
            }

            case JsonTokenType.String:
                return new SourceScalar(at, reader.GetString() ?? "", ScalarKind.Text);
            case JsonTokenType.Number:
                return new SourceScalar(at, Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number);
            case JsonTokenType.True:
                return new SourceScalar(at, "true", ScalarKind.Boolean);
            case JsonTokenType.False:
                return new SourceScalar(at, "false", ScalarKind.Boolean);
            default:
                return new SourceScalar(at, "", ScalarKind.Null);
        }
    }

    /// <summary>A problem the reader finds beyond the syntax (a duplicate key, too many nodes), with its position.</summary>
    private sealed class DuplicateKeyException(string message, SourcePosition at) : Exception(message)
    {
        public SourcePosition At { get; } = at;
    }
}

/// <summary>Byte offsets of line starts, to turn a byte offset into a line and a character column.</summary>
internal sealed class LineIndex
{
    private readonly List<long> starts = [0];
    private int lastLine = -1;
    private long lastOffset;
    private int lastColumn;

    public LineIndex(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The position of a byte offset within a 0-based line, with the column counted in characters.</summary>
    public SourcePosition AtLineByte(ReadOnlySpan<byte> bytes, int line, int byteInLine) =>
        line < starts.Count ? At(bytes, starts[line] + byteInLine) : new SourcePosition(line + 1, byteInLine + 1);

    public SourcePosition At(ReadOnlySpan<byte> bytes, long offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var index = starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = (int)starts[line];

        // Tokens are looked up in order: count the characters from the last place on the same line, not from the line's
        // start, so a long line (minified JSON) costs linear time, not quadratic.
        if (line == lastLine && offset >= lastOffset)
        {
            lastColumn += Encoding.UTF8.GetCharCount(bytes[(int)lastOffset..(int)offset]);
        }
        else
        {
            lastColumn = Encoding.UTF8.GetCharCount(bytes[start..(int)offset]) + 1;
        }

        (lastLine, lastOffset) = (line, offset);
        return new SourcePosition(line + 1, lastColumn);
    }
}
