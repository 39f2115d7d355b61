using System.Text.Json;
using Json.Schema;

namespace Backup.Iac.Organizations;

/// <summary>
/// schemas/backup-policy.schema.json, embedded in the library, checked with JsonSchema.Net (System.Text.Json). Reading a
/// policy reports what the schema finds and the typed reader did not already report at the same node (ORG-001).
/// </summary>
internal static class BackupPolicySchema
{
    /// <summary>The schema text.</summary>
    public static string Text { get; } = Load();

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Text));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    /// <summary>The schema's findings: the JSON path of each node (in <see cref="PolicyPaths"/> form) and what is wrong; empty for text that is not JSON.</summary>
    public static IReadOnlyList<(string Path, string Problem)> Check(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return [];
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            // NJsonSchema cannot compare a number beyond decimal (99999999999999999999, read as a BigInteger; found by the
            // fuzz test): the schema check is skipped, the typed reader still checks the document.
            return [];
        }

        using (document)
        {
            var results = Schema.Value.Evaluate(document.RootElement, Options);
            if (results.IsValid)
            {
                return [];
            }

            // Walk the failing nodes only: a failing branch of an anyOf that another branch satisfies is no finding.
            var findings = new List<(string Path, string Problem)>();
            Collect(results, document.RootElement, findings);
            return [.. findings.Distinct()];
        }
    }

    /// <summary>
    /// The findings of a failing node: its own errors (those of combining keywords only when no failing node below
    /// explains them) and those of the failing nodes below it, as NJsonSchema's leaf child errors did.
    /// </summary>
    private static void Collect(EvaluationResults node, JsonElement root, List<(string Path, string Problem)> findings)
    {
        var before = findings.Count;
        var below = node.Details ?? [];

        // A "not" node carries the result of its inner schema: the keyword fails when that result is valid.
        var failingBelow = below.Where(d => IsNot(d) ? false : !d.IsValid).ToList();
        foreach (var forbidden in below.Where(d => IsNot(d) && d.IsValid))
        {
            var (path, _) = PathOf(root, forbidden.InstanceLocation.ToString());
            findings.Add((path, "it is written in a form the policy syntax forbids there (such as more than one operator on one setting)"));
        }

        if (node.Errors is { Count: > 0 } errors)
        {
            var (path, lastKey) = PathOf(root, node.InstanceLocation.ToString());
            foreach (var (keyword, message) in errors)
            {
                if (failingBelow.Count == 0 || !Combining.Contains(keyword))
                {
                    findings.Add(Describe(keyword, message, path, lastKey));
                }
            }
        }

        foreach (var child in failingBelow)
        {
            Collect(child, root, findings);
        }

        if (findings.Count == before && !node.IsValid && !IsNot(node))
        {
            var (path, _) = PathOf(root, node.InstanceLocation.ToString());
            findings.Add((path, "it does not follow the policy syntax"));
        }
    }

    private static bool IsNot(EvaluationResults node) => node.EvaluationPath.ToString().EndsWith("/not", StringComparison.Ordinal);

    private static readonly HashSet<string> Combining = new(StringComparer.Ordinal)
    {
        "anyOf", "oneOf", "allOf", "not", "$ref", "properties", "additionalProperties", "patternProperties", "items", "additionalItems", "if", "then", "else",
    };

    /// <summary>
    /// The policy path of a JSON Pointer (<c>/plans/P/rules</c> → <c>plans.P.rules</c>), cut at the first array item
    /// (the reader reports items at their list), and the last key of the pointer when it names an object's key.
    /// </summary>
    private static (string Path, string? LastKey) PathOf(JsonElement root, string pointer)
    {
        var keys = new List<string>();
        var element = root;
        string? lastKey = null;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out var child))
            {
                lastKey = null;
                break;
            }

            keys.Add(segment);
            lastKey = segment;
            element = child;
        }

        return (string.Join('.', keys), lastKey);
    }

    private static (string Path, string Problem) Describe(string keyword, string message, string path, string? lastKey) => keyword switch
    {
        // additionalProperties: false evaluates the key against the false schema, at the key's own location.
        "" or "false" when lastKey is not null => (path, $"'{lastKey}' is not a key the policy syntax allows there"),
        "required" => (path, $"a required key is missing ({message.TrimEnd('.')})"),
        _ => (path, $"it does not follow the policy syntax ({keyword}: {message.TrimEnd('.')})"),
    };

    private static string Load()
    {
        using var stream = typeof(BackupPolicySchema).Assembly.GetManifestResourceStream("Backup.Iac.backup-policy.schema.json")
            ?? throw new InvalidOperationException("The embedded backup policy schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
