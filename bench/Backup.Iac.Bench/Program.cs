using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Backup.Iac;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Import;

BenchmarkSwitcher.FromAssembly(typeof(Backup.Iac.Bench.SynthBenchmarks).Assembly).Run(args);

namespace Backup.Iac.Bench
{

/// <summary>Synthesis (validation + lowering + CloudFormation JSON) of generated estates; the ratio between sizes shows how it scales.</summary>
[MemoryDiagnoser]
public class SynthBenchmarks
{
    [Params(30, 120)]
    public int Plans { get; set; }

    [Benchmark]
    public int SynthToCloudFormation()
    {
        var result = Estates.Build(Plans).Synth();
        return result.Graphs.Sum(g => CloudFormationEmitter.Emit(g).Length);
    }

    [Benchmark]
    public int SynthToPulumi()
    {
        var result = Estates.Build(Plans).Synth();
        return result.Graphs.Sum(g => PulumiEmitter.Emit(g).Text?.Length ?? 0);
    }
}

/// <summary>Lint of a generated template of the same estates (reading, import, schema checks, validation).</summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private byte[] template = [];

    [Params(30, 120)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup() => template = System.Text.Encoding.UTF8.GetBytes(CloudFormationEmitter.Emit(Estates.Build(Plans).Synth().Graphs[0], TemplateFormat.Yaml));

    [Benchmark]
    public int Lint() => Linter.Lint("bench.yaml", template).Diagnostics.Count;
}

/// <summary>A stack with one vault per plan, a daily and a weekly rule, and a tag selection per plan.</summary>
internal static class Estates
{
    public static BackupApp Build(int plans)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Bench", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        for (var i = 0; i < plans; i++)
        {
            var vault = stack.AddVault($"Vault{i}", new BackupVaultProps { BackupVaultName = $"vault-{i}", RemovalPolicy = Backup.Iac.Graph.RemovalPolicy.Retain });
            var plan = stack.AddPlan($"Plan{i}", new BackupPlanProps
            {
                BackupPlanName = $"plan-{i}",
                Vault = vault,
                Rules = [BackupPlanRule.Daily(), BackupPlanRule.Weekly()],
            });
            plan.AddSelection("Tagged", new BackupSelectionOptions
            {
                Resources = [BackupResource.FromTag("backup-plan", $"plan-{i}")],
                Role = BackupRole.FromArn("arn:aws:iam::111122223333:role/backup"),
            });
        }

        return app;
    }
}
}
