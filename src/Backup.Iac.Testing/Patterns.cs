using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Backup.Iac.Testing;

/// <summary>Turns a plain value into a matcher: objects by their keys, lists item by item, scalars by equality.</summary>
internal static class Patterns
{
    public static Matcher Compile(object? pattern, bool partial) => pattern switch
    {
        Matcher m => m,
        null => new ExactMatcher(null),
        string or bool or int or long or short or byte or uint or ulong or double or float or decimal => new ExactMatcher(JsonValue.Create(pattern) is { } v ? v : null),
        Enum e => new ExactMatcher(JsonValue.Create(e.ToString())),
        JsonObject o => new ObjectMatcher(o.ToDictionary(p => p.Key, p => Compile(p.Value?.DeepClone(), partial), StringComparer.Ordinal), partial),
        JsonArray a => new ArrayMatcher([.. a.Select(i => Compile(i?.DeepClone(), partial))]),
        JsonValue v => new ExactMatcher(v.DeepClone()),
        IDictionary d => new ObjectMatcher(d.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", k => Compile(d[k], partial), StringComparer.Ordinal), partial),
        IEnumerable<KeyValuePair<string, object?>> pairs => new ObjectMatcher(pairs.ToDictionary(p => p.Key, p => Compile(p.Value, partial), StringComparer.Ordinal), partial),
        IEnumerable<KeyValuePair<string, string>> pairs => new ObjectMatcher(pairs.ToDictionary(p => p.Key, p => Compile(p.Value, partial), StringComparer.Ordinal), partial),
        IEnumerable items => new ArrayMatcher([.. items.Cast<object?>().Select(i => Compile(i, partial))]),
        _ => new ObjectMatcher(pattern.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => Compile(p.GetValue(pattern), partial), StringComparer.Ordinal), partial),
    };

    /// <summary>A value for messages, cut to a readable length.</summary>
    public static string Show(JsonNode? node)
    {
        if (node is null)
        {
            return "nothing (absent)";
        }

        var text = Text(node, indented: false);
        return text.Length <= 160 ? text : text[..157] + "...";
    }

    /// <summary>JSON text of a node, written without the serializer (no reflection).</summary>
    public static string Text(JsonNode node, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            node.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The value of a JSON number, whatever .NET type holds it.</summary>
    public static decimal Number(JsonValue value) => decimal.Parse(Text(value, indented: false), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string Child(string path, string key) => path + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Kind(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject => "an object",
        JsonArray => "a list",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        },
        _ => "a value",
    };
}

internal sealed class ExactMatcher(JsonNode? expected) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (!Same(expected, actual))
        {
            found.Add(new Mismatch(path, $"expected {Patterns.Show(expected)}, found {Patterns.Show(actual)}"));
        }
    }

    private static bool Same(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue va && b is JsonValue vb && va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
        {
            return Patterns.Number(va) == Patterns.Number(vb);
        }

        return JsonNode.DeepEquals(a, b);
    }

    public override string ToString() => Patterns.Show(expected);
}

internal sealed class ObjectMatcher(IReadOnlyDictionary<string, Matcher> keys, bool partial) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not JsonObject obj)
        {
            found.Add(new Mismatch(path, $"expected an object, found {Patterns.Kind(actual)}: {Patterns.Show(actual)}"));
            return;
        }

        foreach (var (key, matcher) in keys)
        {
            var child = Patterns.Child(path, key);
            if (matcher is AbsentMatcher)
            {
                if (obj.ContainsKey(key))
                {
                    found.Add(new Mismatch(child, $"expected the key to be absent, found {Patterns.Show(obj[key])}"));
                }
            }
            else if (!obj.TryGetPropertyValue(key, out var value))
            {
                var near = obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                found.Add(new Mismatch(child, $"missing key '{key}' (expected {matcher}){(near is null ? "" : $"; did you mean '{near}'?")}; the object has {string.Join(", ", obj.Select(p => p.Key))}"));
            }
            else
            {
                matcher.Test(value, child, found);
            }
        }

        if (!partial)
        {
            foreach (var (key, value) in obj.Where(p => !keys.ContainsKey(p.Key)))
            {
                found.Add(new Mismatch(Patterns.Child(path, key), $"unexpected key, with {Patterns.Show(value)}"));
            }
        }
    }

    public override string ToString() => (partial ? "an object like {" : "an object {") + string.Join(", ", keys.Select(k => $"\"{k.Key}\": {k.Value}")) + "}";
}

internal sealed class ArrayMatcher(IReadOnlyList<Matcher> items) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not JsonArray array)
        {
            found.Add(new Mismatch(path, $"expected a list, found {Patterns.Kind(actual)}: {Patterns.Show(actual)}"));
            return;
        }

        if (array.Count != items.Count)
        {
            found.Add(new Mismatch(path, $"expected a list of {items.Count} item(s), found {array.Count}: {Patterns.Show(actual)} (Match.ArrayWith matches part of a list)"));
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i].Test(array[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), found);
        }
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

internal sealed class ArrayWithMatcher(IReadOnlyList<Matcher> items) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not JsonArray array)
        {
            found.Add(new Mismatch(path, $"expected a list, found {Patterns.Kind(actual)}: {Patterns.Show(actual)}"));
            return;
        }

        var next = 0;
        foreach (var item in items)
        {
            var at = -1;
            for (var i = next; i < array.Count; i++)
            {
                if (item.Test(array[i]).Count == 0)
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                // The closest item tells what differs.
                var closest = Enumerable.Range(0, array.Count).Select(i => (Index: i, Diff: item.Test(array[i]))).OrderBy(c => c.Diff.Count).FirstOrDefault();
                var detail = array.Count == 0 ? "the list is empty" : $"closest is item {closest.Index}: " + string.Join("; ", closest.Diff.Select(d => d.ToString()));
                found.Add(new Mismatch(path, $"expected the list to contain {item}{(next > 0 ? $" after item {next - 1}" : "")}, but no item matches ({detail})"));
                return;
            }

            next = at + 1;
        }
    }

    public override string ToString() => "a list with [" + string.Join(", ", items) + "]";
}

internal sealed class AbsentMatcher : Matcher
{
    public static readonly AbsentMatcher Instance = new();

    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not null)
        {
            found.Add(new Mismatch(path, $"expected nothing (absent), found {Patterns.Show(actual)}"));
        }
    }

    public override string ToString() => "absent";
}

internal sealed class AnyValueMatcher : Matcher
{
    public static readonly AnyValueMatcher Instance = new();

    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is null)
        {
            found.Add(new Mismatch(path, "expected any value, found nothing"));
        }
    }

    public override string ToString() => "any value";
}

internal sealed class RegexMatcher(string pattern) : Matcher
{
    private readonly Regex regex = new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            found.Add(new Mismatch(path, $"expected a string like /{pattern}/, found {Patterns.Kind(actual)}: {Patterns.Show(actual)}"));
        }
        else if (!regex.IsMatch(v.GetValue<string>()))
        {
            found.Add(new Mismatch(path, $"expected a string like /{pattern}/, found {Patterns.Show(actual)}"));
        }
    }

    public override string ToString() => $"a string like /{pattern}/";
}

internal sealed class SerializedJsonMatcher(Matcher inner) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (actual is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            found.Add(new Mismatch(path, $"expected a string of JSON, found {Patterns.Kind(actual)}: {Patterns.Show(actual)}"));
            return;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(v.GetValue<string>());
        }
        catch (JsonException e)
        {
            found.Add(new Mismatch(path, $"expected a string of JSON, found text that is not JSON ({e.Message})"));
            return;
        }

        inner.Test(parsed, path + "(json)", found);
    }

    public override string ToString() => $"serialized JSON of {inner}";
}

internal sealed class NotMatcher(Matcher inner) : Matcher
{
    internal override void Test(JsonNode? actual, string path, List<Mismatch> found)
    {
        if (inner.Test(actual).Count == 0)
        {
            found.Add(new Mismatch(path, $"expected not {inner}, found {Patterns.Show(actual)}"));
        }
    }

    public override string ToString() => $"not {inner}";
}
