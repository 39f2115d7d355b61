using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>The template reader's values: objects, strings, lists, tags, durations, booleans, and deploy-time values.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        /// <summary>
        /// Records a value the model cannot hold, to write it back as is. Checks on <paramref name="property"/> (and below it)
        /// of the construct being read are then not reported; without a property, none at the construct. When
        /// <paramref name="what"/> is given and an intrinsic function stands in place of that object or list, an info BKP9120 says so.
        /// </summary>
        private void Keep(string at, SourceNode node, string? property = null, string? what = null)
        {
            pending.Add((at, ToValue(node)));
            Unknown.Add(property is null ? current : current + "#" + property);
            if (what is not null && node is SourceMapping { IntrinsicName: { } function })
            {
                Findings.Add(Finding(ImportConstraints.NotModelled, current, property, node.At, what, $"it is chosen at deploy time ({function}), so the checks that need it are skipped"));
            }
        }

        /// <summary>A mapping-valued property; an intrinsic function in its place is kept as written (at <paramref name="at"/>).</summary>
        private SourceMapping? Object(SourceMapping owner, string key, string? at = null, string? property = null)
        {
            var node = owner[key];
            if (node is SourceMapping { IntrinsicName: not null } && at is not null)
            {
                Keep(at, node, property, property is null ? null : $"{key} of {Name(current)}");
            }

            return node is SourceMapping { IntrinsicName: null } m ? m : null;
        }

        /// <summary>A string value: a literal, or a token for a deploy-time value; null when absent or of another shape.</summary>
        private string? Text(SourceMapping owner, string key, string path, string property, string? at)
        {
            _ = at;
            if (owner[key] is not { } node)
            {
                return null;
            }

            if (path.Length > 0)
            {
                Locator.Add(path, property, node.At);
            }

            return StringOf(node);
        }

        private string? StringOf(SourceNode node) => node switch
        {
            SourceScalar { Kind: ScalarKind.Null } => null,
            SourceScalar s => s.Text,
            SourceMapping { IntrinsicName: not null } => TokenString(ToValue(node)),
            _ => null,
        };

        private List<string>? StringList(SourceMapping owner, string key, string path, string property, string at)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, property, $"{property} of {Name(path)}");
                return null;
            }

            if (node is not SourceSequence list)
            {
                return null;
            }

            var items = new List<string>();
            for (var i = 0; i < list.Items.Length; i++)
            {
                Locator.Add(path, $"{property}[{i}]", list.Items[i].At);
                if (StringOf(list.Items[i]) is { } s)
                {
                    items.Add(s);
                }
            }

            return items;
        }

        private Dictionary<string, string>? StringMap(SourceMapping owner, string key, string path, string property, string at)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, property, $"{property} of {Name(path)}");
                return null;
            }

            if (node is not SourceMapping map)
            {
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in map.Entries)
            {
                Locator.Add(path, $"{property}[{e.Key}]", e.Value.At);
                if (StringOf(e.Value) is { } s)
                {
                    result[e.Key] = s;
                }
            }

            return result;
        }

        /// <summary>A list of <c>{Key, Value}</c> tags as a map.</summary>
        private Dictionary<string, string>? TagList(SourceMapping owner, string key, string path, string? at = null)
        {
            var node = owner[key];
            if (node is null)
            {
                return null;
            }

            Locator.Add(path, "Tags", node.At);
            if (node is not SourceSequence list || list.Items.Any(i => i is not SourceMapping { IntrinsicName: null } m || m["Key"] is not SourceScalar { Kind: ScalarKind.Text }))
            {
                Keep(at ?? key, node);
                return null;
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list.Items.Cast<SourceMapping>())
            {
                var k = ((SourceScalar)item["Key"]!).Text;
                if (item["Value"] is { } v && StringOf(v) is { } s)
                {
                    result[k] = s;
                }
            }

            return result;
        }

        private List<T> Items<T>(SourceMapping owner, string key, string at, Func<SourceMapping, int, T?> read)
            where T : class
        {
            var result = new List<T>();
            var node = owner[key];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, key, $"{key} of {Name(current)}");
                return result;
            }

            if (node is not SourceSequence list)
            {
                return result;
            }

            for (var i = 0; i < list.Items.Length; i++)
            {
                if (list.Items[i] is SourceMapping { IntrinsicName: null } m && read(m, i) is { } item)
                {
                    result.Add(item);
                }
                else
                {
                    Keep($"{at}.{i}", list.Items[i], key, $"{key} item {i} of {Name(current)}");
                }
            }

            return result;
        }

        private Duration? Days(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Days);

        private Duration? Hours(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Hours);

        private Duration? Minutes(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Minutes);

        /// <summary>A whole-number duration; a deploy-time value becomes an unresolved duration; another shape is kept as written.</summary>
        private Duration? Count(SourceMapping owner, string key, string path, string property, string at, Func<long, Duration> unit)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            switch (node)
            {
                case SourceMapping { IntrinsicName: not null }:
                    return Duration.Unresolved(Token.AsString(ToValue(node)));
                case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } s
                    when long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -100_000_000 and <= 100_000_000:
                    return unit(n);
                case SourceScalar { Kind: ScalarKind.Number } whole
                    when decimal.TryParse(whole.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= -100_000_000 and <= 100_000_000:
                    return unit((long)d); // 60.0 or 6e1: the integer 60 to CloudFormation
                case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } big when long.TryParse(big.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    || big.Kind == ScalarKind.Number && !big.Text.Contains('.', StringComparison.Ordinal) && !big.Text.Contains('e', StringComparison.OrdinalIgnoreCase):
                    Findings.Add(Finding(ImportConstraints.OutOfBounds, current, property, node.At, property, big.Text, "is outside any range AWS accepts (at most 100,000,000 in absolute value)"));
                    Keep(at, node, property);
                    return null;
                default:
                    Keep(at, node, property); // wrong type (reported by the schema check) or a fraction: written back as is; only its own checks are skipped
                    return null;
            }
        }

        private bool? Bool(SourceMapping owner, string key, string path, string property, string at)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            switch (node)
            {
                case SourceScalar { Kind: ScalarKind.Boolean or ScalarKind.Text } s when ScalarText.IsTrue(s.Text):
                    return true;
                case SourceScalar { Kind: ScalarKind.Boolean or ScalarKind.Text } s when ScalarText.IsFalse(s.Text):
                    return false;
                case SourceMapping { IntrinsicName: not null }:
                    // A deploy-time boolean: written back as is. Lint reads the template once with each value and reports
                    // what both readings find, so only the checks whose outcome depends on it are skipped.
                    Keep(at, node, property);
                    DeployTimeBooleans = true;
                    return deployTimeBooleansAre;
                default:
                    Keep(at, node, property); // another shape, reported by the schema check: written back as is
                    return null;
            }
        }

        /// <summary>A source node as a graph value: intrinsic functions become references, attributes, parameters, joins, or opaque expressions.</summary>
        public Value ToValue(SourceNode node)
        {
            switch (node)
            {
                case SourceScalar { Kind: ScalarKind.Null }:
                    return NullValue.Instance;
                case SourceScalar { Kind: ScalarKind.Boolean } b:
                    return new BoolValue(b.Text == "true");
                case SourceScalar { Kind: ScalarKind.Number } n when long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    return new NumberValue(number);
                case SourceScalar s:
                    return new StringValue(s.Text);
                case SourceSequence list:
                    return new ListValue([.. list.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar { Kind: ScalarKind.Text } target:
                    if (parameters.TryGetValue(target.Text, out var parameter))
                    {
                        return new ParameterValue(parameter);
                    }

                    if (Pseudo.TryGetValue(target.Text, out var pseudo))
                    {
                        return new PseudoParameterValue(pseudo);
                    }

                    return types.ContainsKey(target.Text) ? new ReferenceValue(target.Text) : Opaque(r);
                case SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } id, SourceScalar { Kind: ScalarKind.Text } attribute] }
                    && types.ContainsKey(id.Text):
                    return new AttributeValue(id.Text, attribute.Text);
                case SourceMapping { IntrinsicName: "Fn::Join" } j when j["Fn::Join"] is SourceSequence { Items: [SourceScalar { Text: "" }, SourceSequence parts] }:
                    return new JoinValue([.. parts.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: not null } f:
                    return Opaque(f);
                case SourceMapping m:
                    return MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, ToValue(e.Value))));
                default:
                    return NullValue.Instance;
            }
        }

        private OpaqueValue Opaque(SourceMapping function) =>
            new("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>(function.Entries[0].Key, ToValue(function.Entries[0].Value))));

        /// <summary>A JSON document written as a template mapping, with intrinsic functions as token strings (a policy with <c>!Sub</c>/<c>!GetAtt</c> inside).</summary>
        private string JsonWithTokens(SourceMapping document) => SourceJson.Write(document, f => Token.AsString(ToValue(f)));
    }
}
