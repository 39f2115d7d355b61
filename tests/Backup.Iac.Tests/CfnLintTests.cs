using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>Every template the examples and the tests emit passes cfn-lint (installed on our machines) with no error.</summary>
public sealed class CfnLintTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("backup-iac-cfnlint-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [CfnLintFact(NeedsShared = true)]
    public void Emitted_templates_have_no_cfn_lint_errors()
    {
        var apps = ExampleTests.Valid.Select(e => (e.Key, e.Value())).ToList();
        apps.Add(("MoreResources", MoreResourcesTests.App()));
        apps.AddRange(AllCases.Cases.Where(c => !c.Violates).Select(c => (c.Name, c.Build())));
        var files = new Dictionary<string, string>(); // content -> file, so that identical templates are linted once
        var index = 0;
        foreach (var (name, app) in apps)
        {
            var result = app.Synth();
            foreach (var graph in result.Graphs)
            {
                foreach (var format in new[] { TemplateFormat.Json, TemplateFormat.Yaml })
                {
                    var text = CloudFormationEmitter.Emit(graph, format).GetText();
                    if (!files.ContainsKey(text))
                    {
                        var file = Path.Combine(dir, $"t{index++}{(format == TemplateFormat.Json ? ".json" : ".yaml")}");
                        File.WriteAllText(file, text);
                        files[text] = file + " (" + name + ")";
                    }
                }
            }
        }

        Assert.True(files.Count >= 2);
        var (_, output) = CfnLint.Run(files.Values.Select(f => f[..f.IndexOf(" (", StringComparison.Ordinal)]));
        var errors = output.Split('\n').Where(l => l.Contains(":E", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "cfn-lint found errors:\n" + string.Join("\n", errors.Take(30))
            + "\nFiles: " + string.Join("; ", files.Values.Where(f => errors.Any(e => e.StartsWith(f[..f.IndexOf(" (", StringComparison.Ordinal)], StringComparison.Ordinal)))));
    }
}
