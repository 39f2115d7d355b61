using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// The self-describing body of a <see cref="Token"/> marker: a graph value in a canonical binary form (one tag byte per
/// node, then its fields; strings as UTF-8 with a 7-bit length; maps in their sorted key order), written in base64url so
/// that the marker holds only <c>[A-Za-z0-9_-]</c> (nothing a name, ARN or JSON check splits on). Equal values encode to
/// equal text; decoding needs nothing but the text.
/// </summary>
internal static class TokenCodec
{
    private enum Tag : byte
    {
        String,
        Null,
        Number,
        True,
        False,
        List,
        Map,
        Reference,
        Attribute,
        Pseudo,
        Parameter,
        Join,
        Opaque,
    }

    /// <summary>The marker body of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The base64url text.</returns>
    /// <exception cref="ArgumentException">The value is (or holds) an embedded template, which is never a token.</exception>
    public static string Encode(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            Write(writer, value);
        }

        return Base64Url.EncodeToString(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>The value of a marker body, or null when the text is not one (a marker written by hand, a truncated one).</summary>
    /// <param name="body">The base64url text between <c>${Token[</c> and <c>]}</c>.</param>
    /// <returns>The value, or null.</returns>
    public static Value? TryDecode(ReadOnlySpan<char> body)
    {
        if (!Base64Url.IsValid(body))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(body);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var value = Read(reader);
            return reader.BaseStream.Position == bytes.Length ? value : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, Value value)
    {
        switch (value)
        {
            case StringValue s:
                writer.Write((byte)Tag.String);
                writer.Write(s.Text);
                break;
            case NullValue:
                writer.Write((byte)Tag.Null);
                break;
            case NumberValue n:
                writer.Write((byte)Tag.Number);
                writer.Write(n.Number);
                break;
            case BoolValue b:
                writer.Write((byte)(b.Flag ? Tag.True : Tag.False));
                break;
            case ListValue l:
                writer.Write((byte)Tag.List);
                WriteAll(writer, l.Items);
                break;
            case MapValue m:
                writer.Write((byte)Tag.Map);
                writer.Write7BitEncodedInt(m.Entries.Count);
                foreach (var (key, item) in m.Entries)
                {
                    writer.Write(key);
                    Write(writer, item);
                }

                break;
            case ReferenceValue r:
                writer.Write((byte)Tag.Reference);
                writer.Write(r.LogicalId);
                break;
            case AttributeValue a:
                writer.Write((byte)Tag.Attribute);
                writer.Write(a.LogicalId);
                writer.Write(a.Attribute);
                break;
            case PseudoParameterValue p:
                writer.Write((byte)Tag.Pseudo);
                writer.Write(p.Name);
                break;
            case ParameterValue p:
                writer.Write((byte)Tag.Parameter);
                writer.Write(p.Declaration.Name);
                writer.Write(p.Declaration.Type);
                WriteOptional(writer, p.Declaration.Default);
                WriteOptional(writer, p.Declaration.Description);
                break;
            case JoinValue j:
                writer.Write((byte)Tag.Join);
                WriteAll(writer, j.Parts);
                break;
            case OpaqueValue o:
                writer.Write((byte)Tag.Opaque);
                writer.Write(o.Target);
                Write(writer, o.Expression);
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be carried in a string token.", nameof(value));
        }
    }

    private static void WriteAll(BinaryWriter writer, ImmutableArray<Value> items)
    {
        writer.Write7BitEncodedInt(items.Length);
        foreach (var item in items)
        {
            Write(writer, item);
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static Value Read(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.String => new StringValue(reader.ReadString()),
        Tag.Null => NullValue.Instance,
        Tag.Number => new NumberValue(reader.ReadInt64()),
        Tag.True => new BoolValue(true),
        Tag.False => new BoolValue(false),
        Tag.List => new ListValue(ReadAll(reader)),
        Tag.Map => ReadMap(reader),
        Tag.Reference => new ReferenceValue(reader.ReadString()),
        Tag.Attribute => new AttributeValue(reader.ReadString(), reader.ReadString()),
        Tag.Pseudo => new PseudoParameterValue(reader.ReadString()),
        Tag.Parameter => new ParameterValue(new Parameter(reader.ReadString()) { Type = reader.ReadString(), Default = ReadOptional(reader), Description = ReadOptional(reader) }),
        Tag.Join => new JoinValue(ReadAll(reader)),
        Tag.Opaque => new OpaqueValue(reader.ReadString(), Read(reader)),
        var tag => throw new InvalidDataException($"Unknown token tag {(byte)tag}."),
    };

    private static ImmutableArray<Value> ReadAll(BinaryReader reader)
    {
        var count = Count(reader);
        var items = ImmutableArray.CreateBuilder<Value>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Read(reader));
        }

        return items.MoveToImmutable();
    }

    private static MapValue ReadMap(BinaryReader reader)
    {
        var count = Count(reader);
        var entries = new KeyValuePair<string, Value?>[count];
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            entries[i] = new(key, Read(reader));
        }

        return MapValue.Of(entries);
    }

    /// <summary>A count no larger than the bytes left (each item takes at least one), so a bad marker cannot ask for a huge array.</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException("A token's count exceeds its length.");
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
