using System.Text;
using System.Text.Json;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// Reading properties of other resources (<see cref="RawResource"/>): a value is literal or unknown at synth time.
/// A deploy-time value (a parameter, a pseudo parameter the stack does not name, an intrinsic function) is unknown, and
/// checks never report on an unknown: they report only what the known values prove.
/// </summary>
internal static class FactValues
{
    /// <summary>The marker of an unknown part in a <see cref="Shape"/>.</summary>
    public const char Unknown = '\u0001';

    /// <summary>
    /// A value with its token markers turned back into graph values (a string built with <see cref="Token.AsString"/>),
    /// and a template's <c>Fn::Sub</c> read as the join it stands for (<c>${X}</c> a reference, <c>${X.Attr}</c> an
    /// attribute, <c>${AWS::Region}</c> a pseudo parameter), so that an ARN written with <c>!Sub</c> in a linted template
    /// names its resource as <c>!GetAtt</c> or <c>!Join</c> does.
    /// </summary>
    public static Value? Normalize(Value? value)
    {
        var v = value is StringValue s && Token.IsUnresolved(s.Text) ? Token.ToValue(s.Text) : value;
        return v is OpaqueValue { Expression: MapValue { Entries.Count: 1 } m } && m.Entries.TryGetValue("Fn::Sub", out var sub) ? Sub(sub) ?? v : v;
    }

    /// <summary>Whether a property may be left out at deploy time: an <c>Fn::If</c> (one branch may be <c>AWS::NoValue</c>).</summary>
    public static bool MayBeAbsent(Value? value) => Normalize(value) is OpaqueValue { Expression: MapValue m } && m.Entries.ContainsKey("Fn::If");

    private static readonly Dictionary<string, string> SubPseudo = new(StringComparer.Ordinal)
    {
        ["AWS::AccountId"] = PseudoParameters.AccountId,
        ["AWS::Region"] = PseudoParameters.Region,
        ["AWS::Partition"] = PseudoParameters.Partition,
        ["AWS::StackName"] = PseudoParameters.StackName,
    };

    /// <summary>An <c>Fn::Sub</c> (a body, or a body and its variables) as a join, or null when its shape is not one.</summary>
    private static JoinValue? Sub(Value? sub)
    {
        var (body, variables) = sub switch
        {
            StringValue b => (b.Text, (MapValue?)null),
            ListValue { Items: [StringValue b, MapValue vars] } => (b.Text, vars),
            _ => (null, null),
        };
        if (body is null)
        {
            return null;
        }

        var parts = new List<Value>();
        var literal = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var open = body.IndexOf("${", at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : body.IndexOf('}', open + 2);
            if (open < 0 || close < 0)
            {
                literal.Append(body, at, body.Length - at);
                break;
            }

            literal.Append(body, at, open - at);
            var name = body[(open + 2)..close];
            at = close + 1;
            if (name.StartsWith('!'))
            {
                literal.Append("${").Append(name.AsSpan(1)).Append('}'); // ${!Literal} is written as ${Literal}
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new StringValue(literal.ToString()));
                literal.Clear();
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            parts.Add(variables?.Entries.GetValueOrDefault(name) is { } given ? given
                : SubPseudo.TryGetValue(name, out var pseudo) ? new PseudoParameterValue(pseudo)
                : name.StartsWith("AWS::", StringComparison.Ordinal) ? new OpaqueValue("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>("Ref", name)))
                : dot > 0 ? new AttributeValue(name[..dot], name[(dot + 1)..])
                : new ReferenceValue(name));
        }

        if (literal.Length > 0)
        {
            parts.Add(new StringValue(literal.ToString()));
        }

        return new JoinValue([.. parts]);
    }

    /// <summary>The value at a path of property names (as written: <see cref="Normalize"/> it to read tokens), or null when a step is absent or not a map.</summary>
    public static Value? Get(Value? map, params string[] path)
    {
        var current = map;
        foreach (var step in path)
        {
            if (Normalize(current) is not MapValue m || !m.Entries.TryGetValue(step, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether a property is present (whatever its value).</summary>
    public static bool Has(Value? map, string name) => Normalize(map) is MapValue m && m.Entries.ContainsKey(name) && m.Entries[name] is not NullValue;

    /// <summary>The literal text of a value, or null when it is absent or unknown.</summary>
    public static string? Text(Value? value) => Normalize(value) switch
    {
        StringValue s => s.Text,
        NumberValue n => n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A boolean value: true, false, or null when absent or unknown (<c>"true"</c> as text counts, as CloudFormation reads it).</summary>
    public static bool? Flag(Value? value) => Normalize(value) switch
    {
        BoolValue b => b.Flag,
        StringValue { Text: var t } when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        StringValue { Text: var t } when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>Whether a value is known at synth time through and through (no reference, parameter, or function).</summary>
    public static bool IsKnown(Value? value) => Normalize(value) switch
    {
        null or StringValue or NumberValue or BoolValue or NullValue => true,
        ListValue l => l.Items.All(IsKnown),
        MapValue m => m.Entries.Values.All(IsKnown),
        _ => false,
    };

    /// <summary>The logical ID a value refers to as a whole (<c>Ref X</c> or <c>Fn::GetAtt X.Attr</c>), or null.</summary>
    public static string? ReferenceTo(Value? value) => Normalize(value) switch
    {
        ReferenceValue r => r.LogicalId,
        AttributeValue a => a.LogicalId,
        _ => null,
    };

    /// <summary>The logical IDs a value refers to anywhere inside it (for implicit CloudFormation dependencies).</summary>
    public static IEnumerable<string> References(Value? value)
    {
        switch (Normalize(value))
        {
            case ReferenceValue r:
                yield return r.LogicalId;
                break;
            case AttributeValue a:
                yield return a.LogicalId;
                break;
            case JoinValue j:
                foreach (var id in j.Parts.SelectMany(References))
                {
                    yield return id;
                }

                break;
            case ListValue l:
                foreach (var id in l.Items.SelectMany(References))
                {
                    yield return id;
                }

                break;
            case MapValue m:
                foreach (var id in m.Entries.Values.SelectMany(References))
                {
                    yield return id;
                }

                break;
            case OpaqueValue o:
                foreach (var id in References(o.Expression))
                {
                    yield return id;
                }

                break;
            case StringValue s when s.Text.Contains("${", StringComparison.Ordinal):
                // A Fn::Sub body read from a template: ${Name} and ${Name.Attr} refer to resources.
                foreach (var part in s.Text.Split("${").Skip(1))
                {
                    var end = part.IndexOf('}', StringComparison.Ordinal);
                    if (end > 0 && !part.StartsWith("AWS::", StringComparison.Ordinal))
                    {
                        yield return part[..end].Split('.')[0];
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The text of a string value with each unknown part as <see cref="Unknown"/>: the stack's account and Region are
    /// filled in when it names them, the partition is <c>aws</c> (ARNs are compared without it), a list or map is null.
    /// </summary>
    public static string? Shape(Value? value, BackupStack stack)
    {
        var sb = new StringBuilder();
        return Append(Normalize(value)) ? sb.ToString() : null;

        bool Append(Value? v)
        {
            switch (v)
            {
                case StringValue s:
                    sb.Append(s.Text);
                    return true;
                case NumberValue n:
                    sb.Append(n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return true;
                case PseudoParameterValue { Name: PseudoParameters.AccountId } when stack.Account is { } account && !Token.IsUnresolved(account):
                    sb.Append(account);
                    return true;
                case PseudoParameterValue { Name: PseudoParameters.Region } when stack.Region is { } region && !Token.IsUnresolved(region):
                    sb.Append(region);
                    return true;
                case PseudoParameterValue { Name: PseudoParameters.Partition }:
                    sb.Append("aws");
                    return true;
                case JoinValue j:
                    return j.Parts.All(p => Append(Normalize(p)));
                case ListValue or MapValue or null:
                    return false;
                default:
                    sb.Append(Unknown);
                    return true;
            }
        }
    }

    /// <summary>The items of a value that is a list or a single item.</summary>
    public static IReadOnlyList<Value> Items(Value? value) => Normalize(value) switch
    {
        null or NullValue => [],
        ListValue l => [.. l.Items.Select(i => Normalize(i)!)],
        var single => [single],
    };

    /// <summary>A policy document property: a map, or a JSON string holding one; null when it is absent, unknown or malformed.</summary>
    public static MapValue? Document(Value? value)
    {
        switch (value)
        {
            case MapValue m:
                return m;
            case StringValue s:
                try
                {
                    using var json = JsonDocument.Parse(s.Text);
                    return PolicyDocuments.FromJson(json.RootElement) as MapValue;
                }
                catch (JsonException)
                {
                    return null;
                }

            default:
                return null;
        }
    }
}
