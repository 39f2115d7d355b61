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
            new("Statement", new ListValue([.. policy.Statements.Select(Statement)])));
    }

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
