using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Graph;
using Backup.Iac.Import;
using Backup.Iac.Lowering;
using Backup.Iac.Validation;

namespace Backup.Iac.Bench;

/// <summary>
/// Times each stage of a synth (build the model, validate, lower, emit CloudFormation JSON, emit Pulumi YAML), a whole
/// synth (build + validate + lower + emit JSON, the contract's <c>synth_ms</c>), the bare serialization of the same
/// template bytes from a built DOM with <see cref="Utf8JsonWriter"/>, and <c>lint</c> of the template; medians after a
/// warm-up, bytes allocated on the thread per stage, and the process's peak working set.
/// </summary>
internal static class StageBench
{
    private static readonly string[] Stages = ["build", "validate", "lower", "emit-json", "emit-pulumi", "synth", "serialize", "lint"];

    public static int Run(BenchOptions options)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"Backup.Iac stage bench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, load {Load()}"));
        Console.WriteLine("stage times are medians in ms; alloc = MB allocated by one run of the stage");
        Console.WriteLine();
        Console.WriteLine("| estates | build | validate | lower | emit JSON | emit Pulumi | synth | serialize | synth/serialize | lint | template | synth us/estate | alloc build/validate/lower/json/pulumi MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        string? contract = null;
        foreach (var n in options.Estates)
        {
            var result = Measure(n, options);
            var t = result.Median;
            var a = result.AllocMb;
            Console.WriteLine(string.Create(culture,
                $"| {n:N0} | {t["build"]:F1} | {t["validate"]:F1} | {t["lower"]:F1} | {t["emit-json"]:F1} | {t["emit-pulumi"]:F1} | {t["synth"]:F1} | {t["serialize"]:F1} | {t["synth"] / t["serialize"]:F1} | {(t.TryGetValue("lint", out var l) ? l.ToString("F1", culture) : "-")} | {result.TemplateBytes / 1024.0 / 1024.0:F2} MB | {t["synth"] * 1000 / n:F1} | {a["build"]:F0}/{a["validate"]:F0}/{a["lower"]:F0}/{a["emit-json"]:F0}/{a["emit-pulumi"]:F0} |"));
            if (options.Profile)
            {
                ValidatorProfile.Print(n);
            }

            contract = string.Create(culture, $"estates={n} synth_ms={t["synth"]:F1}");
            if (options.CompareCdk)
            {
                var cdk = CdkComparison.Run(n, options.CdkRuns);
                contract += cdk is { } ms
                    ? string.Create(culture, $" cdk_ms={ms:F0} ratio={ms / t["synth"]:F1}")
                    : " cdk_ms=NA ratio=NA";
            }

            // peak_mb: the process's peak working set after its first whole synth of this size, streamed to a file (before the
            // timed runs, whose templates stay in memory, the bare serialization's DOM and lint add theirs).
            Console.WriteLine(string.Create(culture, $"  peak working set: {result.SynthPeakBytes / 1024 / 1024} MB after the first synth of {n:N0} estates (template streamed to a file), {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB for the whole bench so far"));
            contract += string.Create(culture, $" serialize_ms={t["serialize"]:F2} peak_mb={result.SynthPeakBytes / 1024 / 1024}");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"load after: {Load()}"));
        Console.WriteLine(contract);
        return 0;
    }

    private sealed record Measured(Dictionary<string, double> Median, Dictionary<string, double> AllocMb, long TemplateBytes, long SynthPeakBytes);

    private static Measured Measure(int n, BenchOptions options)
    {
        var runs = options.Runs ?? (n >= 10000 ? 3 : n >= 1000 ? 5 : 11);
        var warmup = options.Warmup ?? (n >= 10000 ? 1 : 2);
        var times = Stages.ToDictionary(s => s, _ => new List<double>());
        var alloc = Stages.ToDictionary(s => s, _ => 0.0);
        long templateBytes = 0;

        // peak_mb: the process's peak working set after its first whole synth of this size, run as the `synth` command
        // runs it: the template streamed as UTF-8 into a file (BackupAppHost through OutputFolder), never whole in memory.
        var file = Path.GetTempFileName();
        long synthPeak;
        try
        {
            using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                CloudFormationEmitter.Emit(Estates.Build(n).Synth().Graphs[0]).Output!.WriteTo(stream);
            }

            synthPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        }
        finally
        {
            File.Delete(file);
        }

        for (var run = 0; run < warmup + runs; run++)
        {
            var counted = run >= warmup;
            void Record(string stage, double ms, long bytes)
            {
                if (counted)
                {
                    times[stage].Add(ms);
                    alloc[stage] = bytes / 1024.0 / 1024.0;
                }
            }

            // A whole synth, as a user's program runs it, with the template's bytes in memory (as the bare serialization's).
            var whole = Time(() => EmitUtf8(Estates.Build(n).Synth().Graphs[0]), out var ms, out var bytes);
            Record("synth", ms, bytes);

            // Stage by stage.
            var app = Time(() => Estates.Build(n), out ms, out bytes);
            Record("build", ms, bytes);
            var diagnostics = Time(() => Validator.Validate(app), out ms, out bytes);
            Record("validate", ms, bytes);
            if (diagnostics.Any(d => d.Severity == Severity.Error))
            {
                throw new InvalidOperationException("The bench estate has errors: " + string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error).Take(5)));
            }

            var graphs = Time(() => app.Stacks.Select(Lowerer.Lower).ToList(), out ms, out bytes);
            Record("lower", ms, bytes);
            var utf8 = Time(() => EmitUtf8(graphs[0]), out ms, out bytes);
            Record("emit-json", ms, bytes);
            if (run == 0 && !Encoding.UTF8.GetBytes(CloudFormationEmitter.Emit(graphs[0]).GetText()).AsSpan().SequenceEqual(utf8.WrittenSpan))
            {
                throw new InvalidOperationException("The UTF-8 emit and the string emit disagree.");
            }

            _ = Time(() => PulumiEmitter.Emit(graphs[0]).Text, out ms, out bytes);
            Record("emit-pulumi", ms, bytes);
            app = null;
            graphs = null;

            if (!whole.WrittenSpan.SequenceEqual(utf8.WrittenSpan))
            {
                throw new InvalidOperationException("The whole synth and the staged synth disagree.");
            }

            // The physical limit: the same bytes written from an already built DOM.
            var template = utf8.WrittenSpan.ToArray();
            utf8 = null;
            whole = null;
            templateBytes = template.Length;
            using (var dom = JsonDocument.Parse(template))
            {
                var written = Time(() => Serialize(dom), out ms, out bytes);
                Record("serialize", ms, bytes);
                if (run == 0 && !written.WrittenSpan.SequenceEqual(template.AsSpan(0, template.Length - 1)))
                {
                    throw new InvalidOperationException("The bare serialization does not write the same bytes as the emitter.");
                }
            }

            if (options.Lint && n <= 1000)
            {
                var lint = Time(() => Linter.Lint("bench.template.json", template), out ms, out bytes);
                Record("lint", ms, bytes);
                if (lint.Diagnostics.Any(d => d.Diagnostic.Severity == Severity.Error))
                {
                    throw new InvalidOperationException("lint found errors in the bench template.");
                }
            }
        }

        var medians = times.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => Stats.Median(p.Value));
        return new Measured(medians, alloc, templateBytes, synthPeak);
    }

    /// <summary>The JSON template as UTF-8 bytes in memory (as the bare serialization writes them), through the emitter's buffer API.</summary>
    private static ArrayBufferWriter<byte> EmitUtf8(ResourceGraph graph)
    {
        var buffer = new ArrayBufferWriter<byte>();
        CloudFormationEmitter.Emit(graph).Output!.WriteTo(buffer);
        return buffer;
    }

    private static ArrayBufferWriter<byte> Serialize(JsonDocument dom)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            dom.WriteTo(writer);
        }

        return buffer;
    }

    private static T Time<T>(Func<T> stage, out double ms, out long allocated)
    {
        // Each timed stage starts on a settled heap (a full, compacting collection first, as BenchmarkDotNet does between
        // iterations): a stage pays for the collections its own allocations cause, not for the previous stage's garbage
        // (the lint of the last run, before the next run's synth, left about 100 MB of it).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = stage();
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        ms = watch.Elapsed.TotalMilliseconds;
        return result;
    }

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
