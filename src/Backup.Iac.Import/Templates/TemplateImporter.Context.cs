using System.Globalization;
using Backup.Iac.Graph;
using Backup.Iac.Kinds;

namespace Backup.Iac.Import;

/// <summary>The reading API of the kinds' imports (<see cref="ImportContext"/>) over the template's source nodes.</summary>
public static partial class TemplateImporter
{
    /// <summary>The kinds that read templates, by the CloudFormation type each reads (its main type).</summary>
    private static readonly Dictionary<string, ResourceKind> Importers = ResourceKinds.All.Where(k => k.Imports).ToDictionary(k => k.Types[0], StringComparer.Ordinal);

    /// <summary>
    /// The kind that reads a CloudFormation type: the importing kind whose main type it is, or null (a kind's other types,
    /// such as the IAM role a backup selection may write, are not read as that kind).
    /// </summary>
    /// <param name="type">The CloudFormation type.</param>
    /// <returns>The kind, or null.</returns>
    internal static ResourceKind? ImporterOf(string type) => Importers.GetValueOrDefault(type);

    private sealed partial class Reader
    {
        /// <summary>What reading one resource collects, shared by its contexts: overrides to apply to the construct built, and whether to keep it as written.</summary>
        private sealed class ResourceState
        {
            /// <summary>Overrides to apply to the construct built, as (path below Properties, raw value).</summary>
            public List<(string Path, Value Value)> Pending { get; } = [];

            /// <summary>Whether the kind asked to keep the resource as written.</summary>
            public bool KeepRequested { get; set; }

            /// <summary>Why it is kept as written, when the kind says so.</summary>
            public string? Why { get; set; }
        }

        /// <summary>The context of one resource, at one construct path (<see cref="Current"/>): nothing in it changes while it is read.</summary>
        private sealed class ResourceContext(Reader reader, string logicalId, SourceMapping body, string current, ResourceState state) : ImportContext
        {
            public ResourceState State => state;

            public override BackupStack Stack => reader.stack;

            public override string LogicalId => logicalId;

            public override SourceMapping Properties => body["Properties"] as SourceMapping ?? new SourceMapping(body.At, []);

            public override string Current => current;

            public override RemovalPolicy? DeletionPolicy => Reader.DeletionPolicy(body);

            public override ImportContext At(string current) => new ResourceContext(reader, logicalId, body, current, state);

            public override void KeepAsWritten(string? why)
            {
                state.KeepRequested = true;
                state.Why = why;
            }

            public override void Locate(string path, string? property, SourcePosition at) => reader.Locator.Add(path, property, at);

            public override string Name(string path) => reader.Name(path);

            public override int MaxDepth => SourceReader.MaxDepth;

            public override Construct? Imported(string logicalId) => reader.imported.GetValueOrDefault(logicalId);

            public override IEnumerable<Construct> ImportedConstructs => reader.imported.Values;

            public override Value ToValue(SourceNode node) => reader.ToValue(node);

            public override string JsonWithTokens(SourceMapping document) => reader.JsonWithTokens(document);

            public override (string Json, SourceNode Located)? JsonDocument(SourceNode content) => content switch
            {
                SourceMapping { IntrinsicName: "Fn::ToJsonString" } toJson when toJson["Fn::ToJsonString"] is SourceMapping { IntrinsicName: null } inner => (SourceJson.Write(inner), inner),
                SourceMapping { IntrinsicName: null } map => (SourceJson.Write(map), map),
                SourceScalar { Kind: ScalarKind.Text } text => (text.Text, SourceReader.Read(text.Text, "policy.json").Root is { } r && text.At.Line > 0 ? PolicyLint.Shift(r, text.At) : text),
                _ => null,
            };

            public override void CheckPolicyAsWritten(SourceNode content, string property) => reader.Findings.AddRange(PolicyLint.Check(content, Path, property));

            public override void Keep(string at, SourceNode node, string? property = null, string? what = null)
            {
                state.Pending.Add((at, reader.ToValue(node)));
                reader.Unknown.Add(property is null ? current : current + "#" + property);
                if (what is not null && node is SourceMapping { IntrinsicName: { } function })
                {
                    reader.Findings.Add(Finding(ImportConstraints.NotModelled, current, property, node.At, what, $"it is chosen at deploy time ({function}), so the checks that need it are skipped"));
                }
            }

            public override SourceMapping? Object(SourceMapping owner, string key, string? at = null, string? property = null)
            {
                var node = owner[key];
                if (node is SourceMapping { IntrinsicName: not null } && at is not null)
                {
                    Keep(at, node, property, property is null ? null : $"{key} of {Name(current)}");
                }

                return node is SourceMapping { IntrinsicName: null } m ? m : null;
            }

            public override string? Text(SourceMapping owner, string key, string path, string property)
            {
                if (owner[key] is not { } node)
                {
                    return null;
                }

                if (path.Length > 0)
                {
                    Locate(path, property, node.At);
                }

                return StringOf(node);
            }

            public override string? StringOf(SourceNode node) => node switch
            {
                SourceScalar { Kind: ScalarKind.Null } => null,
                SourceScalar s => s.Text,
                SourceMapping { IntrinsicName: not null } => TokenString(reader.ToValue(node)),
                _ => null,
            };

            public override List<string>? StringList(SourceMapping owner, string key, string path, string property, string at)
            {
                if (Collection(owner, key, path, property, at) is not SourceSequence list)
                {
                    return null;
                }

                var items = new List<string>();
                for (var i = 0; i < list.Items.Length; i++)
                {
                    Locate(path, $"{property}[{i}]", list.Items[i].At);
                    if (StringOf(list.Items[i]) is { } s)
                    {
                        items.Add(s);
                    }
                }

                return items;
            }

            /// <summary>The located node of a list or map property; null when it is absent or chosen at deploy time (then kept as written).</summary>
            private SourceNode? Collection(SourceMapping owner, string key, string path, string property, string at)
            {
                var node = owner[key];
                if (node is null)
                {
                    return null;
                }

                Locate(path, property, node.At);
                if (node is SourceMapping { IntrinsicName: not null })
                {
                    Keep(at, node, property, $"{property} of {Name(path)}");
                    return null;
                }

                return node;
            }

            public override Dictionary<string, string>? StringMap(SourceMapping owner, string key, string path, string property, string at)
            {
                if (Collection(owner, key, path, property, at) is not SourceMapping map)
                {
                    return null;
                }

                var result = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var e in map.Entries)
                {
                    Locate(path, $"{property}[{e.Key}]", e.Value.At);
                    if (StringOf(e.Value) is { } s)
                    {
                        result[e.Key] = s;
                    }
                }

                return result;
            }

            public override Dictionary<string, string>? TagList(SourceMapping owner, string key, string path, string? at = null)
            {
                var node = owner[key];
                if (node is null)
                {
                    return null;
                }

                Locate(path, "Tags", node.At);
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

            public override List<T> Items<T>(SourceMapping owner, string key, string at, Func<SourceMapping, int, T?> read)
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

            public override Duration? Days(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Days);

            public override Duration? Hours(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Hours);

            public override Duration? Minutes(SourceMapping owner, string key, string path, string property, string at) => Count(owner, key, path, property, at, Duration.Minutes);

            /// <summary>A whole-number duration; a deploy-time value becomes an unresolved duration; another shape is kept as written.</summary>
            private Duration? Count(SourceMapping owner, string key, string path, string property, string at, Func<long, Duration> unit)
            {
                if (owner[key] is not { } node)
                {
                    return null;
                }

                Locate(path, property, node.At);
                switch (node)
                {
                    case SourceMapping { IntrinsicName: not null }:
                        return Duration.Unresolved(Token.AsString(reader.ToValue(node)));
                    case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } s
                        when long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -100_000_000 and <= 100_000_000:
                        return unit(n);
                    case SourceScalar { Kind: ScalarKind.Number } whole
                        when decimal.TryParse(whole.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= -100_000_000 and <= 100_000_000:
                        return unit((long)d); // 60.0 or 6e1: the integer 60 to CloudFormation
                    case SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } big when long.TryParse(big.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                        || big.Kind == ScalarKind.Number && !big.Text.Contains('.', StringComparison.Ordinal) && !big.Text.Contains('e', StringComparison.OrdinalIgnoreCase):
                        reader.Findings.Add(Finding(ImportConstraints.OutOfBounds, current, property, node.At, property, big.Text, "is outside any range AWS accepts (at most 100,000,000 in absolute value)"));
                        Keep(at, node, property);
                        return null;
                    default:
                        Keep(at, node, property); // wrong type (reported by the schema check) or a fraction: written back as is; only its own checks are skipped
                        return null;
                }
            }

            public override bool? Bool(SourceMapping owner, string key, string path, string property, string at)
            {
                if (owner[key] is not { } node)
                {
                    return null;
                }

                Locate(path, property, node.At);
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
                        reader.DeployTimeBooleans = true;
                        return reader.deployTimeBooleansAre;
                    default:
                        Keep(at, node, property); // another shape, reported by the schema check: written back as is
                        return null;
                }
            }

            public override DateTimeOffset? Date(SourceMapping owner, string key, string path, string property)
            {
                if (owner[key] is not { } node)
                {
                    return null;
                }

                Locate(path, property, node.At);
                if (node is SourceScalar { Kind: ScalarKind.Text } s && DateTimeOffset.TryParse(s.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                    && date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) == s.Text)
                {
                    return date;
                }

                return null; // another spelling or a deploy-time value
            }
        }
    }
}
