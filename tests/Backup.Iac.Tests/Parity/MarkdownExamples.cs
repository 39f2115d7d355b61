using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The <c>```csharp</c> blocks of a page under docs/, compiled with Roslyn against the loaded Backup.Iac assemblies and
/// run: each block is the body of a method that ends with <c>return app;</c> (the block declares <c>var app</c>).
/// </summary>
internal static partial class MarkdownExamples
{
    /// <summary>Compiles the page's C# blocks (failing the test with the compiler's errors) and builds each one's app.</summary>
    /// <param name="page">The page's path under the repository, e.g. <c>docs/migrate-from-terraform.md</c>.</param>
    /// <returns>One app per block, in page order.</returns>
    public static IReadOnlyList<BackupApp> Build(string page)
    {
        var blocks = Blocks(page);
        var space = "DocExamples" + string.Concat(Path.GetFileNameWithoutExtension(page).Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        var source = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Backup.Iac;\nnamespace ").Append(space).Append(";\n");
        for (var i = 0; i < blocks.Count; i++)
        {
            source.Append("public static class Example").Append(i).Append("\n{\n    public static BackupApp Build()\n    {\n").Append(blocks[i]).Append("\n        return app;\n    }\n}\n");
        }

        var references = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location)
            .Concat(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
            .Where(File.Exists).GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => MetadataReference.CreateFromFile(g.First()));
        var compilation = CSharpCompilation.Create(
            space,
            [CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, $"{page} examples do not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = Assembly.Load(image.ToArray());
        return [.. Enumerable.Range(0, blocks.Count).Select(i => (BackupApp)assembly.GetType($"{space}.Example{i}")!.GetMethod("Build")!.Invoke(null, null)!)];
    }

    /// <summary>Asserts that each example app synthesizes without an error, listing the errors otherwise.</summary>
    /// <param name="apps">The apps built from a page's examples.</param>
    public static void AssertEachSynthesizesWithoutAnError(IEnumerable<BackupApp> apps)
    {
        foreach (var app in apps)
        {
            var result = app.Synth();
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Path}: {d.Message}")));
        }
    }

    /// <summary>The page's text.</summary>
    /// <param name="page">The page's path under the repository.</param>
    /// <returns>The text.</returns>
    public static string Text(string page) => File.ReadAllText(Repo.PathOf([.. page.Split('/')]));

    private static List<string> Blocks(string page) => [.. CSharpBlock().Matches(Text(page)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CSharpBlock();
}
