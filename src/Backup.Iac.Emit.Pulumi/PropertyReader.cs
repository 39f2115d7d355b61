using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// Reads the properties of a graph resource (CloudFormation names) and remembers which ones a mapping used, so that
/// every property left over is reported instead of being dropped silently.
/// </summary>
internal sealed class PropertyReader
{
    private readonly MapValue map;
    private readonly string prefix;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly List<PropertyReader> children = [];

    public PropertyReader(MapValue map, string prefix = "")
    {
        this.map = map;
        this.prefix = prefix;
    }

    /// <summary>The property path of this map, e.g. <c>BackupPlan.BackupPlanRule[0]</c> (empty at the root).</summary>
    public string Prefix => prefix;

    /// <summary>The value of a property, marked as used; null when absent.</summary>
    public Value? Take(string key)
    {
        used.Add(key);
        return map.Entries.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>Marks a property as handled elsewhere (reported by a specific limit, or split into another resource).</summary>
    public bool Has(string key)
    {
        used.Add(key);
        return map.Entries.ContainsKey(key);
    }

    /// <summary>A reader of a nested map, or null when the property is absent or not a map.</summary>
    public PropertyReader? Map(string key) => Take(key) is MapValue nested ? Child(nested, Path(key)) : null;

    /// <summary>Readers of the maps of a list property (items that are not maps are skipped, and reported as unused).</summary>
    public IReadOnlyList<PropertyReader>? List(string key)
    {
        if (Take(key) is not ListValue list)
        {
            return null;
        }

        return [.. list.Items.Select((item, i) => item is MapValue m ? Child(m, $"{Path(key)}[{i}]") : null).OfType<PropertyReader>()];
    }

    /// <summary>Every property path of this map and its nested maps that no mapping used.</summary>
    public IEnumerable<string> Unused() =>
        map.Entries.Keys.Where(k => !used.Contains(k)).Select(Path).Concat(children.SelectMany(c => c.Unused()));

    private string Path(string key) => prefix.Length == 0 ? key : prefix + "." + key;

    private PropertyReader Child(MapValue nested, string path)
    {
        var child = new PropertyReader(nested, path);
        children.Add(child);
        return child;
    }
}
