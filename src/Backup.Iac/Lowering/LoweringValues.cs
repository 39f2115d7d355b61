using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Lowering;

/// <summary>The value builders that several kinds' lowerings share: strings, counts in a property's unit, tag maps and lists, vault notifications.</summary>
internal static class LoweringValues
{
    /// <summary>A string (a token stands for its deploy-time value), or null.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The value.</returns>
    public static Value? Str(string? s) => s is null ? null : Token.ToValue(s);

    /// <summary>
    /// A value given as a graph value by the user (a raw resource's properties, a property override) with every string
    /// that holds deploy-time markers (<see cref="Token.AsString"/>) turned into the graph value it stands for
    /// (<see cref="Token.ToValue"/>: a <c>Ref</c>, an attribute, a parameter, a join), at any depth, as the kinds' own
    /// strings are; the same instance when nothing holds a marker.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The value with its tokens resolved.</returns>
    public static Value Resolved(Value value)
    {
        switch (value)
        {
            case StringValue s when Token.IsUnresolved(s.Text):
                return Token.ToValue(s.Text);
            case ListValue list:
            {
                var items = Resolved(list.Items);
                return items.IsDefault ? list : new ListValue(items);
            }

            case JoinValue join:
            {
                var parts = Resolved(join.Parts);
                return parts.IsDefault ? join : new JoinValue(parts);
            }

            case MapValue map:
            {
                var entries = map.Entries;
                foreach (var (key, entry) in map.Entries)
                {
                    var resolved = Resolved(entry);
                    if (!ReferenceEquals(resolved, entry))
                    {
                        entries = entries.SetItem(key, resolved);
                    }
                }

                return ReferenceEquals(entries, map.Entries) ? map : new MapValue(entries);
            }

            default:
                return value; // literals, references, parameters; an opaque expression is written in its target's syntax as given
        }
    }

    /// <summary>The items resolved (<see cref="Resolved(Value)"/>), or default when none changed.</summary>
    private static System.Collections.Immutable.ImmutableArray<Value> Resolved(System.Collections.Immutable.ImmutableArray<Value> items)
    {
        Value[]? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var resolved = Resolved(items[i]);
            if (changed is null && !ReferenceEquals(resolved, items[i]))
            {
                changed = [.. items];
            }

            if (changed is not null)
            {
                changed[i] = resolved;
            }
        }

        return changed is null ? default : [.. changed];
    }

    /// <summary>A list of strings.</summary>
    /// <param name="items">The strings.</param>
    /// <returns>The list.</returns>
    public static ListValue Strings(IEnumerable<string> items) => new([.. items.Select(Token.ToValue)]);

    /// <summary>A tag map (<c>{key: value}</c>), or null when there are no tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The map, or null.</returns>
    public static MapValue? Tags(IReadOnlyDictionary<string, string>? tags) =>
        tags is null || tags.Count == 0 ? null : MapValue.Of(tags.Select(t => new KeyValuePair<string, Value?>(t.Key, Token.ToValue(t.Value))));

    /// <summary>CloudFormation's tag list (<c>[{Key, Value}]</c>, by key), or null when there are no tags: the one tag-list builder of lowering.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>The list, or null.</returns>
    public static ListValue? TagList(IReadOnlyDictionary<string, string>? tags) =>
        tags is null || tags.Count == 0 ? null : new ListValue([.. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (Value)MapValue.Of(
            new(CfnFramework.TagProperty.Key, Token.ToValue(t.Key)), // the same Key/Value shape in every schema that has a tag list
            new(CfnFramework.TagProperty.Value, Token.ToValue(t.Value))))]);

    /// <summary>A vault's notifications (the same shape for both vault types), or null.</summary>
    /// <param name="n">The notifications.</param>
    /// <returns>The map, or null.</returns>
    public static MapValue? Notifications(VaultNotifications? n) => n is null ? null : MapValue.Of(
        new(CfnBackupVault.NotificationObjectTypeProperty.SNSTopicArn, Str(n.TopicArn)),
        new(CfnBackupVault.NotificationObjectTypeProperty.BackupVaultEvents, new ListValue([.. n.Events.Select(e => Token.ToValue(e.Name))])));

    /// <summary>The seed's <c>FSX</c> spelling is written as the API's <c>FSx</c> (catalog OQ-023).</summary>
    /// <param name="type">The resource type.</param>
    /// <returns>The API's spelling.</returns>
    public static string ResourceTypeName(string type) => type == "FSX" ? "FSx" : type;

    /// <summary>A duration in days, or null.</summary>
    /// <param name="d">The duration.</param>
    /// <returns>The value.</returns>
    public static Value? Days(Duration? d) => Count(d, v => v.TotalDays);

    /// <summary>A lifecycle day count; AWS's <c>-1</c> "keep indefinitely" sentinel is written as an absent value, which means the same.</summary>
    /// <param name="d">The duration.</param>
    /// <returns>The value.</returns>
    public static Value? LifecycleDays(Duration? d) => d is { IsUnresolved: false, TotalDays: -1 } ? null : Days(d);

    /// <summary>A duration in minutes, or null.</summary>
    /// <param name="d">The duration.</param>
    /// <returns>The value.</returns>
    public static Value? Minutes(Duration? d) => Count(d, v => v.TotalMinutes);

    /// <summary>A duration in hours, or null.</summary>
    /// <param name="d">The duration.</param>
    /// <returns>The value.</returns>
    public static Value? Hours(Duration? d) => Count(d, v => v.TotalHours);

    /// <summary>A duration in the property's unit, or the deploy-time value it stands for.</summary>
    private static Value? Count(Duration? d, Func<Duration, long> unit) => d switch
    {
        null => null,
        { UnresolvedToken: { } token } => Token.ToValue(token),
        { } v => new NumberValue(unit(v)),
    };
}
