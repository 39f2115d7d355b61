using Amazon.CDK;
using Backup.Iac.Graph;
using GraphReader = Backup.Iac.Graph.PropertyReader;

namespace Backup.Iac.Cdk.Rendering;

/// <summary>
/// Reads a graph property map into the typed fields of an L1 class: the CDK's typed helpers over the kernel's
/// <see cref="GraphReader"/>. Each read takes a property only when the typed field can hold it; whatever is not taken
/// (a property that Amazon.CDK.Lib 2.160 has no field for, or a deploy-time value in a number field) is a leftover,
/// written with <see cref="CfnResource.AddPropertyOverride"/> at its path. Nothing is dropped. A required field that
/// cannot be read makes the reader incomplete: its caller then writes the whole map as is.
/// </summary>
internal sealed class L1PropertyReader
{
    private readonly GraphReader reader;

    public L1PropertyReader(GraphReader reader, ValueRenderer renderer)
    {
        this.reader = reader;
        Renderer = renderer;
    }

    /// <summary>Whether a required field could not be read.</summary>
    public bool Incomplete { get; private set; }

    public ValueRenderer Renderer { get; }

    /// <summary>The properties not taken, with their override paths (dot-separated, list indexes as numbers).</summary>
    public IReadOnlyList<(string Path, Value Value)> Leftovers =>
        [.. reader.Leftovers(nestedFirst: true).Select(l => (GraphReader.Dotted(l.Path), l.Value))];

    public string? String(string key) => Take(key, ValueRenderer.IsStringLike, Renderer.AsString);

    public string RequiredString(string key) => String(key) ?? Missing("");

    public double? Number(string key) => Take(key, v => v is NumberValue, v => (double?)((NumberValue)v).Number);

    public double RequiredNumber(string key) => Number(key) ?? Missing(0d);

    public object? Bool(string key) => Take(key, v => v is BoolValue, v => (object)((BoolValue)v).Flag);

    public string[]? Strings(string key) =>
        Take(key, v => v is ListValue l && l.Items.All(ValueRenderer.IsStringLike), v => ((ListValue)v).Items.Select(Renderer.AsString).ToArray());

    public string[] RequiredStrings(string key) => Strings(key) ?? Missing(Array.Empty<string>());

    /// <summary>A map of strings (tags, recovery point tags, metadata overrides).</summary>
    public Dictionary<string, string>? StringMap(string key) =>
        Take(key, v => v is MapValue m && m.Entries.Values.All(ValueRenderer.IsStringLike),
            v => ((MapValue)v).Entries.ToDictionary(e => e.Key, e => Renderer.AsString(e.Value), StringComparer.Ordinal));

    /// <summary>A CloudFormation tag list (<c>[{Key, Value}]</c>, as every schema's <c>Tag</c> definition).</summary>
    public ICfnTag[]? Tags(string key) =>
        Take(key, v => v is ListValue l && l.Items.All(IsTag),
            v => ((ListValue)v).Items.Select(t => (ICfnTag)new CfnTag
            {
                Key = Renderer.AsString(((MapValue)t).Entries[TagKey]),
                Value = Renderer.AsString(((MapValue)t).Entries[TagValue]),
            }).ToArray());

    /// <summary>
    /// A JSON document (a field of CDK type <c>Json</c>, which the L1 checks is an object). A document given as text,
    /// or holding a JSON null (which jsii cannot carry, so it is written as text), is not taken: it goes through an
    /// override, which the L1 does not check.
    /// </summary>
    public object? Document(string key) => Take(key, v => v is MapValue && !ValueRenderer.ContainsNull(v), Renderer.Property);

    /// <summary>A nested structure; taken only when <paramref name="build"/> reads every required field.</summary>
    public T? Struct<T>(string key, Func<L1PropertyReader, T> build)
        where T : class =>
        reader.Nested(key, nested => Complete(nested, build));

    /// <summary>A list of nested structures; taken only when every item can be read.</summary>
    public object[]? Structs<T>(string key, Func<L1PropertyReader, T> build)
        where T : class =>
        reader.NestedList(key, nested => Complete(nested, build)) is { } items ? [.. items] : null;

    /// <summary>Marks a required field that could not be read.</summary>
    public void MarkIncomplete() => Incomplete = true;

    private const string TagKey = Graph.CloudFormation.CfnRole.TagProperty.Key;
    private const string TagValue = Graph.CloudFormation.CfnRole.TagProperty.Value;

    private static bool IsTag(Value v) =>
        v is MapValue { Entries.Count: 2 } m && m.Entries.TryGetValue(TagKey, out var k) && m.Entries.TryGetValue(TagValue, out var val)
        && ValueRenderer.IsStringLike(k) && ValueRenderer.IsStringLike(val);

    private T? Complete<T>(GraphReader nested, Func<L1PropertyReader, T> build)
        where T : class
    {
        var typed = new L1PropertyReader(nested, Renderer);
        var result = build(typed);
        return typed.Incomplete ? null : result;
    }

    private TResult? Take<TResult>(string key, Func<Value, bool> fits, Func<Value, TResult> convert) =>
        reader.TakeIf(key, fits) is { } value ? convert(value) : default;

    private TResult Missing<TResult>(TResult placeholder)
    {
        Incomplete = true;
        return placeholder;
    }
}
