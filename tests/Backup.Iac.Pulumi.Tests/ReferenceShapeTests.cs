using System.Text.Json.Nodes;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>Every emitted program against the provider's shapes (../shared/reference/pulumi) and ../shared/tools/check-pulumi.py.</summary>
public sealed class ReferenceShapeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("backup-iac-pulumi-check-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [SharedFact]
    public void Every_program_uses_only_known_types_inputs_and_outputs_with_the_right_kinds()
    {
        var problems = Programs.All.SelectMany(p => ReferenceShapes.Check(YamlTree.Load(p.Program.Text!)).Select(x => $"{p.Name}: {x}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.True(Programs.All.Count > 50, $"only {Programs.All.Count} programs");
    }

    [SharedFact]
    public void The_programs_use_every_resource_the_provider_offers_for_backup_and_organizations_policies()
    {
        var used = Programs.All.SelectMany(p => YamlTree.Load(p.Program.Text!)["resources"]!.AsObject().Select(r => r.Value!["type"]!.GetValue<string>())).ToHashSet();
        var offered = new[]
        {
            "Vault", "VaultLockConfiguration", "VaultPolicy", "VaultNotifications", "Plan", "Selection", "LogicallyAirGappedVault",
            "RestoreTestingPlan", "RestoreTestingSelection", "GlobalSettings", "RegionSettings", "Framework", "ReportPlan",
        }.Select(t => "aws:backup:" + t).Concat(["aws:organizations:Policy", "aws:organizations:PolicyAttachment"]);
        Assert.Empty(offered.Except(used));
        Assert.All(offered, t => Assert.NotNull(ReferenceShapes.Resource(t)));
    }

    [SharedFact]
    public void Every_input_of_the_reference_that_the_model_can_set_is_written_somewhere()
    {
        // Inputs of the provider that the CloudFormation-shaped graph has no source for, or that the emitter leaves to the
        // provider's defaults on purpose (region: the project's aws:region; forceDestroy: false keeps CloudFormation's
        // refusal to delete a vault with recovery points; timeouts, skipDestroy, numberOfFrameworks: no CFN counterpart).
        var notFromTheGraph = new HashSet<string>
        {
            "region", "forceDestroy", "timeouts", "skipDestroy", "numberOfFrameworks",
        };
        var written = new HashSet<string>();
        foreach (var p in Programs.All)
        {
            foreach (var (_, r) in YamlTree.Load(p.Program.Text!)["resources"]!.AsObject())
            {
                Collect(r!["type"]!.GetValue<string>(), r["properties"], written);
            }
        }

        var missing = new List<string>();
        foreach (var token in written.Select(w => w.Split('#')[0]).Distinct())
        {
            if (ReferenceShapes.Resource(token) is { } spec)
            {
                missing.AddRange(spec.GetProperty("inputs").EnumerateObject().Select(i => i.Name)
                    .Where(i => !notFromTheGraph.Contains(i) && !written.Contains(token + "#" + i)).Select(i => token + "." + i));
            }
        }

        Assert.True(missing.Count == 0, "Inputs never written: " + string.Join(", ", missing));
    }

    private static void Collect(string token, JsonNode? properties, HashSet<string> written)
    {
        written.Add(token + "#");
        foreach (var (key, _) in properties?.AsObject() ?? [])
        {
            written.Add(token + "#" + key);
        }
    }

    [SharedFact]
    public void Check_pulumi_py_passes_on_every_program()
    {
        if (Tool.Run("python3", ["-c", "import yaml"], out _) != 0)
        {
            return; // python3 with PyYAML is not installed here: ReferenceShapes makes the same checks
        }

        var script = Path.Combine(Repo.Shared, "tools", "check-pulumi.py");
        Assert.True(File.Exists(script), script + " is missing: ../shared must be beside the repository.");
        var files = new Dictionary<string, string>();
        foreach (var (name, _, program) in Programs.All)
        {
            var file = Path.Combine(dir, $"p{files.Count}.yaml");
            File.WriteAllText(file, program.Text);
            files[file] = name;
        }

        // One python process runs the script on every file (each run as if from the command line), as starting one per
        // program takes minutes.
        const string Runner = """
            import contextlib, io, runpy, sys
            script = sys.argv[1]
            for path in sys.argv[2:]:
                out = io.StringIO()
                sys.argv = [script, path]
                code = 0
                with contextlib.redirect_stdout(out):
                    try:
                        runpy.run_path(script, run_name='__main__')
                    except SystemExit as e:
                        code = e.code or 0
                print(f"{path}\t{code}\t{out.getvalue().strip().replace(chr(10), ' | ')}")
            """;
        Assert.Equal(0, Tool.Run("python3", ["-c", Runner, script, .. files.Keys], out var output));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(l => l.Length == 3).ToList();
        Assert.Equal(files.Count, lines.Count);
        var failures = lines.Where(l => l[1] != "0" || !l[2].Contains("problems: 0", StringComparison.Ordinal)).Select(l => $"{files[l[0]]}: {l[2]}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Programs_are_deterministic()
    {
        foreach (var (name, graph, program) in Programs.All.Take(30))
        {
            Assert.Equal(program.Text, PulumiEmitter.Emit(graph).Text);
            Assert.EndsWith("\n", program.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", program.Text, StringComparison.Ordinal);
        }
    }
}
