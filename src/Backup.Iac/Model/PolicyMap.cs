using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Backup.Iac;

/// <summary>
/// A node of a backup policy whose keys are names chosen by the user (plans, rules, selections, tags, copy actions
/// keyed by vault ARN). Keys keep their order and are compared without case, as AWS Organizations does (the
/// effective policy shows them in lower case). Build it with an initializer: <c>new() { ["Daily"] = rule }</c>.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
[SuppressMessage("Naming", "CA1710", Justification = "A policy map is AWS's JSON object of named entries.")]
public sealed class PolicyMap<T> : IReadOnlyDictionary<string, T>
    where T : class
{
    private readonly OrderedDictionary<string, T> items = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an empty map.</summary>
    public PolicyMap()
    {
    }

    /// <summary>Creates a map from entries; a key given twice (without regard to case) is a programmer error.</summary>
    /// <param name="entries">The entries, in order.</param>
    public PolicyMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, value) in entries)
        {
            Put(key, value);
        }
    }

    /// <summary>The child control operator on this node (for example, <c>["@@append"]</c> on <c>plans</c> lets children add plans but not change them).</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>The entry with a key (compared without case).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry.</returns>
    public T this[string key]
    {
        get => items[key];
        init => Put(key, value);
    }

    /// <inheritdoc />
    public IEnumerable<string> Keys => items.Keys;

    /// <inheritdoc />
    public IEnumerable<T> Values => items.Values;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => items.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => items.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Put(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!items.TryAdd(key, value))
        {
            throw new ArgumentException($"The policy map already has the key '{key}' (keys are compared without case).", nameof(key));
        }
    }
}
