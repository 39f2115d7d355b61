using System.Globalization;
using System.Text;
using System.Text.Json;
using Backup.Iac.Catalog;

namespace Backup.Iac.Import;

/// <summary>The output formats of <c>backup-iac lint</c>: text, JSON and SARIF 2.1.0.</summary>
public static class LintReport
{
    /// <summary>The exit code of a lint run: 2 when a file cannot be read or is not a template, 1 when there is an error, else 0.</summary>
    /// <param name="files">The results.</param>
    /// <returns>The exit code.</returns>
    public static int ExitCode(IReadOnlyList<LintedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Any(f => f.Unreadable) ? 2 : files.Any(f => f.HasErrors) ? 1 : 0;
    }

    /// <summary>Readable text: one line per diagnostic, <c>file:line:column: severity CODE: message [ID] (path#property)</c>, then a summary.</summary>
    /// <param name="files">The results.</param>
    /// <param name="verbose">Whether to include infos.</param>
    /// <returns>The text.</returns>
    public static string Text(IReadOnlyList<LintedFile> files, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sb = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var (d, at) in file.Diagnostics)
            {
                if (d.Severity == Severity.Info && !verbose)
                {
                    continue;
                }

                // Template values reach the text (in messages, paths, file names): each line stays one line, with no control
                // character, and cannot start with "::" (a GitHub Actions workflow command such as ::error file=...::).
                var path = Escape(file.Path);
                path = path.StartsWith("::", StringComparison.Ordinal) ? "./" + path : path;
                var where = at is { } p ? $"{path}:{p.Line}:{p.Column}" : path;
                var location = d.Location.Length == 0 ? "" : $" ({Escape(d.Location)})";
                sb.Append(CultureInfo.InvariantCulture, $"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {Escape(d.Message)}{(d.ConstraintId is null ? "" : $" [{d.ConstraintId}]")}{location}\n");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"{files.Count} file(s): {Count(files, Severity.Error)} error(s), {Count(files, Severity.Warning)} warning(s), {Count(files, Severity.Info)} info(s){(verbose ? "" : " (--verbose shows infos)")}\n");
        return sb.ToString();
    }

    /// <summary>
    /// The text with line breaks and control characters written as escapes (<c>\n</c>, <c>\r</c>, <c>\u001B</c>): a value
    /// cannot start a new line (and forge a CI annotation) or send terminal escape codes. Tabs are kept.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text (the same string when there is nothing to escape).</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        static bool Control(char c) => c < ' ' && c != '\t' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029';
        if (!text.Any(Control))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                _ when Control(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static int Count(IReadOnlyList<LintedFile> files, Severity severity) => files.Sum(f => f.Diagnostics.Count(d => d.Diagnostic.Severity == severity));

    /// <summary>
    /// JSON: <c>{"files":[{"path":...,"diagnostics":[{"code","severity","constraint","path","property","message","line","column"}]}]}</c>.
    /// </summary>
    /// <param name="files">The results.</param>
    /// <returns>The JSON text.</returns>
    public static string Json(IReadOnlyList<LintedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("files");
            foreach (var file in files)
            {
                w.WriteStartObject();
                w.WriteString("path", file.Path);
                w.WriteStartArray("diagnostics");
                foreach (var (d, at) in file.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("code", d.Code);
                    w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                    WriteNullable(w, "constraint", d.ConstraintId);
                    w.WriteString("path", d.Path);
                    WriteNullable(w, "property", d.Property);
                    w.WriteString("message", d.Message);
                    if (at is { } p)
                    {
                        w.WriteNumber("line", p.Line);
                        w.WriteNumber("column", p.Column);
                    }
                    else
                    {
                        w.WriteNull("line");
                        w.WriteNull("column");
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others): one run, the rules that fired, one result per diagnostic.</summary>
    /// <param name="files">The results.</param>
    /// <param name="rules">Looks up a code's rule, for its title, help and default level.</param>
    /// <param name="version">The tool version.</param>
    /// <returns>The SARIF log.</returns>
    public static string Sarif(IReadOnlyList<LintedFile> files, Func<string, Constraint?> rules, string version)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(rules);
        var codes = files.SelectMany(f => f.Diagnostics).Select(d => d.Diagnostic.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "backup-iac");
            w.WriteString("semanticVersion", version);
            w.WriteString("informationUri", "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html");
            w.WriteStartArray("rules");
            foreach (var code in codes)
            {
                var rule = rules(code);
                w.WriteStartObject();
                w.WriteString("id", code);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule?.Title ?? code);
                w.WriteEndObject();
                if (rule?.Why is { } why)
                {
                    w.WriteStartObject("fullDescription");
                    w.WriteString("text", why);
                    w.WriteEndObject();
                }

                if (rule is not null)
                {
                    w.WriteString("helpUri", rule.Url);
                    w.WriteStartObject("defaultConfiguration");
                    w.WriteString("level", Level(rule.Severity));
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    if (rule.ConstraintId is { } id)
                    {
                        w.WriteString("constraint", id);
                    }

                    w.WriteString("source", rule.Source);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var file in files)
            {
                foreach (var (d, at) in file.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", d.Code);
                    w.WriteNumber("ruleIndex", index[d.Code]);
                    w.WriteString("level", Level(d.Severity));
                    w.WriteStartObject("message");
                    w.WriteString("text", d.Message + (d.ConstraintId is null ? "" : $" [{d.ConstraintId}]"));
                    w.WriteEndObject();
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", Uri(file.Path));
                    w.WriteEndObject();
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", at?.Line ?? 1);
                    w.WriteNumber("startColumn", at?.Column ?? 1);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    if (d.Location.Length > 0)
                    {
                        w.WriteStartArray("logicalLocations");
                        w.WriteStartObject();
                        w.WriteString("fullyQualifiedName", d.Location);
                        w.WriteString("kind", "resource");
                        w.WriteEndObject();
                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference for a path: forward slashes, each segment escaped.</summary>
    private static string Uri(string path)
    {
        var relative = System.IO.Path.IsPathRooted(path) ? System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path) : path;
        return string.Join('/', relative.Replace('\\', '/').Split('/').Select(s => s is "." or ".." ? s : System.Uri.EscapeDataString(s)));
    }
}
