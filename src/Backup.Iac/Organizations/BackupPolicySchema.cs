using NJsonSchema;
using NJsonSchema.Validation;

namespace Backup.Iac.Organizations;

/// <summary>
/// schemas/backup-policy.schema.json, embedded in the library, checked with NJsonSchema. Reading a policy reports what
/// the schema finds and the typed reader did not already report at the same node (ORG-001).
/// </summary>
internal static class BackupPolicySchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult());

    /// <summary>The schema text.</summary>
    public static string Text { get; } = Load();

    /// <summary>The schema's findings: the JSON path of each node (in <see cref="PolicyPaths"/> form) and what is wrong; empty for text that is not JSON.</summary>
    public static IReadOnlyList<(string Path, string Problem)> Check(string json)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = Schema.Value.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            // NJsonSchema cannot compare a number beyond decimal (99999999999999999999, read as a BigInteger; found by the
            // fuzz test): the schema check is skipped, the typed reader still checks the document.
            return [];
        }

        return [.. Flatten(errors).Select(e => (Path(e), Describe(e)))];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(c => c.Value)).DefaultIfEmpty(e)
            : [e]);

    /// <summary>NJsonSchema writes <c>#/plans.P.rules</c> (keys joined with dots, array items as <c>[n]</c>).</summary>
    private static string Path(ValidationError error)
    {
        var path = error.Path ?? "";
        path = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? path[..bracket] : path;
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{error.Property}' is not a key the policy syntax allows there",
        ValidationErrorKind.PropertyRequired => $"the key '{error.Property}' is required",
        _ => $"it does not follow the policy syntax ({error.Kind})",
    };

    private static string Load()
    {
        using var stream = typeof(BackupPolicySchema).Assembly.GetManifestResourceStream("Backup.Iac.backup-policy.schema.json")
            ?? throw new InvalidOperationException("The embedded backup policy schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
