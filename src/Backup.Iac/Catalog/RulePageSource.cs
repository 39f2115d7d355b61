using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Backup.Iac.Catalog;

/// <summary>
/// The hand-written part of a rule page, <c>src/Backup.Iac/Catalog/Pages/CODE.md</c> (embedded in this assembly): front
/// matter (<c>example</c>, <c>csharp</c>, <c>template</c>, <c>sources</c>) and sections by <c>## </c> heading.
/// </summary>
/// <param name="File">The file name, for messages (e.g. <c>BKP1001.md</c>).</param>
/// <param name="Example">The values of the message's placeholders, in order.</param>
/// <param name="CSharp"><c>run</c>, or <c>none — why</c> when C# cannot show the finding.</param>
/// <param name="Template"><c>lint</c>, or <c>none — why</c> when a template cannot show the finding.</param>
/// <param name="Sources">Public documentation URLs, the code's own page first.</param>
/// <param name="Sections">The sections in file order.</param>
internal sealed record RulePageSource(
    string File, ImmutableArray<string> Example, string CSharp, string Template, ImmutableArray<string> Sources, ImmutableArray<RulePageSection> Sections)
{
    /// <summary>The sections a page may have, in the order they are rendered.</summary>
    public static readonly ImmutableArray<string> KnownSections =
        ["Why", "How to fix", "Failing (C#)", "Fixed (C#)", "Failing (CloudFormation)", "Fixed (CloudFormation)", "Example"];

    private const string ResourcePrefix = "Backup.Iac.Pages.";

    /// <summary>Whether the C# examples are compiled and run.</summary>
    public bool RunsCSharp => CSharp == "run";

    /// <summary>Whether the CloudFormation examples are linted.</summary>
    public bool LintsTemplate => Template == "lint";

    /// <summary>The section with a heading, or null.</summary>
    /// <param name="heading">The heading without <c>## </c>.</param>
    /// <returns>The section, or null.</returns>
    public RulePageSection? Section(string heading) => Sections.FirstOrDefault(s => s.Heading == heading);

    /// <summary>The codes that have an embedded page source.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [.. typeof(RulePageSource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^3]).Order(StringComparer.Ordinal)];

    /// <summary>The embedded page source of a code, or null when it has none yet.</summary>
    /// <param name="code">The code, e.g. <c>BKP1001</c>.</param>
    /// <returns>The parsed source, or null.</returns>
    /// <exception cref="FormatException">The source is malformed (the message names the file and line).</exception>
    public static RulePageSource? Load(string code)
    {
        using var stream = typeof(RulePageSource).Assembly.GetManifestResourceStream(ResourcePrefix + code + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(code + ".md", reader.ReadToEnd());
    }

    /// <summary>Parses a page source.</summary>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="text">The text.</param>
    /// <returns>The parsed source.</returns>
    /// <exception cref="FormatException">The text is malformed (the message names the file and line).</exception>
    public static RulePageSource Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        FormatException Error(int index, string message) => new($"{file}:{index + 1}: {message}");

        if (lines.Length == 0 || lines[0] != "---")
        {
            throw Error(0, "a page source starts with front matter: a line '---'.");
        }

        ImmutableArray<string>? example = null;
        string? csharp = null, template = null;
        var sources = ImmutableArray.CreateBuilder<string>();
        var sawSources = false;
        var i = 1;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("  - ", StringComparison.Ordinal))
            {
                if (!sawSources)
                {
                    throw Error(i, "a list item outside 'sources:'.");
                }

                sources.Add(line[4..].Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Error(i, $"expected 'key: value' in the front matter, found '{line}'.");
            }

            var key = line[..colon];
            var value = line[(colon + 1)..].Trim();
            sawSources = false;
            switch (key)
            {
                case "example":
                    example = ParseExample(value) ?? throw Error(i, "'example' is a JSON array of strings, e.g. [\"120 days\", \"Prod/DailyPlan\"] ([] when the message has no placeholder).");
                    break;
                case "csharp":
                    csharp = CheckForm(value, "run") ?? throw Error(i, "'csharp' is 'run' or 'none — why C# cannot show the finding'.");
                    break;
                case "template":
                    template = CheckForm(value, "lint") ?? throw Error(i, "'template' is 'lint' or 'none — why a template cannot show the finding'.");
                    break;
                case "sources":
                    if (value.Length != 0)
                    {
                        throw Error(i, "'sources:' is followed by one '  - https://...' line per URL.");
                    }

                    sawSources = true;
                    break;
                default:
                    throw Error(i, $"unknown front matter key '{key}' (known: example, csharp, template, sources).");
            }
        }

        if (i >= lines.Length)
        {
            throw Error(0, "the front matter is not closed by a line '---'.");
        }

        var missing = new[] { ("example", example is null), ("csharp", csharp is null), ("template", template is null), ("sources", sources.Count == 0) }
            .Where(m => m.Item2).Select(m => m.Item1).ToList();
        if (missing.Count > 0)
        {
            throw Error(i, "the front matter lacks " + string.Join(", ", missing) + ".");
        }

        return new RulePageSource(file, example!.Value, csharp!, template!, sources.ToImmutable(), ParseSections(lines, i + 1, Error));
    }

    private static ImmutableArray<RulePageSection> ParseSections(string[] lines, int start, Func<int, string, FormatException> error)
    {
        var sections = ImmutableArray.CreateBuilder<RulePageSection>();
        string? heading = null;
        var headingLine = 0;
        var body = new List<string>();
        var blocks = ImmutableArray.CreateBuilder<RulePageBlock>();
        int? fenceStart = null;
        string fenceLanguage = "";
        var fence = new List<string>();

        void Close()
        {
            if (heading is not null)
            {
                sections.Add(new RulePageSection(heading, headingLine + 1, string.Join("\n", body).Trim('\n'), blocks.ToImmutable()));
            }

            body.Clear();
            blocks.Clear();
        }

        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fenceStart is { } opened)
            {
                body.Add(line);
                if (line == "```")
                {
                    blocks.Add(new RulePageBlock(fenceLanguage, opened + 2, string.Join("\n", fence) + "\n"));
                    fence.Clear();
                    fenceStart = null;
                }
                else
                {
                    fence.Add(line);
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                heading = line[3..].Trim();
                headingLine = i;
                if (!KnownSections.Contains(heading))
                {
                    throw error(i, $"unknown section '## {heading}' (known: {string.Join(", ", KnownSections)}).");
                }

                if (sections.Any(s => s.Heading == heading))
                {
                    throw error(i, $"section '## {heading}' appears twice.");
                }

                continue;
            }

            if (line.StartsWith('#'))
            {
                throw error(i, "only '## ' headings are allowed (the title is rendered from the catalog).");
            }

            if (heading is null)
            {
                if (line.Trim().Length != 0)
                {
                    throw error(i, "text before the first '## ' section.");
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenceStart = i;
                fenceLanguage = line[3..].Trim();
            }

            body.Add(line);
        }

        if (fenceStart is { } unclosed)
        {
            throw error(unclosed, "the fenced block is not closed by a line '```'.");
        }

        Close();
        return sections.ToImmutable();
    }

    private static ImmutableArray<string>? ParseExample(string value)
    {
        try
        {
            using var doc = JsonDocument.Parse(value);
            if (doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return null;
            }

            return [.. doc.RootElement.EnumerateArray().Select(e => e.GetString() ?? "")];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? CheckForm(string value, string run) =>
        value == run || (value.StartsWith("none — ", StringComparison.Ordinal) && value.Length > "none — ".Length) ? value : null;
}

/// <summary>A <c>## </c> section of a page source.</summary>
/// <param name="Heading">The heading, e.g. <c>Why</c>.</param>
/// <param name="Line">The 1-based line of the heading.</param>
/// <param name="Text">The body, fenced blocks included, without surrounding blank lines.</param>
/// <param name="Blocks">The fenced blocks of the body.</param>
internal sealed record RulePageSection(string Heading, int Line, string Text, ImmutableArray<RulePageBlock> Blocks);

/// <summary>A fenced block.</summary>
/// <param name="Language">The info string, e.g. <c>csharp</c>.</param>
/// <param name="Line">The 1-based line of the block's first content line.</param>
/// <param name="Code">The content, ending with a newline.</param>
internal sealed record RulePageBlock(string Language, int Line, string Code);
