using System.Buffers;
using System.Text;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>The graph's sorted maps and the emitter's UTF-8 outputs (issue 14's memory work) behave as the string API and the old sorted dictionary did.</summary>
public class MapValueAndUtf8EmitTests
{
    private static KeyValuePair<string, Value?> P(string key, Value? value) => new(key, value);

    [Fact]
    public void Map_entries_are_in_ordinal_key_order_without_nulls_and_a_later_duplicate_wins()
    {
        var map = MapValue.Of(P("b", "1"), P("a", "2"), P("B", "3"), P("skip", null), P("a", "4"), P("_", "5"));
        Assert.Equal(["B", "_", "a", "b"], map.Entries.Keys);
        Assert.Equal(new StringValue("4"), map.Entries["a"]);
        Assert.False(map.Entries.ContainsKey("skip"));
        Assert.False(map.Entries.TryGetValue("c", out _));
        Assert.Throws<KeyNotFoundException>(() => map.Entries["c"]);
    }

    [Fact]
    public void Large_maps_are_sorted_and_deduplicated_too()
    {
        var pairs = Enumerable.Range(0, 40).Select(i => P($"k{39 - (i % 30):D2}", i)).ToArray();
        var map = MapValue.Of(pairs);
        Assert.Equal(30, map.Entries.Count);
        Assert.Equal(map.Entries.Keys.Order(StringComparer.Ordinal), map.Entries.Keys);
        Assert.Equal(new NumberValue(30), map.Entries["k39"]); // i = 0 and i = 30 both give k39: the later one wins
    }

    [Fact]
    public void SetItem_and_Remove_return_new_entries_and_leave_the_old_ones()
    {
        var map = MapValue.Of(P("a", "1"), P("c", "3"));
        var added = map.Entries.SetItem("b", "2");
        var replaced = added.SetItem("a", "9");
        var removed = replaced.Remove("c");
        Assert.Equal(["a", "c"], map.Entries.Keys);
        Assert.Equal(["a", "b", "c"], added.Keys);
        Assert.Equal(new StringValue("9"), replaced["a"]);
        Assert.Equal(["a", "b"], removed.Keys);
        Assert.Same(removed, removed.Remove("missing"));
        Assert.Equal(MapValue.Of(P("b", "2"), P("a", "9")), new MapValue(removed));
        Assert.NotEqual(MapValue.Of(P("a", "9"), P("b", "3")), new MapValue(removed));
    }

    [Theory]
    [InlineData(TemplateFormat.Json)]
    [InlineData(TemplateFormat.Yaml)]
    public void Stream_and_buffer_emits_write_the_same_bytes_as_the_string(TemplateFormat format)
    {
        var result = QuickStart.QuickStartEstate.Build().Synth();
        var graph = Assert.Single(result.Graphs);
        var emitted = CloudFormationEmitter.Emit(graph, format);
        var expected = new UTF8Encoding(false).GetBytes(emitted.GetText());

        using var stream = new MemoryStream();
        emitted.Output!.WriteTo(stream);
        Assert.Equal(expected, stream.ToArray());

        var buffer = new ArrayBufferWriter<byte>();
        emitted.Output.WriteTo(buffer);
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }
}
