using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Backup.Iac.Graph;

/// <summary>
/// Reads the property map of a graph resource (CloudFormation names) for an emitter, and remembers which properties
/// the emitter took, so that every property left over is reported or written another way instead of being dropped
/// silently. The one reader of the Pulumi emitter and the CDK adapter (which adds its typed L1 helpers on top).
/// </summary>
/// <remarks>
/// Two ways of reading a nested map: <see cref="Map"/> and <see cref="List"/> take the property at once (its leftovers
/// are then those of the nested reader); <see cref="Nested{T}"/> and <see cref="NestedList{T}"/> take it only when the
/// caller could read it (returned a value), else it stays a leftover as a whole.
/// </remarks>
internal sealed class PropertyReader
{
    private readonly MapValue map;
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly List<PropertyReader> children = [];

    /// <summary>Reads a map.</summary>
    /// <param name="map">The map.</param>
    public PropertyReader(MapValue map)
        : this(map, [])
    {
    }

    private PropertyReader(MapValue map, ImmutableArray<Segment> path)
    {
        this.map = map;
        Path = path;
    }

    /// <summary>The path of this map below the resource's properties (empty at the root).</summary>
    public ImmutableArray<Segment> Path { get; }

    /// <summary>The path in the dotted form with bracketed indexes, e.g. <c>BackupPlan.BackupPlanRule[0]</c> (empty at the root).</summary>
    public string Prefix => Indexed(Path);

    /// <summary>The value of a property, marked as taken (even when absent, or taken before); null when absent.</summary>
    public Value? Take(string key)
    {
        taken.Add(key);
        return map.Entries.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>The value of a property when it is present, not taken yet and <paramref name="fits"/>; it is then marked as taken.</summary>
    public Value? TakeIf(string key, Func<Value, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || !fits(value))
        {
            return null;
        }

        taken.Add(key);
        return value;
    }

    /// <summary>Marks a property as handled elsewhere (reported by a specific limit, or split into another resource); whether it is present.</summary>
    public bool Has(string key)
    {
        taken.Add(key);
        return map.Entries.ContainsKey(key);
    }

    /// <summary>A reader of a nested map, the property taken; null when the property is absent or not a map.</summary>
    public PropertyReader? Map(string key) => Take(key) is MapValue nested ? Child(nested, Path.Add(new Segment(key))) : null;

    /// <summary>Readers of the maps of a list property, the property taken (items that are not maps are skipped); null when it is not a list.</summary>
    public IReadOnlyList<PropertyReader>? List(string key)
    {
        if (Take(key) is not ListValue list)
        {
            return null;
        }

        return [.. list.Items.Select((item, i) => item is MapValue m ? Child(m, Path.Add(new Segment(key)).Add(new Segment(i))) : null).OfType<PropertyReader>()];
    }

    /// <summary>
    /// A nested map read by <paramref name="read"/>; the property is taken (and the nested reader's leftovers become
    /// this reader's) only when <paramref name="read"/> returns a value. Null when the property is absent, taken, or not a map.
    /// </summary>
    public T? Nested<T>(string key, Func<PropertyReader, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || value is not MapValue inner)
        {
            return null;
        }

        var reader = new PropertyReader(inner, Path.Add(new Segment(key)));
        var result = read(reader);
        if (result is null)
        {
            return null;
        }

        taken.Add(key);
        children.Add(reader);
        return result;
    }

    /// <summary>A list of nested maps, each read by <paramref name="read"/>; taken only when every item is a map that <paramref name="read"/> reads.</summary>
    public IReadOnlyList<T>? NestedList<T>(string key, Func<PropertyReader, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (taken.Contains(key) || !map.Entries.TryGetValue(key, out var value) || value is not ListValue list || !list.Items.All(i => i is MapValue))
        {
            return null;
        }

        var results = new List<T>(list.Items.Length);
        var readers = new List<PropertyReader>(list.Items.Length);
        for (var i = 0; i < list.Items.Length; i++)
        {
            var reader = new PropertyReader((MapValue)list.Items[i], Path.Add(new Segment(key)).Add(new Segment(i)));
            if (read(reader) is not { } result)
            {
                return null;
            }

            results.Add(result);
            readers.Add(reader);
        }

        taken.Add(key);
        children.AddRange(readers);
        return results;
    }

    /// <summary>
    /// Every property of this map and of the nested maps read through it that was not taken, with its path:
    /// this map's own first, or the nested maps' first when <paramref name="nestedFirst"/>.
    /// </summary>
    public IEnumerable<(ImmutableArray<Segment> Path, Value Value)> Leftovers(bool nestedFirst = false)
    {
        var own = map.Entries.Where(e => !taken.Contains(e.Key)).Select(e => (Path.Add(new Segment(e.Key)), e.Value));
        var nested = children.SelectMany(c => c.Leftovers(nestedFirst));
        return nestedFirst ? nested.Concat(own) : own.Concat(nested);
    }

    /// <summary>A path as dotted keys with bracketed indexes: <c>BackupPlan.BackupPlanRule[0].Lifecycle</c>.</summary>
    public static string Indexed(ImmutableArray<Segment> path) => Format(path, bracketIndexes: true);

    /// <summary>A path as dotted keys and indexes: <c>BackupPlan.BackupPlanRule.0.Lifecycle</c>.</summary>
    public static string Dotted(ImmutableArray<Segment> path) => Format(path, bracketIndexes: false);

    private static string Format(ImmutableArray<Segment> path, bool bracketIndexes)
    {
        var sb = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.Key is { } key)
            {
                sb.Append(sb.Length == 0 ? "" : ".").Append(key);
            }
            else if (bracketIndexes)
            {
                sb.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                sb.Append(sb.Length == 0 ? "" : ".").Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private PropertyReader Child(MapValue nested, ImmutableArray<Segment> path)
    {
        var child = new PropertyReader(nested, path);
        children.Add(child);
        return child;
    }

    /// <summary>One step of a property path: a key, or a list index when <see cref="Key"/> is null.</summary>
    internal readonly record struct Segment
    {
        public Segment(string key) => Key = key;

        public Segment(int index) => Index = index;

        public string? Key { get; }

        public int Index { get; }
    }
}
