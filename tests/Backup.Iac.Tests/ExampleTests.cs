using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests;

/// <summary>The valid examples' outputs are golden files: tests/Golden/&lt;Example&gt;/ (diagnostics, JSON and YAML templates).</summary>
public class ExampleTests
{
    /// <summary>The examples that must synthesize, by name.</summary>
    public static readonly IReadOnlyDictionary<string, Func<BackupApp>> Valid = new Dictionary<string, Func<BackupApp>>
    {
        ["QuickStart"] = QuickStart.QuickStartEstate.Build,
        ["AirGappedRecovery"] = AirGappedRecovery.AirGappedRecoveryEstate.Build,
        ["Compliance"] = Compliance.ComplianceEstate.Build,
        ["Organization"] = Organization.OrganizationEstate.Build,
        ["OrgRollout"] = OrgRollout.OrgRolloutEstate.Build,
    };

    public static TheoryData<string> Names => new(Valid.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_matches_its_golden_files(string name)
    {
        var result = Valid[name]().Synth();
        Golden.Match($"tests/Golden/{name}/diagnostics.txt", string.Concat(result.Diagnostics.Select(d => d + "\n")));
        Assert.False(result.HasErrors);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        foreach (var graph in result.Graphs)
        {
            var suffix = result.Graphs.Length == 1 ? "" : "." + graph.StackName;
            Golden.Match($"tests/Golden/{name}/template{suffix}.json", CloudFormationEmitter.Emit(graph, TemplateFormat.Json).GetText());
            Golden.Match($"tests/Golden/{name}/template{suffix}.yaml", CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText());
        }
    }
}
