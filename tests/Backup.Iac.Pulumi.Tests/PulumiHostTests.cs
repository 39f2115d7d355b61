using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

/// <summary><c>synth --format pulumi|all</c> through the app host, and the examples' programs as golden files.</summary>
public sealed class PulumiHostTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "backup-iac-pulumi-host-" + Environment.ProcessId + "-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int Code, string Out, string Err) Run(BackupApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BackupAppHost.Run(app, args, stdout, stderr, color: false);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The files synth wrote (its lock, in <c>.backup-iac/</c>, is bookkeeping: docs/security.md).</summary>
    private List<string> Files() => [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith(".backup-iac/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private List<string> Entries() => [.. Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
        .Where(e => !Path.GetRelativePath(dir, e).StartsWith(".backup-iac", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Format_all_writes_the_template_and_the_program()
    {
        var (code, output, _) = Run(QuickStart.QuickStartEstate.Build(), "synth", "--format", "all", "--out", dir);
        Assert.Equal(0, code);
        Assert.Equal(["Prod.template.json", "pulumi/Pulumi.yaml"], Files());
        Assert.Contains("Wrote " + Path.Combine(dir, "pulumi", "Pulumi.yaml"), output, StringComparison.Ordinal);
        Assert.Equal(PulumiEmitter.Emit(Assert.Single(QuickStart.QuickStartEstate.Build().Synth().Graphs), "Prod").Text, File.ReadAllText(Path.Combine(dir, "pulumi", "Pulumi.yaml")));
    }

    [Fact]
    public void Several_stacks_get_a_project_folder_each_and_format_pulumi_writes_no_template()
    {
        var (code, _, _) = Run(TwoStacks(), "synth", "--format", "pulumi", "--out", dir);
        Assert.Equal(0, code);
        Assert.Equal(["pulumi/A/Pulumi.yaml", "pulumi/B/Pulumi.yaml"], Files());
        Assert.StartsWith("name: B\n", File.ReadAllText(Path.Combine(dir, "pulumi", "B", "Pulumi.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_format_reports_the_limits_of_its_own_back_end()
    {
        var (_, json, _) = Run(Backup.Iac.Tests.MoreResourcesTests.App(), "validate");
        Assert.Contains("warning BKP8001", json, StringComparison.Ordinal);
        Assert.DoesNotContain("BKP81", json, StringComparison.Ordinal);

        var (code, pulumi, _) = Run(Backup.Iac.Tests.MoreResourcesTests.App(), "synth", "--format", "pulumi", "--out", dir);
        Assert.Equal(0, code);
        Assert.Contains("Test/Hold: warning BKP8101", pulumi, StringComparison.Ordinal);
        Assert.Contains("Test/Tiering: warning BKP8102", pulumi, StringComparison.Ordinal);
        Assert.DoesNotContain("BKP8001", pulumi, StringComparison.Ordinal);
        Assert.Contains("aws:backup:GlobalSettings", File.ReadAllText(Path.Combine(dir, "pulumi", "Pulumi.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pulumi_error_writes_nothing()
    {
        var app = Fixture.App(s => s.AddRegionSettings("Region", new RegionSettingsProps
        {
            ResourceTypeManagementPreference = new Dictionary<string, bool> { ["DynamoDB"] = true },
        }));
        var (code, output, _) = Run(app, "synth", "--format", "all", "--out", dir);
        Assert.Equal(1, code);
        Assert.Contains("Test/Region#ResourceTypeOptInPreference: error BKP8105", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_failed_write_leaves_the_output_directory_as_it_was()
    {
        Directory.CreateDirectory(Path.Combine(dir, "pulumi", "B", "Pulumi.yaml")); // B's program cannot be written
        File.WriteAllText(Path.Combine(dir, "A.template.json"), "old A");
        var before = Entries();
        var (code, _, err) = Run(TwoStacks(), "synth", "--format", "all", "--out", dir);
        Assert.Equal(2, code);
        Assert.Contains("Nothing was changed", err, StringComparison.Ordinal);
        Assert.Equal("old A", File.ReadAllText(Path.Combine(dir, "A.template.json")));
        Assert.Equal(before, Entries());
    }

    public static TheoryData<string> Examples => new(ExampleTests.Valid.Keys);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_programs_match_their_golden_files(string name)
    {
        // One golden file per stack (as the CloudFormation templates): one shared file would hold only the last stack.
        var app = ExampleTests.Valid[name]();
        var graphs = app.Synth().Graphs;
        Assert.Equal(app.Stacks.Count, graphs.Length);
        foreach (var (graph, stack) in graphs.Zip(app.Stacks))
        {
            var program = PulumiEmitter.Emit(StackSetTemplates.Resolve(graph), stack.Path);
            Assert.Empty(program.Diagnostics);
            var suffix = graphs.Length == 1 ? "" : "." + graph.StackName;
            Golden.Match($"tests/Golden/{name}/Pulumi{suffix}.yaml", program.Text!);
        }
    }

    private static BackupApp TwoStacks()
    {
        var app = new BackupApp();
        foreach (var name in new[] { "A", "B" })
        {
            var stack = app.AddStack(name, new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(stack, stack.AddVault("Vault"), BackupPlanRule.Daily());
        }

        return app;
    }
}
