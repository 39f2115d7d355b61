using System.Collections.Immutable;
using System.Text.Json;
using Backup.Iac.Graph;

namespace Backup.Iac.Lowering;

/// <summary>Turns vault access policies (typed or raw JSON) into value trees, for validation and lowering alike.</summary>
internal static class PolicyDocuments
{
    /// <summary>The policy as a value tree, or null when its raw JSON does not parse (VPOL-001 reports that).</summary>
    public static Value? ToValue(VaultAccessPolicy policy, out string? parseError)
    {
        parseError = null;
        if (policy.Json is { } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                return WithGrants(FromJson(document.RootElement), policy.Granted);
            }
            catch (JsonException e)
            {
                parseError = e.Message;
                return null;
            }
        }

        return MapValue.Of(
            new("Version", "2012-10-17"),
            new("Statement", new ListValue([.. policy.Statements.Concat(policy.Granted).Select(Statement)])));
    }

    /// <summary>A raw document followed by the statements of grants (a single statement object becomes a list); a document that is not an object stays as it is (VPOL-001 reports it).</summary>
    private static Value WithGrants(Value document, IReadOnlyList<PolicyStatement> granted)
    {
        if (granted.Count == 0 || document is not MapValue map)
        {
            return document;
        }

        var existing = map.Entries.GetValueOrDefault("Statement") switch
        {
            ListValue list => list.Items,
            MapValue one => [one],
            null => [],
            var other => [other],
        };
        var entries = map.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)).Where(e => e.Key != "Statement")
            .Append(new("Statement", new ListValue([.. existing, .. granted.Select(Statement)])));
        return MapValue.Of(entries);
    }

    /// <summary>An inline policy of a generated role as a value tree, or null when its raw JSON does not parse (BKP3084 reports that).</summary>
    public static Value? ToValue(RolePolicy policy, out string? parseError)
    {
        parseError = null;
        if (policy.Json is { } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                return FromJson(document.RootElement);
            }
            catch (JsonException e)
            {
                parseError = e.Message;
                return null;
            }
        }

        return MapValue.Of(
            new("Version", "2012-10-17"),
            new("Statement", new ListValue([.. policy.Statements.Select(s => (Value)MapValue.Of(
                new("Sid", s.Sid is null ? null : Str(s.Sid)),
                new("Effect", s.Effect.ToString()),
                new("Action", s.Actions.Count == 1 ? Str(s.Actions[0]) : List(s.Actions)),
                new("Resource", s.Resources.Count == 1 ? Str(s.Resources[0]) : List(s.Resources)),
                new("Condition", Conditions(s.Conditions))))])));
    }

    private static MapValue? Conditions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? conditions) =>
        conditions is null ? null : MapValue.Of(conditions.Select(op => new KeyValuePair<string, Value?>(
            op.Key, MapValue.Of(op.Value.Select(k => new KeyValuePair<string, Value?>(k.Key, k.Value.Count == 1 ? Str(k.Value[0]) : List(k.Value)))))));

    private static Value Statement(PolicyStatement s) => MapValue.Of(
        new("Sid", s.Sid is null ? null : Str(s.Sid)),
        new("Effect", s.Effect.ToString()),
        new("Principal", Principal(s.Principals)),
        new("Action", List(s.Actions)),
        new("Resource", s.Resources.Count == 1 ? Str(s.Resources[0]) : List(s.Resources)),
        new("Condition", s.Conditions is null ? null : MapValue.Of(s.Conditions.Select(op => new KeyValuePair<string, Value?>(
            op.Key, MapValue.Of(op.Value.Select(k => new KeyValuePair<string, Value?>(k.Key, k.Value.Count == 1 ? Str(k.Value[0]) : List(k.Value)))))))));

    private static Value? Principal(IReadOnlyList<PolicyPrincipal> principals)
    {
        if (principals.Count == 0)
        {
            return null;
        }

        if (principals.Any(p => p.Kind == "*"))
        {
            return new StringValue("*");
        }

        return MapValue.Of(principals.GroupBy(p => p.Kind).Select(g => new KeyValuePair<string, Value?>(
            g.Key, g.Count() == 1 ? Str(g.First().Value) : new ListValue([.. g.Select(p => Str(p.Value))]))));
    }

    private static Value Str(string s) => Token.ToValue(s);

    private static ListValue List(IEnumerable<string> items) => new([.. items.Select(Str)]);

    /// <summary>Converts parsed JSON to a value tree (numbers that are not whole stay text).</summary>
    public static Value FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => MapValue.Of(e.EnumerateObject().Select(p => new KeyValuePair<string, Value?>(p.Name, FromJson(p.Value)))),
        JsonValueKind.Array => new ListValue([.. e.EnumerateArray().Select(FromJson)]),
        JsonValueKind.String => Token.ToValue(e.GetString() ?? ""), // a deploy-time value inside the document (a template read by lint) is written back as itself
        JsonValueKind.Number when e.TryGetInt64(out var n) => new NumberValue(n),
        JsonValueKind.Number => new StringValue(e.GetRawText()),
        JsonValueKind.True => new BoolValue(true),
        JsonValueKind.False => new BoolValue(false),
        _ => NullValue.Instance,
    };

    /// <summary>The statements of a policy value tree (a single statement object counts as one).</summary>
    public static ImmutableArray<MapValue> Statements(Value? policy) =>
        policy is MapValue m && m.Entries.TryGetValue("Statement", out var s)
            ? s switch
            {
                ListValue l => [.. l.Items.OfType<MapValue>()],
                MapValue one => [one],
                _ => [],
            }
            : [];
}
