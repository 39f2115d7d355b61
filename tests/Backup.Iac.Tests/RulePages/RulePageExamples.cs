using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Import;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Diagnostic = Backup.Iac.Diagnostic;
using Severity = Backup.Iac.Severity;

namespace Backup.Iac.Tests.RulePages;

/// <summary>
/// The worked examples of the rule page sources (src/Backup.Iac/Catalog/Pages/CODE.md): the C# snippets compiled in one
/// Roslyn compilation and run, the CloudFormation snippets linted in process.
/// </summary>
internal static class RulePageExamples
{
    public const string FailingCSharp = "Failing (C#)";
    public const string FixedCSharp = "Fixed (C#)";
    public const string FailingTemplate = "Failing (CloudFormation)";
    public const string FixedTemplate = "Fixed (CloudFormation)";

    private static readonly Lazy<Compiled> CompiledSnippets = new(Compile);

    /// <summary>The repository path of a code's page source, for messages.</summary>
    public static string FileOf(string code) => $"src/Backup.Iac/Catalog/Pages/{code}.md";

    /// <summary>The page sources that parse, by code (a malformed one is reported by the completeness test).</summary>
    public static IReadOnlyDictionary<string, RulePageSource> Sources { get; } = LoadSources();

    /// <summary>The text of a code's page source as embedded.</summary>
    public static string RawText(string code)
    {
        using var stream = typeof(RulePageSource).Assembly.GetManifestResourceStream("Backup.Iac.Pages." + code + ".md");
        return stream is null ? "" : new StreamReader(stream).ReadToEnd();
    }

    /// <summary>The first fenced block of a section, or null.</summary>
    public static RulePageBlock? Block(RulePageSource source, string heading) => source.Section(heading)?.Blocks.FirstOrDefault();

    /// <summary>
    /// Builds the app of a C# snippet (compiled with all the others) and returns what validation reports: synth's
    /// diagnostics and the target limits of CloudFormation (and of Pulumi for the Pulumi emitter's own codes), without
    /// writing anything; acknowledged findings are left out, as the CLI does.
    /// </summary>
    public static IReadOnlyList<Diagnostic> RunCSharp(string code, string heading, out string? problem)
    {
        var compiled = CompiledSnippets.Value;
        var name = ClassName(code, heading);
        if (compiled.Errors.TryGetValue(name, out var errors))
        {
            problem = "does not compile:\n" + errors;
            return [];
        }

        if (compiled.Assembly?.GetType("RulePageExamples." + name) is not { } type)
        {
            problem = "was not compiled (no such snippet)";
            return [];
        }

        BackupApp app;
        try
        {
            app = (BackupApp)type.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        catch (TargetInvocationException e)
        {
            problem = "throws " + e.InnerException;
            return [];
        }

        problem = null;
        var pulumi = PulumiLimits.All.Any(c => c.Code == code);
        var result = app.Synth();
        var found = result.Diagnostics.ToList();
        foreach (var (graph, stack) in result.Graphs.Zip(app.Stacks))
        {
            found.AddRange(CloudFormationEmitter.Emit(graph, stackPath: stack.Path).Diagnostics.Where(d => !app.IsAcknowledged(d)));
            if (pulumi)
            {
                found.AddRange(PulumiEmitter.Emit(StackSetTemplates.Resolve(graph), stack.Path).Diagnostics.Where(d => !app.IsAcknowledged(d)));
            }
        }

        return found;
    }

    /// <summary>
    /// What <c>backup-iac lint</c> reports for a template snippet. An unreadable file is reported as an error (BKP9100,
    /// BKP9101), so a Fixed example that cannot be read fails the expectations.
    /// </summary>
    public static IReadOnlyList<Diagnostic> LintTemplate(string code, RulePageBlock block) =>
        [.. Linter.Lint(code + ".yaml", Encoding.UTF8.GetBytes(block.Code)).Diagnostics.Select(d => d.Diagnostic)];

    /// <summary>The expectations of the format: a Failing example reports the code; a Fixed one neither the code nor any error.</summary>
    /// <remarks>
    /// With <paramref name="worked"/> (the message rendered with the page's <c>example</c> values), a Failing example
    /// must also report exactly that message, so the page shows what users see.
    /// </remarks>
    public static string? Check(string code, string heading, IReadOnlyList<Diagnostic> found, string? worked = null)
    {
        var failing = heading.StartsWith("Failing", StringComparison.Ordinal);
        if (failing && !found.Any(d => d.Code == code))
        {
            return $"{heading} does not report {code}; it reports: " + Describe(found);
        }

        if (failing && worked is not null && !found.Any(d => d.Code == code && d.Message == worked))
        {
            return $"the page's example values do not give a message that {heading} reports; set 'example' to the values of one of:"
                + Describe(found.Where(d => d.Code == code)) + "\n  page: " + worked;
        }

        if (!failing && found.Any(d => d.Code == code || d.Severity == Severity.Error))
        {
            return $"{heading} reports {code} or an error: " + Describe(found.Where(d => d.Code == code || d.Severity == Severity.Error));
        }

        return null;
    }

    private static string Describe(IEnumerable<Diagnostic> found) =>
        found.Any() ? string.Join("\n  ", found.Select(d => $"{d.Code} {d.Severity} {d.Path}: {d.Message}").Prepend("")) : "nothing";

    private static Dictionary<string, RulePageSource> LoadSources()
    {
        var sources = new Dictionary<string, RulePageSource>(StringComparer.Ordinal);
        foreach (var code in RulePageSource.Codes)
        {
            try
            {
                if (RulePageSource.Load(code) is { } source)
                {
                    sources[code] = source;
                }
            }
            catch (FormatException)
            {
                // Reported by RulePageCompletenessTests.
            }
        }

        return sources;
    }

    private static string ClassName(string code, string heading) => code + (heading == FailingCSharp ? "_Failing" : "_Fixed");

    private static Compiled Compile()
    {
        var trees = new List<SyntaxTree>();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        foreach (var (code, source) in Sources.Where(s => s.Value.RunsCSharp).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var heading in new[] { FailingCSharp, FixedCSharp })
            {
                if (Block(source, heading) is { } block)
                {
                    trees.Add(CSharpSyntaxTree.ParseText(Wrap(code, heading, block), parse, path: FileOf(code) + "#" + ClassName(code, heading), encoding: Encoding.UTF8));
                }
            }
        }

        var references = References();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var compilation = CSharpCompilation.Create("RulePageExamples", trees, references, options);
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (emitted.Success)
            {
                return new Compiled(Assembly.Load(image.ToArray()), errors);
            }

            // Leave the snippets with errors out and compile the others again, so that each failing code is named alone.
            var bad = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Location.SourceTree).ToList();
            if (bad.Any(g => g.Key is null))
            {
                return new Compiled(null, errors.Count > 0 ? errors : new() { ["*"] = string.Join("\n", bad.SelectMany(g => g)) });
            }

            foreach (var group in bad)
            {
                var name = group.Key!.FilePath[(group.Key.FilePath.IndexOf('#', StringComparison.Ordinal) + 1)..];
                errors[name] = string.Join("\n", group.Select(d => d.ToString()));
                trees.Remove(group.Key);
            }
        }
    }

    /// <summary>A snippet as the body of <c>static BackupApp Build()</c>; leading <c>using</c> lines are hoisted; <c>#line</c> maps errors to the page source.</summary>
    private static string Wrap(string code, string heading, RulePageBlock block)
    {
        var lines = block.Code.TrimEnd('\n').Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';')).ToList();
        var file = FileOf(code);
        var sb = new StringBuilder();
        sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Backup.Iac;\n");
        for (var i = 0; i < usings.Count; i++)
        {
            sb.Append("#line ").Append(block.Line + i).Append(" \"").Append(file).Append("\"\n").Append(usings[i]).Append('\n');
        }

        sb.Append("#line default\nnamespace RulePageExamples;\n\npublic static class ").Append(ClassName(code, heading)).Append("\n{\n    public static BackupApp Build()\n    {\n");
        sb.Append("#line ").Append(block.Line + usings.Count).Append(" \"").Append(file).Append("\"\n");
        foreach (var line in lines.Skip(usings.Count))
        {
            sb.Append(line).Append('\n');
        }

        sb.Append("#line default\n        return app;\n    }\n}\n");
        return sb.ToString();
    }

    private static List<MetadataReference> References()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string tpa)
        {
            paths.UnionWith(tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        paths.UnionWith(AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location));
        return [.. paths.Where(File.Exists).GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => MetadataReference.CreateFromFile(g.First()))];
    }

    private sealed record Compiled(Assembly? Assembly, Dictionary<string, string> Errors);
}
