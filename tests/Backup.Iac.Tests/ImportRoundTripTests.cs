using System.Text;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Import;
using FsCheck;
using FsCheck.Fluent;

namespace Backup.Iac.Tests;

/// <summary>Import then emit gives the same AWS Backup resources; lint survives any mutation of valid input.</summary>
public class ImportRoundTripTests
{
    private static string CorpusFolder => Path.Combine(Repo.Shared, "corpus", "cloudformation");

    /// <summary>Valid templates: the corpus files without errors, and the templates our own examples emit.</summary>
    public static TheoryData<string> ValidTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal)
            .Where(f => !Linter.LintFile(f).HasErrors && Normalise(SourceReader.Read(File.ReadAllBytes(f), f).Root!).Count > 0))
        {
            data.Add(Path.GetFileName(file));
        }

        foreach (var example in new[] { "QuickStart", "AirGappedRecovery" })
        {
            data.Add("example:" + example);
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(ValidTemplates))]
    public void Import_then_emit_gives_the_same_backup_resources(string name)
    {
        var text = name.StartsWith("example:", StringComparison.Ordinal) ? ExampleTemplate(name["example:".Length..]) : File.ReadAllText(Path.Combine(CorpusFolder, name));
        var source = SourceReader.Read(text, name);
        Assert.Null(source.Error);
        var imported = TemplateImporter.Import(source.Root!, "Imported", out var problem);
        Assert.Null(problem);
        var result = imported!.App.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var emitted = CloudFormationEmitter.Emit(Assert.Single(result.Graphs), TemplateFormat.Json).GetText();
        var before = Normalise(source.Root!);
        var after = Normalise(SourceReader.Read(emitted, "out.json").Root!);
        Assert.NotEmpty(before);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var id in before.Keys)
        {
            Assert.True(before[id] == after[id], $"{id} differs after the round trip:\nbefore: {before[id]}\nafter:  {after[id]}");
        }
    }

    private static string ExampleTemplate(string example)
    {
        var app = example == "QuickStart" ? QuickStart.QuickStartEstate.Build() : AirGappedRecovery.AirGappedRecoveryEstate.Build();
        return CloudFormationEmitter.Emit(app.Synth().Graphs[0], TemplateFormat.Yaml).GetText();
    }

    /// <summary>
    /// The AWS Backup resources of a template in a canonical text: the same JSON whatever the syntax (YAML short forms,
    /// numbers written as strings, key order, <c>GetAtt Vault.BackupVaultName</c> for <c>Ref Vault</c>), with the
    /// default deletion policy written out and the resource attributes the model does not carry (Condition,
    /// DependsOn, Metadata, UpdateReplacePolicy) left out.
    /// </summary>
    private static Dictionary<string, string> Normalise(SourceNode root)
    {
        var resources = (SourceMapping)((SourceMapping)root)["Resources"]!;
        var vaults = resources.Entries.Where(e => e.Value is SourceMapping m && m["Type"] is SourceScalar { Text: "AWS::Backup::BackupVault" }).Select(e => e.Key).ToHashSet();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in resources.Entries)
        {
            if (entry.Value is not SourceMapping body || body["Type"] is not SourceScalar type
                || !(type.Text.StartsWith("AWS::Backup::", StringComparison.Ordinal) || type.Text == "AWS::Organizations::Policy"))
            {
                continue;
            }

            var deletion = body["DeletionPolicy"] is SourceScalar d ? d.Text : "Delete";
            result[entry.Key] = $"{type.Text} {deletion} {Canonical(body["Properties"], vaults)}";
        }

        return result;
    }

    private static string Canonical(SourceNode? node, HashSet<string> vaults) => node switch
    {
        null => "{}",
        SourceScalar { Kind: ScalarKind.Null } => "null",
        SourceScalar s => "\"" + s.Text + "\"",
        SourceSequence l when l.Items.Length > 0 && l.Items.All(i => i is SourceMapping { Entries.Length: 2 } m && m["Key"] is SourceScalar && m["Value"] is not null)
            => "[" + string.Join(",", l.Items.Select(i => Canonical(i, vaults)).Order(StringComparer.Ordinal)) + "]", // tag lists: AWS keeps no order
        SourceSequence l => "[" + string.Join(",", l.Items.Select(i => Canonical(i, vaults))) + "]",
        SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar id, SourceScalar { Text: "BackupVaultName" }] } && vaults.Contains(id.Text)
            => "{\"Ref\":\"" + id.Text + "\"}",
        SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar id, SourceScalar { Text: "BackupPlanId" }] }
            => "{\"Ref\":\"" + id.Text + "\"}",
        SourceMapping m => "{" + string.Join(",", m.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => "\"" + e.Key + "\":" + Canonical(e.Value, vaults))) + "}",
        _ => "?",
    };

    /// <summary>
    /// Fuzz: FsCheck mutates valid templates (deletes, duplicates and swaps lines, inserts junk, cuts the text,
    /// replaces scalars); lint never throws, never reports its internal-error code, finishes, and gives the same result twice.
    /// </summary>
    [SharedFact]
    public void Lint_never_crashes_on_mutated_templates_and_is_deterministic()
    {
        var seeds = Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal)
            .Where(f => new FileInfo(f).Length < 20_000)
            .Select(File.ReadAllText)
            .Append(ExampleTemplate("QuickStart"))
            .Append(ExampleTemplate("AirGappedRecovery"))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Shared, "corpus", "backup-policies")).Select(File.ReadAllText))
            .ToArray();
        string[] junk = ["", "-", ":", "{", "}", "[", "]", "!Ref", "!GetAtt x", "&a", "*a", "\t", "\"", "'", "#", "null", "-1", "99999999999999999999", "1.5", "\u0000", "é", "<<: *a", "? x", "|", ">-"];
        var mutation =
            from seed in Gen.Elements(seeds)
            from kind in Gen.Choose(0, 8)
            from position in Gen.Choose(0, 100_000)
            from other in Gen.Choose(0, 100_000)
            from piece in Gen.Elements(junk)
            select kind <= 5 ? Mutate(seed, kind, position, other, piece) : WithAliases(seed, kind, position, other);
        Prop.ForAll(mutation.ToArbitrary(), text =>
        {
            // A resource budget per input (issue 12): generous bounds, far below what the defects used (GBs, minutes).
            var bytes = Encoding.UTF8.GetBytes(text);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var first = Linter.Lint("fuzz.yaml", bytes);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var elapsed = clock.Elapsed;
            var second = Linter.Lint("fuzz.yaml", bytes);
            var crash = first.Diagnostics.FirstOrDefault(d => d.Diagnostic.Code == "BKP9199");
            var (a, b) = (LintReport.Json([first]), LintReport.Json([second]));
            if (allocated > 1_000_000_000 || elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"over budget: {allocated:N0} bytes allocated, {elapsed.TotalSeconds:F1} s, for {bytes.Length:N0} bytes of input");
            }

            return crash is null && a == b
                ? true
                : throw new InvalidOperationException(crash?.Diagnostic.Message ?? $"not deterministic:\n{a}\n---\n{b}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// Mutations with YAML anchors and aliases: a chain of deep anchors each holding the previous one (kind 6), a long
    /// value aliased many times (kind 7), and a value nested right at the limit, 199 to 202 levels (kind 8); the result
    /// replaces one value of the seed.
    /// </summary>
    private static string WithAliases(string seed, int kind, int position, int other)
    {
        var lines = seed.Split('\n').ToList();
        string header;
        string value;
        switch (kind)
        {
            case 6:
                var depth = 1 + position % 199;
                var count = 1 + other % 60;
                header = "Z:\n  - &z0 " + new string('[', depth) + "1" + new string(']', depth) + "\n"
                    + string.Concat(Enumerable.Range(1, count - 1).Select(i => $"  - &z{i} " + new string('[', depth) + $"*z{i - 1}" + new string(']', depth) + "\n"));
                value = $"*z{count - 1}";
                break;
            case 7:
                header = "Z: &z \"" + new string('v', 1 + position % 10_000) + "\"\n";
                value = "[" + string.Join(", ", Enumerable.Repeat("*z", 1 + other % 300)) + "]";
                break;
            default:
                var levels = 199 + position % 4;
                header = "";
                value = new string('[', levels) + new string(']', levels);
                break;
        }

        if (seed.TrimStart().StartsWith('{'))
        {
            return header + "Resources: {X: {Type: AWS::Backup::BackupVault, Properties: {BackupVaultName: " + value + "}}}\n"; // JSON seeds: a YAML template of their kind
        }

        var candidates = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains(": ", StringComparison.Ordinal) && !p.l.TrimEnd().EndsWith(':')).Select(p => p.i).ToList();
        if (candidates.Count > 0)
        {
            var at = candidates[other % candidates.Count];
            var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
            lines[at] = lines[at][..(colon + 2)] + value;
        }

        return header + string.Join('\n', lines);
    }

    private static string Mutate(string seed, int kind, int position, int other, string piece)
    {
        var lines = seed.Split('\n').ToList();
        var at = position % Math.Max(1, lines.Count);
        var to = other % Math.Max(1, lines.Count);
        switch (kind)
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(to, lines[at]);
                break;
            case 2:
                (lines[at], lines[to]) = (lines[to], lines[at]);
                break;
            case 3:
                var col = other % Math.Max(1, lines[at].Length + 1);
                lines[at] = lines[at][..col] + piece + lines[at][col..];
                break;
            case 4:
                return seed[..(position % Math.Max(1, seed.Length))];
            default:
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0)
                {
                    lines[at] = lines[at][..(colon + 2)] + piece;
                }

                break;
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void Deploy_time_durations_round_trip_as_the_intrinsic_written()
    {
        const string yaml = """
            Parameters:
              Days: {Type: Number, Default: 35}
            Resources:
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: p
                    BackupPlanRule:
                      - {RuleName: r, TargetBackupVault: vault, Lifecycle: {DeleteAfterDays: !Ref Days}, StartWindowMinutes: !Sub "${Days}"}
            """;
        var imported = TemplateImporter.Import(SourceReader.Read(yaml).Root!, "T", out _)!;
        var rule = ((BackupPlan)imported.Stack.Children[0]).Rules[0];
        Assert.True(rule.Lifecycle!.DeleteAfter!.Value.IsUnresolved);
        Assert.Throws<InvalidOperationException>(() => rule.Lifecycle.DeleteAfter.Value.TotalDays);
        Assert.False(rule.Lifecycle.DeleteAfter.Value < Duration.Days(1));
        Assert.False(rule.Lifecycle.DeleteAfter.Value >= Duration.Days(1));
        var synth = imported.App.Synth();
        Assert.False(synth.HasErrors, string.Join("\n", synth.Diagnostics));
        var json = CloudFormationEmitter.Emit(synth.Graphs[0]).GetText();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var emittedRule = doc.RootElement.GetProperty("Resources").GetProperty("Plan").GetProperty("Properties").GetProperty("BackupPlan").GetProperty("BackupPlanRule")[0];
        Assert.Equal("Days", emittedRule.GetProperty("Lifecycle").GetProperty("DeleteAfterDays").GetProperty("Ref").GetString());
        Assert.Equal("${Days}", emittedRule.GetProperty("StartWindowMinutes").GetProperty("Fn::Sub").GetString());
        Assert.Equal("Number", doc.RootElement.GetProperty("Parameters").GetProperty("Days").GetProperty("Type").GetString()); // declared again
    }
}
