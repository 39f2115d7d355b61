using System.Collections.Immutable;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Backup.Iac.Import;

/// <summary>
/// Reads CloudFormation YAML into a <see cref="SourceNode"/> tree: one document, unique keys, plain scalars resolved
/// with the YAML 1.2 core schema (as CloudFormation does), and the short-form intrinsic function tags rewritten to
/// their long form.
/// </summary>
internal static partial class YamlSourceReader
{
    /// <summary>The short-form tags CloudFormation accepts, and the long-form key each stands for.</summary>
    private static readonly Dictionary<string, string> Functions = new(StringComparer.Ordinal)
    {
        ["!Ref"] = "Ref",
        ["!Condition"] = "Condition",
        ["!Base64"] = "Fn::Base64",
        ["!Cidr"] = "Fn::Cidr",
        ["!FindInMap"] = "Fn::FindInMap",
        ["!GetAtt"] = "Fn::GetAtt",
        ["!GetAZs"] = "Fn::GetAZs",
        ["!ImportValue"] = "Fn::ImportValue",
        ["!Join"] = "Fn::Join",
        ["!Select"] = "Fn::Select",
        ["!Split"] = "Fn::Split",
        ["!Sub"] = "Fn::Sub",
        ["!Transform"] = "Fn::Transform",
        ["!And"] = "Fn::And",
        ["!Equals"] = "Fn::Equals",
        ["!If"] = "Fn::If",
        ["!Not"] = "Fn::Not",
        ["!Or"] = "Fn::Or",
        ["!ToJsonString"] = "Fn::ToJsonString",
        ["!Length"] = "Fn::Length",
        ["!ForEach"] = "Fn::ForEach",

        // The rule-specific functions of the Rules section (template-rules.html).
        ["!Contains"] = "Fn::Contains",
        ["!EachMemberEquals"] = "Fn::EachMemberEquals",
        ["!EachMemberIn"] = "Fn::EachMemberIn",
        ["!RefAll"] = "Fn::RefAll",
        ["!ValueOf"] = "Fn::ValueOf",
        ["!ValueOfAll"] = "Fn::ValueOfAll",
    };

    public static SourceDocument Read(string text)
    {
        var state = new State(new Parser(new StringReader(text)));
        try
        {
            state.Expect<StreamStart>();
            if (state.Parser.Current is StreamEnd)
            {
                return new SourceDocument(null, SourceFormat.Yaml, new SourceError("The file is empty: a YAML document was expected.", new SourcePosition(1, 1)));
            }

            state.Expect<DocumentStart>();
            var root = state.Parser.Current is DocumentEnd ? new SourceScalar(new SourcePosition(1, 1), "", ScalarKind.Null) : state.ReadNode(0, out _);
            state.Expect<DocumentEnd>();
            if (state.Parser.Current is DocumentStart start)
            {
                return new SourceDocument(null, SourceFormat.Yaml, new SourceError("The file holds more than one YAML document; a template is one document.", Position(start.Start)));
            }

            return new SourceDocument(root, SourceFormat.Yaml, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("See inner exception", StringComparison.Ordinal) ? inner.Message : e.Message;
            return new SourceDocument(null, SourceFormat.Yaml, new SourceError("Invalid YAML: " + Sentence(message), Position(e.Start)));
        }
        catch (ReadException e)
        {
            return new SourceDocument(null, SourceFormat.Yaml, new SourceError(e.Message, e.At));
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws other exceptions on some malformed input (found by the fuzz test): still a syntax error, never a crash
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
#pragma warning restore CA1031
        {
            return new SourceDocument(null, SourceFormat.Yaml, new SourceError("Invalid YAML: the text cannot be scanned near this place.", state.LastPosition));
        }
    }

    private static SourcePosition Position(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Sentence(string message)
    {
        var text = message.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    private sealed class ReadException(string message, SourcePosition at) : Exception(message)
    {
        public SourcePosition At { get; } = at;
    }

    private sealed class State(IParser parser)
    {
        private readonly Dictionary<string, (SourceNode Node, long Count, int Height, long Bytes)> anchors = new(StringComparer.Ordinal);
        private long nodes;
        private long bytes;

        public IParser Parser { get; } = parser;

        /// <summary>Where the last event read starts (for errors the parser reports without a position).</summary>
        public SourcePosition LastPosition => Parser.Current is { } e ? Position(e.Start) : new SourcePosition(1, 1);

        public void Expect<T>()
            where T : ParsingEvent
        {
            if (Parser.Current is null && !Parser.MoveNext())
            {
                throw new ReadException("The YAML ends too early.", new SourcePosition(1, 1));
            }

            if (Parser.Current is not T)
            {
                throw new ReadException($"Unexpected YAML content ({Parser.Current?.GetType().Name}).", Position(Parser.Current?.Start ?? Mark.Empty));
            }

            Parser.MoveNext();
        }

        /// <summary>Reads a node at <paramref name="depth"/> (the number of mappings and lists around it).</summary>
        /// <param name="depth">The nesting of the node: 0 for the root.</param>
        /// <param name="height">The levels of mappings and lists the node holds, aliases expanded (0 for a scalar).</param>
        public SourceNode ReadNode(int depth, out int height)
        {
            var current = Parser.Current ?? throw new ReadException("The YAML ends too early.", new SourcePosition(1, 1));
            var at = Position(current.Start);
            if (++nodes > SourceReader.MaxNodes)
            {
                throw new ReadException($"The document expands to more than {SourceReader.MaxNodes:N0} nodes (YAML aliases?).", at);
            }

            var before = nodes;
            var bytesBefore = bytes;
            SourceNode node;
            string? anchor;
            string? tag;
            switch (current)
            {
                case AnchorAlias alias:
                    Parser.MoveNext();
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new ReadException($"The alias *{alias.Value.Value} names no anchor.", at);
                    }

                    // An alias stands for a copy of its anchor: its nesting, nodes and text count where it is used.
                    if (depth + target.Height > SourceReader.MaxDepth)
                    {
                        throw new ReadException($"The document nests deeper than {SourceReader.MaxDepth} levels (the alias *{alias.Value.Value} adds {target.Height} levels here).", at);
                    }

                    nodes += target.Count;
                    if (nodes > SourceReader.MaxNodes)
                    {
                        throw new ReadException($"The document expands to more than {SourceReader.MaxNodes:N0} nodes (YAML aliases).", at);
                    }

                    bytes += target.Bytes;
                    if (bytes > SourceReader.MaxExpandedBytes)
                    {
                        throw new ReadException($"The document expands to more than {SourceReader.MaxExpandedBytes:N0} bytes of text (YAML aliases).", at);
                    }

                    height = target.Height;
                    return target.Node;
                case Scalar scalar:
                    Parser.MoveNext();
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
                    bytes += scalar.Value.Length + 1;
                    node = ScalarNode(scalar, at, tag);
                    height = 0;
                    break;
                case SequenceStart sequence:
                {
                    Nest(depth, at);
                    Parser.MoveNext();
                    anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
                    tag = sequence.Tag.IsEmpty ? null : sequence.Tag.Value;
                    var items = ImmutableArray.CreateBuilder<SourceNode>();
                    var deepest = 0;
                    while (Parser.Current is not SequenceEnd)
                    {
                        items.Add(ReadNode(depth + 1, out var h));
                        deepest = Math.Max(deepest, h);
                    }

                    Parser.MoveNext();
                    node = new SourceSequence(at, items.ToImmutable());
                    height = deepest + 1;
                    break;
                }

                case MappingStart mapping:
                {
                    Nest(depth, at);
                    Parser.MoveNext();
                    anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
                    tag = mapping.Tag.IsEmpty ? null : mapping.Tag.Value;
                    var entries = ImmutableArray.CreateBuilder<SourceEntry>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    var deepest = 0;
                    while (Parser.Current is not MappingEnd)
                    {
                        var keyAt = Position(Parser.Current?.Start ?? Mark.Empty);
                        var key = ReadNode(depth + 1, out _) is SourceScalar { Kind: not ScalarKind.Null } k
                            ? k.Text
                            : throw new ReadException("A mapping key must be a plain value (a string or a number).", keyAt);
                        if (!seen.Add(key))
                        {
                            throw new ReadException($"The key '{Validation.MessageText.Capped(key)}' appears twice in the same mapping.", keyAt);
                        }

                        entries.Add(new SourceEntry(key, keyAt, ReadNode(depth + 1, out var h)));
                        deepest = Math.Max(deepest, h);
                    }

                    Parser.MoveNext();
                    node = new SourceMapping(at, entries.ToImmutable());
                    height = deepest + 1;
                    break;
                }

                default:
                    throw new ReadException($"Unexpected YAML content ({current.GetType().Name}).", at);
            }

            if (bytes > SourceReader.MaxExpandedBytes)
            {
                throw new ReadException($"The document expands to more than {SourceReader.MaxExpandedBytes:N0} bytes of text (YAML aliases).", at);
            }

            if (tag is not null && !tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            {
                // A short-form function is a mapping around its argument: one more level (two for !GetAtt A.B, whose argument becomes a list).
                var wasScalar = height == 0;
                node = Intrinsic(tag, node, at);
                height = wasScalar && node is SourceMapping { Entries: [{ Value: SourceSequence }] } ? 2 : height + 1;
                if (depth + height > SourceReader.MaxDepth)
                {
                    throw new ReadException($"The document nests deeper than {SourceReader.MaxDepth} levels.", at);
                }
            }

            if (anchor is not null)
            {
                anchors[anchor] = (node, nodes - before + 1, height, bytes - bytesBefore);
            }

            return node;
        }

        /// <summary>Refuses a mapping or list at <paramref name="depth"/> when it would be level <see cref="SourceReader.MaxDepth"/> + 1.</summary>
        private static void Nest(int depth, SourcePosition at)
        {
            if (depth >= SourceReader.MaxDepth)
            {
                throw new ReadException($"The document nests deeper than {SourceReader.MaxDepth} levels.", at);
            }
        }

        private static SourceMapping Intrinsic(string tag, SourceNode argument, SourcePosition at)
        {
            if (!Functions.TryGetValue(tag, out var name))
            {
                throw new ReadException($"Unknown tag '{tag}'. CloudFormation's short forms are {string.Join(", ", Functions.Keys.Order(StringComparer.Ordinal))}.", at);
            }

            if (name == "Fn::GetAtt" && argument is SourceScalar { Kind: ScalarKind.Text } dotted)
            {
                var dot = dotted.Text.IndexOf('.', StringComparison.Ordinal);
                argument = dot > 0
                    ? new SourceSequence(dotted.At, [dotted with { Text = dotted.Text[..dot] }, dotted with { Text = dotted.Text[(dot + 1)..] }])
                    : throw new ReadException($"!GetAtt '{dotted.Text}' needs the form LogicalId.Attribute.", at);
            }

            return new SourceMapping(at, [new SourceEntry(name, at, argument)]);
        }

        private static SourceScalar ScalarNode(Scalar scalar, SourcePosition at, string? tag)
        {
            var text = scalar.Value;
            switch (tag)
            {
                case "tag:yaml.org,2002:str":
                    return new SourceScalar(at, text, ScalarKind.Text);
                case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                    return Number().IsMatch(text) ? new SourceScalar(at, text, ScalarKind.Number) : throw new ReadException($"'{text}' is tagged as a number but is not one.", at);
                case "tag:yaml.org,2002:bool":
                    return text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                        ? new SourceScalar(at, text.ToLowerInvariant(), ScalarKind.Boolean)
                        : throw new ReadException($"'{text}' is tagged as a boolean but is not one.", at);
                case "tag:yaml.org,2002:null":
                    return new SourceScalar(at, "", ScalarKind.Null);
            }

            if (scalar.Style != ScalarStyle.Plain || scalar.IsQuotedImplicit || tag is not null)
            {
                return new SourceScalar(at, text, ScalarKind.Text);
            }

            return text switch
            {
                "" or "~" or "null" or "Null" or "NULL" => new SourceScalar(at, "", ScalarKind.Null),
                "true" or "True" or "TRUE" => new SourceScalar(at, "true", ScalarKind.Boolean),
                "false" or "False" or "FALSE" => new SourceScalar(at, "false", ScalarKind.Boolean),
                _ when Number().IsMatch(text) => new SourceScalar(at, text, ScalarKind.Number),
                _ => new SourceScalar(at, text, ScalarKind.Text),
            };
        }
    }

    /// <summary>A YAML 1.2 core-schema decimal integer or float (octal and hexadecimal forms are read as strings, as YAML 1.2 JSON schema does).</summary>
    [GeneratedRegex(@"^[-+]?(?:[0-9]+|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
