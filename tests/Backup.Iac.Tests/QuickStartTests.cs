using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests;

/// <summary>The quick start's outputs are golden files: tests/Golden/QuickStart/.</summary>
public class QuickStartTests
{
    [Fact]
    public void Quick_start_matches_its_golden_files()
    {
        var result = QuickStart.QuickStartEstate.Build().Synth();
        Golden.Match("tests/Golden/QuickStart/diagnostics.txt", string.Concat(result.Diagnostics.Select(d => d + "\n")));
        Assert.False(result.HasErrors);
        var graph = Assert.Single(result.Graphs);
        Golden.Match("tests/Golden/QuickStart/template.json", CloudFormationEmitter.Emit(graph, TemplateFormat.Json));
        Golden.Match("tests/Golden/QuickStart/template.yaml", CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml));
    }
}
