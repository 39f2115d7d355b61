using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Backup.Iac.Graph;

/// <summary>
/// The entries of a <see cref="MapValue"/>: unique keys in ordinal order, held in one array built once (a graph has
/// several maps per resource; a tree per map cost a third of lowering). Lookups are binary searches; the entries are
/// enumerated in key order without allocating.
/// </summary>
public sealed class SortedValueDictionary : IReadOnlyDictionary<string, Value>
{
    private readonly KeyValuePair<string, Value>[] entries;

    private SortedValueDictionary(KeyValuePair<string, Value>[] entries)
    {
        this.entries = entries;
    }

    /// <summary>No entries.</summary>
    public static SortedValueDictionary Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <summary>The entries in key order, for the graph's own loops.</summary>
    internal ReadOnlySpan<KeyValuePair<string, Value>> Span => entries;

    /// <summary>The keys, in ordinal order.</summary>
    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <summary>The values, in the order of their keys.</summary>
    public IEnumerable<Value> Values => entries.Select(e => e.Value);

    /// <summary>The value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">There is no such key.</exception>
    public Value this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry '{key}'.");

    /// <summary>Whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it is.</returns>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of a key, if present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or null.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Value value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? entries[at].Value : null;
        return at >= 0;
    }

    /// <summary>The entries with a key set to a value (added or replaced).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>New entries; these are unchanged.</returns>
    public SortedValueDictionary SetItem(string key, Value value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var at = IndexOf(key);
        if (at >= 0)
        {
            var copy = (KeyValuePair<string, Value>[])entries.Clone();
            copy[at] = new(key, value);
            return new(copy);
        }

        at = ~at;
        var grown = new KeyValuePair<string, Value>[entries.Length + 1];
        Array.Copy(entries, grown, at);
        grown[at] = new(key, value);
        Array.Copy(entries, at, grown, at + 1, entries.Length - at);
        return new(grown);
    }

    /// <summary>The entries without a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>New entries (these when the key is absent).</returns>
    public SortedValueDictionary Remove(string key)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            return this;
        }

        var shrunk = new KeyValuePair<string, Value>[entries.Length - 1];
        Array.Copy(entries, shrunk, at);
        Array.Copy(entries, at + 1, shrunk, at, entries.Length - at - 1);
        return new(shrunk);
    }

    /// <summary>Enumerates the entries in ordinal key order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(entries);

    IEnumerator<KeyValuePair<string, Value>> IEnumerable<KeyValuePair<string, Value>>.GetEnumerator() => ((IEnumerable<KeyValuePair<string, Value>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => entries.GetEnumerator();

    /// <summary>Builds entries from pairs, skipping null values; a later pair with the same key replaces an earlier one.</summary>
    internal static SortedValueDictionary From(ReadOnlySpan<KeyValuePair<string, Value?>> pairs)
    {
        var count = 0;
        foreach (var pair in pairs)
        {
            count += pair.Value is null ? 0 : 1;
        }

        if (count == 0)
        {
            return Empty;
        }

        var result = new KeyValuePair<string, Value>[count];
        var ordered = true;
        var n = 0;
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                ArgumentNullException.ThrowIfNull(key);
                ordered &= n == 0 || string.CompareOrdinal(result[n - 1].Key, key) < 0;
                result[n++] = new(key, value);
            }
        }

        return ordered ? new(result) : new(Sorted(result));
    }

    /// <summary>Sorts by key (stable) and keeps the last pair of each key.</summary>
    private static KeyValuePair<string, Value>[] Sorted(KeyValuePair<string, Value>[] pairs)
    {
        return pairs.Length <= 16 ? SortedSmall(pairs) : SortedLarge(pairs);
    }

    /// <summary>An insertion sort in place (a lowered map has a handful of entries); an equal key replaces the earlier one.</summary>
    private static KeyValuePair<string, Value>[] SortedSmall(KeyValuePair<string, Value>[] pairs)
    {
        var n = 0;
        foreach (var pair in pairs)
        {
            var at = n - 1;
            while (at >= 0 && string.CompareOrdinal(pairs[at].Key, pair.Key) > 0)
            {
                at--;
            }

            if (at >= 0 && pairs[at].Key == pair.Key)
            {
                pairs[at] = pair; // a later pair with the same key wins
                continue;
            }

            Array.Copy(pairs, at + 1, pairs, at + 2, n - at - 1);
            pairs[at + 1] = pair;
            n++;
        }

        return n == pairs.Length ? pairs : pairs[..n];
    }

    private static KeyValuePair<string, Value>[] SortedLarge(KeyValuePair<string, Value>[] pairs)
    {
        var order = new int[pairs.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => string.CompareOrdinal(pairs[x].Key, pairs[y].Key) is var c && c != 0 ? c : x.CompareTo(y));
        var unique = new List<KeyValuePair<string, Value>>(pairs.Length);
        foreach (var i in order)
        {
            if (unique.Count > 0 && unique[^1].Key == pairs[i].Key)
            {
                unique[^1] = pairs[i];
            }
            else
            {
                unique.Add(pairs[i]);
            }
        }

        return [.. unique];
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var c = string.CompareOrdinal(entries[middle].Key, key);
            if (c == 0)
            {
                return middle;
            }

            if (c < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>Enumerates entries without allocating.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, Value>>
    {
        private readonly KeyValuePair<string, Value>[] entries;
        private int index;

        internal Enumerator(KeyValuePair<string, Value>[] entries)
        {
            this.entries = entries;
            index = -1;
        }

        /// <inheritdoc />
        public readonly KeyValuePair<string, Value> Current => entries[index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++index < entries.Length;

        /// <inheritdoc />
        public void Reset() => index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
