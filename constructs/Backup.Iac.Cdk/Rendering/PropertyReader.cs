using Amazon.CDK;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Rendering;

/// <summary>
/// Reads a graph property map into the typed fields of an L1 class. Each read takes a property only when the typed
/// field can hold it; whatever is not taken (a property that Amazon.CDK.Lib 2.160 has no field for, or a deploy-time
/// value in a number field) is a leftover, written with <see cref="CfnResource.AddPropertyOverride"/> at its path.
/// Nothing is dropped. A required field that cannot be read makes the reader incomplete: its caller then writes the
/// whole map as is.
/// </summary>
internal sealed class PropertyReader
{
    private readonly MapValue map;
    private readonly string path;
    private readonly ValueRenderer renderer;
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly List<(string Path, Value Value)> nested = [];

    public PropertyReader(MapValue map, string path, ValueRenderer renderer)
    {
        this.map = map;
        this.path = path;
        this.renderer = renderer;
    }

    /// <summary>Whether a required field could not be read.</summary>
    public bool Incomplete { get; private set; }

    public ValueRenderer Renderer => renderer;

    /// <summary>The properties not taken, with their override paths (dot-separated, list indexes as numbers).</summary>
    public IReadOnlyList<(string Path, Value Value)> Leftovers =>
        [.. nested, .. map.Entries.Where(e => !taken.Contains(e.Key)).Select(e => (Prefix + e.Key, e.Value))];

    private string Prefix => path.Length == 0 ? "" : path + ".";

    public string? String(string key) => Take(key, ValueRenderer.IsStringLike, renderer.AsString);

    public string RequiredString(string key) => String(key) ?? Missing("");

    public double? Number(string key) => Take(key, v => v is NumberValue, v => (double?)((NumberValue)v).Number);

    public double RequiredNumber(string key) => Number(key) ?? Missing(0d);

    public object? Bool(string key) => Take(key, v => v is BoolValue, v => (object)((BoolValue)v).Flag);

    public string[]? Strings(string key) =>
        Take(key, v => v is ListValue l && l.Items.All(ValueRenderer.IsStringLike), v => ((ListValue)v).Items.Select(renderer.AsString).ToArray());

    public string[] RequiredStrings(string key) => Strings(key) ?? Missing(Array.Empty<string>());

    /// <summary>A map of strings (tags, recovery point tags, metadata overrides).</summary>
    public Dictionary<string, string>? StringMap(string key) =>
        Take(key, v => v is MapValue m && m.Entries.Values.All(ValueRenderer.IsStringLike),
            v => ((MapValue)v).Entries.ToDictionary(e => e.Key, e => renderer.AsString(e.Value), StringComparer.Ordinal));

    /// <summary>A CloudFormation tag list (<c>[{Key, Value}]</c>).</summary>
    public ICfnTag[]? Tags(string key) =>
        Take(key, v => v is ListValue l && l.Items.All(IsTag),
            v => ((ListValue)v).Items.Select(t => (ICfnTag)new CfnTag
            {
                Key = renderer.AsString(((MapValue)t).Entries["Key"]),
                Value = renderer.AsString(((MapValue)t).Entries["Value"]),
            }).ToArray());

    /// <summary>
    /// A JSON document (a field of CDK type <c>Json</c>, which the L1 checks is an object). A document given as text,
    /// or holding a JSON null (which jsii cannot carry, so it is written as text), is not taken: it goes through an
    /// override, which the L1 does not check.
    /// </summary>
    public object? Document(string key) => Take(key, v => v is MapValue && !ValueRenderer.ContainsNull(v), renderer.Property);

    /// <summary>A nested structure; taken only when <paramref name="build"/> reads every required field.</summary>
    public T? Struct<T>(string key, Func<PropertyReader, T> build)
        where T : class
    {
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || value is not MapValue inner)
        {
            return null;
        }

        var reader = new PropertyReader(inner, Prefix + key, renderer);
        var result = build(reader);
        if (reader.Incomplete)
        {
            return null;
        }

        taken.Add(key);
        nested.AddRange(reader.Leftovers);
        return result;
    }

    /// <summary>A list of nested structures; taken only when every item can be read.</summary>
    public object[]? Structs<T>(string key, Func<PropertyReader, T> build)
        where T : class
    {
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || value is not ListValue list || !list.Items.All(i => i is MapValue))
        {
            return null;
        }

        var results = new List<object>();
        var leftovers = new List<(string, Value)>();
        for (var i = 0; i < list.Items.Length; i++)
        {
            var reader = new PropertyReader((MapValue)list.Items[i], Prefix + key + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), renderer);
            results.Add(build(reader));
            if (reader.Incomplete)
            {
                return null;
            }

            leftovers.AddRange(reader.Leftovers);
        }

        taken.Add(key);
        nested.AddRange(leftovers);
        return [.. results];
    }

    private static bool IsTag(Value v) =>
        v is MapValue { Entries.Count: 2 } m && m.Entries.TryGetValue("Key", out var k) && m.Entries.TryGetValue("Value", out var val)
        && ValueRenderer.IsStringLike(k) && ValueRenderer.IsStringLike(val);

    private TResult? Take<TResult>(string key, Func<Value, bool> fits, Func<Value, TResult> convert)
    {
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || !fits(value))
        {
            return default;
        }

        taken.Add(key);
        return convert(value);
    }

    /// <summary>Marks a required field that could not be read.</summary>
    public void MarkIncomplete() => Incomplete = true;

    private TResult Missing<TResult>(TResult placeholder)
    {
        Incomplete = true;
        return placeholder;
    }
}
