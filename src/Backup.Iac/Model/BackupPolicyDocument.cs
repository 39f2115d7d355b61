using System.Collections.Immutable;
using Backup.Iac.Organizations;
using Backup.Iac.Validation.Organizations;

namespace Backup.Iac;

/// <summary>
/// The content of an AWS Organizations backup policy, typed: <c>{"plans": {"&lt;plan&gt;": {...}}}</c> with every
/// setting under its inheritance operator. Build it in C#, or read existing JSON with <see cref="Parse"/>; write it with
/// <see cref="ToJson"/>. A policy attached below another may be partial: completeness is checked on the effective
/// policy of each account (<see cref="EffectivePolicy"/>).
/// </summary>
public sealed record BackupPolicyDocument
{
    /// <summary>The plans, by backup plan name.</summary>
    public PolicyMap<PolicyPlan> Plans { get; init; } = new();

    /// <summary>The child control operator on the top-level node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>The findings of reading the JSON this document came from (empty for a document built in code).</summary>
    internal ImmutableArray<PolicyFinding> ReadFindings { get; init; } = [];

    /// <summary>
    /// Reads a policy document from JSON text. Never throws for bad input: unknown keys (with the nearest valid name),
    /// wrong value types, bad operators and duplicate keys are diagnostics whose <see cref="Diagnostic.Property"/> is
    /// the JSON path of the node (e.g. <c>plans.PII_Backup_Plan.rules.Hourly.lifecycle.delete_after_days</c>; a key with
    /// a dot or space is written <c>["key"]</c>). The diagnostics also include the checks of the document on its own
    /// (<see cref="Validate"/>). A document assigned to a <see cref="BackupPolicy"/> reports the reading problems again at synth.
    /// </summary>
    /// <param name="json">The policy JSON.</param>
    /// <param name="path">The path the diagnostics carry (for example the file name).</param>
    /// <returns>The document (empty when the text is not JSON) and the diagnostics.</returns>
    public static BackupPolicyParseResult Parse(string json, string path = "policy")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        var findings = new PolicyFindings();
        var root = PolicyJsonReader.Read(json, findings, out var deployTime);
        var document = root is null ? new BackupPolicyDocument() : new PolicyShape(findings).Document(root);
        if (root is not null && !deployTime)
        {
            // The schema describes the JSON that AWS receives; intrinsic functions are resolved before that.
            SchemaFindings(json, findings);
        }

        document = document with { ReadFindings = [.. findings.Items] };
        Texts.AddOrUpdate(document, json);
        return new BackupPolicyParseResult(document, document.Validate(path));
    }

    /// <summary>What schemas/backup-policy.schema.json finds that the typed reader did not already report at or around the same node.</summary>
    /// <summary>The text each parsed document was read from (kept beside the record, so that equality and <c>with</c> ignore it).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BackupPolicyDocument, string> Texts = [];

    /// <summary>The JSON text <see cref="Parse"/> read this document from, or null for a document built in code or changed with <c>with</c>.</summary>
    internal static string? TextOf(BackupPolicyDocument document) => Texts.TryGetValue(document, out var text) ? text : null;

    private static void SchemaFindings(string json, PolicyFindings findings)
    {
        static bool Related(string a, string b) =>
            a == b || a.Length == 0 || b.Length == 0 || a.StartsWith(b, StringComparison.Ordinal) && a.Length > b.Length && a[b.Length] is '.' or '['
            || b.StartsWith(a, StringComparison.Ordinal) && b.Length > a.Length && b[a.Length] is '.' or '[';
        foreach (var (path, problem) in BackupPolicySchema.Check(json))
        {
            if (!findings.Items.Any(f => Related(f.Property, path)))
            {
                findings.Add(Catalog.BackupPolicyConstraints.Syntax, path,
                    $"The policy schema (schemas/backup-policy.schema.json) finds at {PolicyJsonReader.Describe(path)} that {problem}", "Write the node as the documented syntax shows");
            }
        }
    }

    /// <summary>Writes the policy as JSON in the documented syntax (numbers as strings, keys in the documented order).</summary>
    /// <param name="indented">Whether to indent (otherwise minified, as the size limit counts it).</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) => PolicyWriter.Json(PolicyTree.Of(this), indented);

    /// <summary>
    /// Checks the document on its own (as a policy that may be merged with others): its syntax and every value it
    /// sets. Required fields are checked on effective policies only.
    /// </summary>
    /// <param name="path">The path the diagnostics carry.</param>
    /// <returns>The diagnostics.</returns>
    public ImmutableArray<Diagnostic> Validate(string path = "policy")
    {
        ArgumentNullException.ThrowIfNull(path);
        return [.. PolicyValidation.Document(this).Select(f => f.ToDiagnostic(path))];
    }

    /// <inheritdoc />
    public override string ToString() => ToJson(indented: false);
}
