using System.Collections.Concurrent;

namespace Backup.Iac;

/// <summary>
/// A process-wide cache of a pure function with a bound: when it holds <c>capacity</c> entries it is emptied before the
/// next one is added, so a long-running process (a lint service reading many templates) keeps at most that many,
/// whatever its input. Thread-safe; a value may be computed twice under contention (the function is pure).
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
/// <param name="capacity">The most entries kept.</param>
/// <param name="comparer">The key comparer, or null for the default.</param>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new(comparer);

    /// <summary>The number of entries held (at most the capacity).</summary>
    public int Count => entries.Count;

    /// <summary>The cached value of a key, computed and kept when absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="compute">The pure function.</param>
    /// <returns>The value.</returns>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, compute);
    }
}
