using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>Every template the examples and the tests emit passes cfn-lint (installed on our machines) with no error.</summary>
public sealed class CfnLintTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("backup-iac-cfnlint-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [CfnLintFact]
    public void Emitted_templates_have_no_cfn_lint_errors()
    {
        var apps = ExampleTests.Valid.Select(e => (e.Key, e.Value())).ToList();
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
                    var text = CloudFormationEmitter.Emit(graph, format);
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
        var (code, output) = CfnLint.Run(files.Values.Select(f => f[..f.IndexOf(" (", StringComparison.Ordinal)]));
        // cfn-lint's exit code is a bit field: 2 = errors (4 warnings and 8 infos are allowed).
        var errors = output.Split('\n').Where(l => l.Contains(":E", StringComparison.Ordinal)).ToList();
        Assert.True((code & 2) == 0 && errors.Count == 0, "cfn-lint found errors:\n" + string.Join("\n", errors.Take(30))
            + "\nFiles: " + string.Join("; ", files.Values.Where(f => errors.Any(e => e.StartsWith(f[..f.IndexOf(" (", StringComparison.Ordinal)], StringComparison.Ordinal)))));
    }
}
