using System.Globalization;
using Backup.Iac.Graph;

namespace Backup.Iac.Lowering;

/// <summary>Applies <see cref="Construct.AddPropertyOverride"/> values to lowered resources.</summary>
internal static class Overrides
{
    public static List<Resource> Apply(BackupStack stack, List<Resource> resources)
    {
        var byPath = stack.Descendants().Where(c => c.PropertyOverrides.Count > 0 || c.RemovalPolicyOverride is not null)
            .ToDictionary(c => c.ResourcePath, StringComparer.Ordinal);
        if (byPath.Count == 0)
        {
            return resources;
        }

        return [.. resources.Select(r => byPath.TryGetValue(r.Path, out var owner)
            ? r with
            {
                Properties = owner.PropertyOverrides.Aggregate(r.Properties, (map, o) => (MapValue)Set(map, o.Path.Split('.'), 0, o.Value)),
                RemovalPolicy = owner.RemovalPolicyOverride ?? r.RemovalPolicy,
            }
            : r)];
    }

    private static Value Set(Value? node, string[] path, int at, Value? value)
    {
        if (at == path.Length)
        {
            return value is null ? NullValue.Instance : LoweringValues.Resolved(value); // a Token.AsString string is the value it stands for
        }

        var key = path[at];
        if (value is null && at == path.Length - 1 && node is MapValue target)
        {
            return new MapValue(target.Entries.Remove(key)); // a deletion override
        }

        if (node is ListValue list && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (at == path.Length - 1 || index >= list.Items.Length)
            {
                // the last step inserts (an item the model did not hold); a deeper path edits the item in place
                return new ListValue(list.Items.Insert(Math.Min(index, list.Items.Length), Set(null, path, at + 1, value)));
            }

            return new ListValue(list.Items.SetItem(index, Set(list.Items[index], path, at + 1, value)));
        }

        if (node is null && at + 1 <= path.Length && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new ListValue([Set(null, path, at + 1, value)]);
        }

        var map = node as MapValue ?? MapValue.Empty;
        var child = map.Entries.GetValueOrDefault(key);
        return new MapValue(map.Entries.SetItem(key, Set(child, path, at + 1, value)));
    }
}
