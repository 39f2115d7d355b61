using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>The kernel's one reader of graph property maps (used by the Pulumi emitter and the CDK adapter).</summary>
public sealed class PropertyReaderTests
{
    private static MapValue Sample() => MapValue.Of(
        new("Name", "plan"),
        new("Count", 3L),
        new("Rules", new ListValue([
            MapValue.Of(new KeyValuePair<string, Value?>("RuleName", "a"), new("Extra", 1L)),
            MapValue.Of(new KeyValuePair<string, Value?>("RuleName", "b"))])),
        new("Settings", MapValue.Of(new KeyValuePair<string, Value?>("Left", true), new("Used", "x"))));

    [Fact]
    public void Take_marks_even_absent_properties_and_leftovers_are_what_nothing_took_with_their_paths()
    {
        var r = new PropertyReader(Sample());
        Assert.Equal(new StringValue("plan"), r.Take("Name"));
        Assert.Null(r.Take("Missing"));
        Assert.True(r.Has("Count"));
        var rules = r.List("Rules")!;
        Assert.Equal("Rules[1]", rules[1].Prefix);
        Assert.Equal(new StringValue("a"), rules[0].Take("RuleName"));
        rules[1].Take("RuleName");
        var settings = r.Map("Settings")!;
        settings.Take("Used");
        Assert.Equal(["Rules[0].Extra", "Settings.Left"], r.Leftovers().Select(l => PropertyReader.Indexed(l.Path)));
        Assert.Equal(["Rules.0.Extra", "Settings.Left"], r.Leftovers().Select(l => PropertyReader.Dotted(l.Path)));
    }

    [Fact]
    public void TakeIf_takes_a_property_once_and_only_when_it_fits()
    {
        var r = new PropertyReader(Sample());
        Assert.Null(r.TakeIf("Count", v => v is StringValue));
        Assert.Equal(new NumberValue(3), r.TakeIf("Count", v => v is NumberValue));
        Assert.Null(r.TakeIf("Count", v => v is NumberValue));
        Assert.DoesNotContain(r.Leftovers(), l => PropertyReader.Indexed(l.Path) == "Count");
    }

    [Fact]
    public void Nested_reads_are_taken_only_when_the_caller_reads_them_and_their_leftovers_come_first_when_asked()
    {
        var r = new PropertyReader(Sample());
        Assert.Null(r.Nested("Settings", s => s.Take("Used") is null ? "read" : null)); // the caller gives up: not taken
        Assert.Equal("read", r.Nested("Settings", s => s.Take("Used") is { } ? "read" : null));
        Assert.Null(r.NestedList("Rules", item => item.Take("Extra") is { } ? "x" : null)); // the second rule has no Extra
        Assert.Equal(["a", "b"], r.NestedList("Rules", item => ((StringValue)item.Take("RuleName")!).Text)!);
        r.Take("Name");
        Assert.Equal(["Settings.Left", "Rules.0.Extra", "Count"], r.Leftovers(nestedFirst: true).Select(l => PropertyReader.Dotted(l.Path)));
        Assert.Equal(["Count", "Settings.Left", "Rules.0.Extra"], r.Leftovers().Select(l => PropertyReader.Dotted(l.Path)));
    }
}
