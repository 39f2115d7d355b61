using BenchmarkDotNet.Attributes;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Import;

namespace Backup.Iac.Bench;

/// <summary>BenchmarkDotNet suite (<c>-- bdn --filter '*'</c>): synth of the bench estates to CloudFormation JSON and to Pulumi YAML.</summary>
[MemoryDiagnoser]
public class SynthBenchmarks
{
    [Params(100, 1000)]
    public int Estates { get; set; }

    [Benchmark]
    public int SynthToCloudFormation() => CloudFormationEmitter.Emit(Bench.Estates.Build(Estates).Synth().Graphs[0]).GetText().Length;

    [Benchmark]
    public int SynthToPulumi() => PulumiEmitter.Emit(Bench.Estates.Build(Estates).Synth().Graphs[0]).Text?.Length ?? 0;
}

/// <summary>BenchmarkDotNet suite: lint of the bench estates' JSON template (reading, import, schema checks, validation).</summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private byte[] template = [];

    [Params(100, 1000)]
    public int Estates { get; set; }

    [GlobalSetup]
    public void Setup() => template = System.Text.Encoding.UTF8.GetBytes(CloudFormationEmitter.Emit(Bench.Estates.Build(Estates).Synth().Graphs[0]).GetText());

    [Benchmark]
    public int Lint() => Linter.Lint("bench.template.json", template).Diagnostics.Count;
}
