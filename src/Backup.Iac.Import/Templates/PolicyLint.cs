using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Organizations;

namespace Backup.Iac.Import;

/// <summary>
/// Checks AWS Organizations backup policy documents (standalone JSON files, and the <c>Content</c> of
/// <c>AWS::Organizations::Policy</c> resources of type <c>BACKUP_POLICY</c>) with the typed policy reader, and points each
/// diagnostic (whose property is a JSON path) at the line and column of the node.
/// </summary>
internal static class PolicyLint
{
    /// <summary>Whether a document is a backup policy rather than a template: a mapping with <c>plans</c> and no <c>Resources</c>.</summary>
    public static bool IsPolicy(SourceNode root) =>
        root is SourceMapping m && m["Resources"] is null && m.Entries.Any(e => string.Equals(e.Key, "plans", StringComparison.OrdinalIgnoreCase));

    /// <summary>The diagnostics of a policy document given as a source node, reported at <paramref name="path"/>.</summary>
    public static IEnumerable<SourceDiagnostic> Check(SourceNode content, string path, string propertyPrefix)
    {
        string json;
        SourceNode located;
        switch (content)
        {
            case SourceMapping { IntrinsicName: "Fn::ToJsonString" } toJson when toJson["Fn::ToJsonString"] is SourceMapping { IntrinsicName: null } inner:
                (json, located) = (Json(inner), inner);
                break;
            case SourceMapping { IntrinsicName: null } map:
                (json, located) = (Json(map), map);
                break;
            case SourceScalar { Kind: ScalarKind.Text } text:
                // a JSON string: positions are those of the string's own text when it parses, else the string's
                var inner2 = SourceReader.Read(text.Text, "policy.json");
                (json, located) = (text.Text, inner2.Root is { } r && text.At.Line > 0 ? Shift(r, text.At) : text);
                break;
            default:
                yield break; // built at deploy time (Fn::Sub, Fn::If...): nothing known to check
        }

        var result = BackupPolicyDocument.Parse(json, path);
        if (propertyPrefix.Length == 0 && PolicyWriter.Json(PolicyTree.Of(result.Document), indented: false).Length is var size and > 10_000)
        {
            // A standalone policy file: the size limit of a policy's content (ORGP-003), which the construct checks in a template.
            var c = OrganizationPolicyConstraints.ContentSize;
            yield return new SourceDiagnostic(new Diagnostic(c.Code, c.Severity, path, string.Format(CultureInfo.InvariantCulture, c.Message, size.ToString("N0", CultureInfo.InvariantCulture)))
            {
                ConstraintId = c.ConstraintId,
            }, content.At);
        }

        foreach (var d in result.Diagnostics)
        {
            var jsonPath = d.Property ?? "";
            var at = FindAt(located, jsonPath) ?? content.At;
            var property = propertyPrefix.Length == 0 ? (jsonPath.Length == 0 ? null : jsonPath) : jsonPath.Length == 0 ? propertyPrefix : propertyPrefix + "." + jsonPath;
            yield return new SourceDiagnostic(d with { Path = path, Property = property }, at);
        }
    }

    /// <summary>A string's parsed content placed at the string's position (line offsets of a block scalar are not known).</summary>
    internal static SourceNode Shift(SourceNode node, SourcePosition at) => node switch
    {
        SourceMapping m => new SourceMapping(at, [.. m.Entries.Select(e => new SourceEntry(e.Key, at, Shift(e.Value, at)))]),
        SourceSequence l => new SourceSequence(at, [.. l.Items.Select(i => Shift(i, at))]),
        SourceScalar s => s with { At = at },
        _ => node,
    };

    /// <summary>Where the node at a JSON path is written: the key's position when the path ends on a key, else the node's.</summary>
    public static SourcePosition? FindAt(SourceNode root, string path)
    {
        var segments = Segments(path).ToList();
        if (segments.Count > 0 && segments[^1] is { Index: null } last
            && Find(root, PathOf(segments.Take(segments.Count - 1))) is SourceMapping parent
            && (parent.Entries.FirstOrDefault(e => e.Key == last.Key) ?? parent.Entries.FirstOrDefault(e => string.Equals(e.Key, last.Key, StringComparison.OrdinalIgnoreCase))) is { } entry
            && Find(root, path) == entry.Value)
        {
            return entry.KeyAt;
        }

        return Find(root, path)?.At;
    }

    private static string PathOf(IEnumerable<(string? Key, int? Index)> segments) =>
        string.Concat(segments.Select(s => s.Index is { } i ? $"[{i}]" : $"[\"{s.Key}\"]"));

    /// <summary>The node at a JSON path such as <c>plans.P.rules["a.b"].lifecycle</c> or <c>regions[1]</c>; the deepest node found when the path goes further.</summary>
    public static SourceNode? Find(SourceNode root, string path)
    {
        var node = root;
        foreach (var segment in Segments(path))
        {
            SourceNode? next = (node, segment) switch
            {
                (SourceMapping m, { Index: null } s) => m.Entries.FirstOrDefault(e => e.Key == s.Key)?.Value
                    ?? m.Entries.FirstOrDefault(e => string.Equals(e.Key, s.Key, StringComparison.OrdinalIgnoreCase))?.Value,
                (SourceSequence l, { Index: { } i }) when i < l.Items.Length => l.Items[i],
                _ => null,
            };
            if (next is null)
            {
                return node;
            }

            node = next;
        }

        return node;
    }

    private static IEnumerable<(string? Key, int? Index)> Segments(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '"')
            {
                var end = path.IndexOf("\"]", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 2)..end], null);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                yield return (null, int.TryParse(path[(i + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue);
                i = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                yield return (path[i..end], null);
                i = end;
            }
        }
    }

    /// <summary>A source mapping as JSON text; intrinsic functions stay as their JSON objects (the reader takes them as deploy-time values).</summary>
    private static string Json(SourceNode node) => SourceJson.Write(node);
}
