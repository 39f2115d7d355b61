using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// Whether a resource policy (a topic, bucket or key policy of the app) allows a principal an action, read in three
/// values: true when an Allow statement surely does, false when the known statements prove that none does, null when an
/// unknown part (a deploy-time value, <c>NotPrincipal</c>, <c>NotAction</c>) could. Conditions are not evaluated (a
/// statement with conditions counts as allowing: the guide's <c>aws:SourceArn</c> and <c>aws:SourceAccount</c>
/// conditions are fine), resources neither, and Deny statements are ignored: every doubt leans toward "allowed", so
/// a finding is never a guess.
/// </summary>
internal static class PolicyFacts
{
    /// <summary>Whether the document allows the action to a principal that <paramref name="principal"/> matches (three-valued, see the class).</summary>
    public static bool? Allows(MapValue? document, Func<Value, bool?> principal, string action)
    {
        if (document is null)
        {
            return null;
        }

        if (!document.Entries.TryGetValue("Statement", out var statements) || FactValues.Normalize(statements) is not (ListValue or MapValue))
        {
            return null;
        }

        var result = (bool?)false;
        foreach (var statement in FactValues.Items(statements))
        {
            var one = Statement(statement, principal, action);
            if (one == true)
            {
                return true;
            }

            if (one is null)
            {
                result = null;
            }
        }

        return result;
    }

    private static bool? Statement(Value statement, Func<Value, bool?> principal, string action)
    {
        if (statement is not MapValue s)
        {
            return null;
        }

        if (s.Entries.ContainsKey("NotPrincipal") || s.Entries.ContainsKey("NotAction"))
        {
            return null;
        }

        var effect = FactValues.Get(s, "Effect");
        if (effect is StringValue { Text: "Deny" })
        {
            return false;
        }

        var allow = effect is StringValue { Text: "Allow" } ? (bool?)true : null;
        return And(allow, And(Principal(FactValues.Get(s, "Principal"), principal), Action(FactValues.Get(s, "Action"), action)));
    }

    private static bool? Principal(Value? value, Func<Value, bool?> principal)
    {
        switch (FactValues.Normalize(value))
        {
            case null:
                return false;
            case StringValue { Text: "*" }:
                return true;
            case MapValue m:
                var result = (bool?)false;
                foreach (var (kind, items) in m.Entries)
                {
                    foreach (var item in FactValues.Items(items))
                    {
                        var one = kind == "AWS" && item is StringValue { Text: "*" } ? true : principal(MapValue.Of(new KeyValuePair<string, Value?>(kind, item)));
                        if (one == true)
                        {
                            return true;
                        }

                        result = one is null ? null : result;
                    }
                }

                return result;
            default:
                return null;
        }
    }

    private static bool? Action(Value? value, string action)
    {
        var result = (bool?)false;
        foreach (var item in FactValues.Items(value))
        {
            if (FactValues.Text(item) is not { } text)
            {
                result = null;
                continue;
            }

            if (Wildcards.Glob(action.ToLowerInvariant(), text.ToLowerInvariant()))
            {
                return true;
            }
        }

        return result;
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    /// <summary>A principal matcher for a service principal (<c>{"Service": name}</c>).</summary>
    public static Func<Value, bool?> Service(string name) => p =>
        FactValues.Get(p, "Service") is not { } service ? false
        : FactValues.Text(service) is { } text ? string.Equals(text, name, StringComparison.OrdinalIgnoreCase)
        : null;

    /// <summary>
    /// A principal matcher for an IAM role: <paramref name="matches"/> judges an <c>AWS</c> principal's text shape
    /// (<see cref="FactValues.Shape"/>); an account's root or bare ID lets IAM policies grant access, which the app
    /// cannot see, so it is unknown.
    /// </summary>
    public static Func<Value, bool?> AwsPrincipal(BackupStack stack, Func<Value, string, bool?> matches) => p =>
    {
        if (FactValues.Get(p, "AWS") is not { } aws)
        {
            return false;
        }

        var shape = FactValues.Shape(aws, stack);
        if (shape is null)
        {
            return null;
        }

        if (shape.EndsWith(":root", StringComparison.Ordinal) || shape.Length == 12 && shape.All(char.IsAsciiDigit) || shape == FactValues.Unknown.ToString())
        {
            return null;
        }

        return matches(aws, shape);
    };

    /// <summary>The statements of a document (a single statement object counts as one).</summary>
    public static IReadOnlyList<MapValue> Statements(MapValue? document) => [.. PolicyDocuments.Statements(document)];
}
