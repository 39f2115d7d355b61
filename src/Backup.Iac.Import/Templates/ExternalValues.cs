using System.Collections.Immutable;
using System.Text;
using Backup.Iac.Graph;

namespace Backup.Iac.Import;

/// <summary>
/// Prepares an imported template's graph for another back end (<c>backup-iac convert</c>): a value that only
/// CloudFormation can compute (a <c>Ref</c> or <c>Fn::GetAtt</c> of a resource that is not an AWS Backup resource of
/// the template, an <c>Fn::Sub</c>, <c>Fn::If</c>, <c>Fn::FindInMap</c>, <c>Fn::ImportValue</c>...) becomes a stack
/// parameter, which the target declares as configuration, described with the expression it replaces. Nothing is
/// guessed and nothing is dropped.
/// </summary>
public static class ExternalValues
{
    /// <summary>The graph with every value that needs CloudFormation turned into a parameter.</summary>
    /// <param name="graph">The graph of an imported template.</param>
    /// <param name="added">The parameters added, by name.</param>
    /// <returns>The graph.</returns>
    public static ResourceGraph ToParameters(ResourceGraph graph, out IReadOnlyList<Parameter> added)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = graph.Resources.Select(r => r.LogicalId).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(graph.Parameters.Select(p => p.Name).Concat(ids), StringComparer.Ordinal);
        var made = new Dictionary<string, Parameter>(StringComparer.Ordinal);

        Value Rewrite(Value value, string at) => value switch
        {
            ReferenceValue r when !ids.Contains(r.LogicalId) => Parameter(r.LogicalId, "Ref " + r.LogicalId),
            AttributeValue a when !ids.Contains(a.LogicalId) => Parameter(a.LogicalId + a.Attribute, $"Fn::GetAtt {a.LogicalId}.{a.Attribute}"),
            OpaqueValue o => Parameter(at, Render(o.Expression)),
            ListValue l => new ListValue([.. l.Items.Select((v, i) => Rewrite(v, at + i))]),
            MapValue m => MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, Rewrite(e.Value, at + Alphanumeric(e.Key))))),
            JoinValue j => new JoinValue([.. j.Parts.Select((v, i) => Rewrite(v, at + "Part" + i))]),
            _ => value,
        };

        ParameterValue Parameter(string wanted, string expression)
        {
            var key = wanted + "\n" + expression;
            if (!made.TryGetValue(key, out var p))
            {
                var name = Alphanumeric(wanted);
                for (var n = 2; taken.Contains(name); n++)
                {
                    name = Alphanumeric(wanted) + n;
                }

                taken.Add(name);
                p = new Parameter(name) { Description = "In the CloudFormation template: " + expression };
                made[key] = p;
            }

            return new ParameterValue(p);
        }

        var resources = graph.Resources.Select(r => r with { Properties = (MapValue)Rewrite(r.Properties, r.LogicalId) }).ToImmutableArray();
        added = [.. made.Values];
        return graph with
        {
            Resources = resources,
            Parameters = [.. graph.Parameters, .. made.Values],
        };
    }

    private static string Alphanumeric(string text)
    {
        var s = new string([.. text.Where(char.IsAsciiLetterOrDigit)]);
        return s.Length == 0 ? "Value" : s;
    }

    /// <summary>A compact JSON-like rendering of a CloudFormation expression, for the parameter's description.</summary>
    private static string Render(Value value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Value value)
    {
        switch (value)
        {
            case StringValue s:
                sb.Append('"').Append(s.Text).Append('"');
                break;
            case NumberValue n:
                sb.Append(n.Number);
                break;
            case BoolValue b:
                sb.Append(b.Flag ? "true" : "false");
                break;
            case ListValue l:
                sb.Append('[');
                for (var i = 0; i < l.Items.Length; i++)
                {
                    sb.Append(i == 0 ? "" : ", ");
                    Write(sb, l.Items[i]);
                }

                sb.Append(']');
                break;
            case MapValue m:
                sb.Append('{');
                var first = true;
                foreach (var e in m.Entries)
                {
                    sb.Append(first ? "" : ", ").Append(e.Key).Append(": ");
                    Write(sb, e.Value);
                    first = false;
                }

                sb.Append('}');
                break;
            case ReferenceValue r:
                sb.Append("{Ref: ").Append(r.LogicalId).Append('}');
                break;
            case AttributeValue a:
                sb.Append("{Fn::GetAtt: ").Append(a.LogicalId).Append('.').Append(a.Attribute).Append('}');
                break;
            case PseudoParameterValue p:
                sb.Append("{Ref: AWS::").Append(p.Name).Append('}');
                break;
            case ParameterValue p:
                sb.Append("{Ref: ").Append(p.Declaration.Name).Append('}');
                break;
            case JoinValue j:
                sb.Append("{Fn::Join: [\"\", ");
                Write(sb, new ListValue(j.Parts));
                sb.Append("]}");
                break;
            case OpaqueValue o:
                Write(sb, o.Expression);
                break;
            default:
                sb.Append("null");
                break;
        }
    }
}
