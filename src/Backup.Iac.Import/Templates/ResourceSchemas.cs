using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>A finding of the resource schema check, at a node of the source.</summary>
/// <param name="Constraint">The rule.</param>
/// <param name="At">Where.</param>
/// <param name="Property">The property path in CloudFormation terms, e.g. <c>BackupPlan.BackupPlanRule[0].Lifecycle</c>.</param>
/// <param name="Args">The message arguments.</param>
internal sealed record SchemaFinding(Constraint Constraint, SourcePosition At, string Property, object[] Args);

/// <summary>
/// Checks a resource's <c>Properties</c> against its CloudFormation registry schema (embedded), as cfn-lint does:
/// unknown and read-only properties, types (with CloudFormation's string/number/boolean conversions), required
/// properties, enums, patterns, lengths, ranges and item counts. Intrinsic functions are values unknown until deploy
/// and are not checked.
/// </summary>
internal static class ResourceSchemas
{
    private static readonly ConcurrentDictionary<string, JsonElement?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>The AWS::Backup types that have a schema (the embedded <c>Schemas/aws-backup-*.json</c>: a new schema file is a new type), in ordinal order.</summary>
    public static IReadOnlyList<string> BackupTypes { get; } = [.. typeof(ResourceSchemas).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Schemas.aws-backup-", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n =>
        {
            using var stream = typeof(ResourceSchemas).Assembly.GetManifestResourceStream(n)!;
            using var schema = JsonDocument.Parse(stream);
            return schema.RootElement.GetProperty("typeName").GetString()!;
        })
        .Order(StringComparer.Ordinal)];

    private static readonly string[] AttributeSources = ["readOnlyProperties", "primaryIdentifier"];

    /// <summary>The attributes <c>Fn::GetAtt</c> can read from a type (its top-level read-only and identifier properties, as cfn-lint reads them), or null when the type has no schema.</summary>
    public static IReadOnlyList<string>? Attributes(string type) => For(type) is { } schema
        ? [.. AttributeSources
            .Where(k => schema.TryGetProperty(k, out _))
            .SelectMany(k => schema.GetProperty(k).EnumerateArray())
            .Select(r => r.GetString() ?? "").Where(r => r.Count(c => c == '/') == 2).Select(r => r.Split('/')[^1]).Distinct(StringComparer.Ordinal)]
        : null;

    public static JsonElement? For(string type) => Cache.GetOrAdd(type, t =>
    {
        if (!t.StartsWith("AWS::", StringComparison.Ordinal))
        {
            return null; // not an AWS type name (a template may hold any text there): no schema
        }

        var name = "Schemas.aws-" + t[5..].Replace("::", "-", StringComparison.Ordinal).ToLowerInvariant() + ".json";
        using var stream = typeof(ResourceSchemas).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : JsonDocument.Parse(stream).RootElement.Clone();
    });

    public static List<SchemaFinding> Check(string type, string logicalId, SourceMapping? properties, SourcePosition resourceAt)
    {
        var found = new List<SchemaFinding>();
        if (For(type) is not { } schema)
        {
            return found;
        }

        // Read-only properties are not reported: CloudFormation accepts templates that set them (cfn-lint does not flag them either).
        var readOnly = schema.TryGetProperty("readOnlyProperties", out var ro)
            ? ro.EnumerateArray().Select(r => r.GetString() ?? "").Where(r => r.Count(c => c == '/') == 2).Select(r => r.Split('/')[^1]).ToHashSet(StringComparer.Ordinal)
            : [];
        var subject = $"Resource {logicalId} ({type})";
        if (properties is null)
        {
            CheckRequired(schema, null, resourceAt, subject, "", found);
            return found;
        }

        new Walker(schema, readOnly, found).Check(schema, properties, subject, "");
        return found;
    }

    private static void CheckRequired(JsonElement schema, SourceMapping? value, SourcePosition at, string subject, string path, List<SchemaFinding> found)
    {
        if (!schema.TryGetProperty("required", out var required))
        {
            return;
        }

        foreach (var name in required.EnumerateArray().Select(r => r.GetString() ?? ""))
        {
            if (value?[name] is null)
            {
                found.Add(new SchemaFinding(ImportConstraints.MissingRequired, at, Join(path, name), [subject + (path.Length == 0 ? "" : $" at {path}"), name]));
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static Regex? Pattern(string pattern) => Patterns.GetOrAdd(pattern, p =>
    {
        try
        {
            // Linear-time matching: no timeout, so the result never depends on the machine's load (deterministic output).
            return new Regex(p.Replace("\\_", "_", StringComparison.Ordinal).Replace("\\-", "-", StringComparison.Ordinal),
                RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // a pattern .NET cannot read (or match in linear time) is not checked
        }
    });

    private sealed class Walker(JsonElement root, HashSet<string> readOnly, List<SchemaFinding> found)
    {
        public void Check(JsonElement schema, SourceNode value, string subject, string path)
        {
            if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } r && r.StartsWith("#/definitions/", StringComparison.Ordinal)
                && root.TryGetProperty("definitions", out var definitions) && definitions.TryGetProperty(r["#/definitions/".Length..], out var target))
            {
                schema = target;
            }

            if (value is SourceMapping { IntrinsicName: not null })
            {
                return; // known only at deploy time
            }

            if (schema.TryGetProperty("oneOf", out _) || schema.TryGetProperty("anyOf", out _))
            {
                return; // alternatives: left to the model's rules
            }

            // The subject is written into a message only for a finding (a logical ID may be long; lists may be long).
            if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
            {
                found.Add(new SchemaFinding(ImportConstraints.WrongType, value.At, path, [Where(path, subject), value.KindName, TypeName(type)]));
                return;
            }

            switch (value)
            {
                case SourceScalar s:
                    CheckScalar(schema, s, subject, path);
                    break;
                case SourceSequence list:
                    if (schema.TryGetProperty("minItems", out var minItems) && list.Items.Length < minItems.GetInt32())
                    {
                        found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, list.At, path, [Where(path, subject), $"a list of {list.Items.Length}", $"has fewer than {minItems.GetInt32()} items"]));
                    }

                    if (schema.TryGetProperty("maxItems", out var maxItems) && list.Items.Length > maxItems.GetInt32())
                    {
                        found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, list.At, path, [Where(path, subject), $"a list of {list.Items.Length}", $"has more than {maxItems.GetInt32()} items"]));
                    }

                    if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True
                        && list.Items.OfType<SourceScalar>().GroupBy(i => i.Text, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                    {
                        found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, twice.Skip(1).First().At, path, [Where(path, subject), $"a list with '{MessageText.Capped(twice.Key)}' {twice.Count()} times", "must not repeat an item (uniqueItems)"]));
                    }

                    if (schema.TryGetProperty("items", out var items))
                    {
                        for (var i = 0; i < list.Items.Length; i++)
                        {
                            Check(items, list.Items[i], subject, $"{path}[{i}]");
                        }
                    }

                    break;
                case SourceMapping map:
                    CheckMapping(schema, map, subject, path);
                    break;
            }
        }

        private void CheckMapping(JsonElement schema, SourceMapping map, string subject, string path)
        {
            var declared = schema.TryGetProperty("properties", out var props) ? props : default;
            var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp.EnumerateObject().ToList() : [];
            var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
            foreach (var entry in map.Entries)
            {
                if (entry.Key.StartsWith("Fn::", StringComparison.Ordinal))
                {
                    continue; // Fn::Transform, Fn::ForEach: unknown until deploy
                }

                var child = Join(path, entry.Key);
                if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(entry.Key, out var sub))
                {
                    if (!(path.Length == 0 && readOnly.Contains(entry.Key)))
                    {
                        Check(sub, entry.Value, subject, child);
                    }
                }
                else if (patterns.FindIndex(p => Pattern(p.Name)?.IsMatch(entry.Key) == true) is var index and >= 0)
                {
                    Check(patterns[index].Value, entry.Value, subject, child);
                }
                else if (closed)
                {
                    var names = declared.ValueKind == JsonValueKind.Object ? declared.EnumerateObject().Select(p => p.Name).ToList() : [];
                    var near = Spelling.Nearest(entry.Key, names);
                    found.Add(new SchemaFinding(ImportConstraints.UnknownProperty, entry.KeyAt, child,
                        [Where(path, subject), entry.Key, near is null ? "" : $" (did you mean '{near}'?)"]));
                }
            }

            CheckRequired(schema, map, map.At, subject, path, found);
        }

        private static string Where(string path, string subject) => path.Length == 0 ? subject : $"{path} of {subject}";

        private void CheckScalar(JsonElement schema, SourceScalar s, string subject, string path)
        {
            var text = s.Text;
            var quoted = MessageText.Capped(text); // a template value is quoted whole up to 200 characters
            if (schema.TryGetProperty("enum", out var values))
            {
                var allowed = values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText()).ToList();
                if (!allowed.Contains(text, StringComparer.Ordinal))
                {
                    var near = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) ?? Spelling.Nearest(text, allowed);
                    found.Add(new SchemaFinding(ImportConstraints.NotAllowedValue, s.At, path,
                        [Where(path, subject), quoted, Enumerate(allowed), near is null ? "" : $" (did you mean '{near}'?)"]));
                }

                return;
            }

            if (schema.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } p && Pattern(p) is { } regex && !Matches(regex, text))
            {
                found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, s.At, path, [Where(path, subject), $"'{quoted}'", $"does not match the pattern {p}"]));
            }

            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, s.At, path, [Where(path, subject), $"'{quoted}'", $"is shorter than {minLength.GetInt32()} characters"]));
            }

            if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
            {
                found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, s.At, path, [Where(path, subject), $"{text.Length} characters long", $"is longer than {maxLength.GetInt32()} characters"]));
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                {
                    found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, s.At, path, [Where(path, subject), quoted, $"is less than the minimum {min.GetRawText()}"]));
                }

                if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                {
                    found.Add(new SchemaFinding(ImportConstraints.OutOfBounds, s.At, path, [Where(path, subject), quoted, $"is more than the maximum {max.GetRawText()}"]));
                }
            }
        }

        private static bool Matches(Regex regex, string text) => regex.IsMatch(text);
    }

    private static string Enumerate(List<string> allowed) =>
        allowed.Count <= 12 ? string.Join(", ", allowed) : string.Join(", ", allowed.Take(12)) + $", ... ({allowed.Count} values)";

    private static string TypeName(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(TypeName))
        : type.GetString() switch
        {
            "object" => "a mapping",
            "array" => "a list",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "a boolean",
            "string" => "a string",
            var other => other ?? "a value",
        };

    /// <summary>Whether a value has a schema type, with CloudFormation's conversions between strings, numbers and booleans.</summary>
    private static bool TypeMatches(JsonElement type, SourceNode value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t, value))
        : (type.GetString(), value) switch
        {
            ("object", SourceMapping) => true,
            ("array", SourceSequence) => true,
            ("string", SourceScalar { Kind: not ScalarKind.Null }) => true,
            ("integer", SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } s) => long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            ("number", SourceScalar { Kind: ScalarKind.Number or ScalarKind.Text } s) => double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            ("boolean", SourceScalar { Kind: ScalarKind.Boolean }) => true,
            ("boolean", SourceScalar { Kind: ScalarKind.Text } s) => ScalarText.IsTrue(s.Text) || ScalarText.IsFalse(s.Text),
            _ => false,
        };
}
