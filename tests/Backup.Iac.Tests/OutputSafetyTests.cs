using Backup.Iac.Cli;

namespace Backup.Iac.Tests;

/// <summary>
/// Issue 12, items 11-14 and 19: what synth and lint promise about the files they write (docs/security.md).
/// The test seams are static: each hook acts only on this test's own temporary folder.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Template = """
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: primary
        """;

    private readonly string dir = Path.Combine(Path.GetTempPath(), "backup-iac-out-" + Environment.ProcessId + "-" + Path.GetRandomFileName());

    public OutputSafetyTests() => Directory.CreateDirectory(dir);

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int Code, string Out, string Err) Synth(BackupApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BackupAppHost.Run(app, ["synth", .. args], stdout, stderr, color: false);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Two stacks; <paramref name="vaultName"/> makes the templates of one version differ from another's.</summary>
    private static BackupApp TwoStacks(string vaultName)
    {
        var app = new BackupApp();
        foreach (var name in new[] { "A", "B" })
        {
            var stack = app.AddStack(name, new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(stack, stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = vaultName + name }), BackupPlanRule.Daily());
        }

        return app;
    }

    private string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(dir, e).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    // ------------------------------------------------------------------ item 11: lint --output

    [Fact]
    public void Lint_output_replaces_a_planted_link_instead_of_writing_through_it()
    {
        var template = Path.Combine(dir, "backup.yaml");
        File.WriteAllText(template, Template);
        var victim = Path.Combine(dir, "victim.txt");
        File.WriteAllText(victim, "precious");
        var report = Path.Combine(dir, "backup-iac.sarif");
        File.CreateSymbolicLink(report, victim);

        var (code, _, err) = Cli("lint", template, "--format", "sarif", "--output", report);

        Assert.True(code == 0, err);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(report).LinkTarget);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_refuses_an_output_that_is_one_of_its_inputs()
    {
        var template = Path.Combine(dir, "same.yaml");
        File.WriteAllText(template, Template);
        File.CreateSymbolicLink(Path.Combine(dir, "alias.yaml"), template);

        Assert.Equal(2, Cli("lint", template, "--output", template).Code);
        Assert.Equal(2, Cli("lint", dir, "--output", Path.Combine(dir, "same.yaml")).Code);
        Assert.Equal(2, Cli("lint", Path.Combine(dir, "alias.yaml"), "--output", template).Code);
        var (code, _, err) = Cli("lint", Path.Combine(dir, ".", "same.yaml"), "--output", Path.Combine(dir, "..", Path.GetFileName(dir), "same.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("is one of the inputs", err, StringComparison.Ordinal);
        Assert.Equal(Template, File.ReadAllText(template));
    }

    [Fact]
    public void A_failed_lint_output_keeps_the_previous_report()
    {
        var template = Path.Combine(dir, "backup.yaml");
        File.WriteAllText(template, Template);
        var report = Path.Combine(dir, "report.json");
        File.WriteAllText(report, "previous");
        try
        {
            ReportFile.BeforeWrite = temp =>
            {
                if (temp.StartsWith(dir, StringComparison.Ordinal))
                {
                    throw new IOException("No space left on device");
                }
            };
            var (code, _, err) = Cli("lint", template, "--format", "json", "--output", report);
            Assert.Equal(2, code);
            Assert.Contains("No space left", err, StringComparison.Ordinal);
        }
        finally
        {
            ReportFile.BeforeWrite = null;
        }

        Assert.Equal("previous", File.ReadAllText(report));
        Assert.Equal(["backup.yaml", "report.json"], Entries(dir));
    }

    // ------------------------------------------------------------------ item 12: two synths into one folder

    [Fact]
    public void Two_synths_into_one_folder_take_turns()
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            var app = TwoStacks("v" + t);
            for (var i = 0; i < 25; i++)
            {
                var (code, _, err) = Synth(app, "--out", dir, "--format", "all");
                if (code != 0)
                {
                    failures.Add($"thread {t} run {i}: exit {code}: {err}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var a = File.ReadAllText(Path.Combine(dir, "A.template.json"));
        Assert.Contains(File.ReadAllText(Path.Combine(dir, "B.template.json")), new[] { a.Replace("\"v0A\"", "\"v0B\"", StringComparison.Ordinal), a.Replace("\"v1A\"", "\"v1B\"", StringComparison.Ordinal) });
        Assert.DoesNotContain(Entries(dir), e => e.Contains(".tmp", StringComparison.Ordinal) || e.EndsWith(".old", StringComparison.Ordinal) || e.Contains("stage", StringComparison.Ordinal));
    }

    [Fact]
    public void A_synth_waits_for_the_lock_and_says_so()
    {
        var inner = new StringWriter();
        var stderr = TextWriter.Synchronized(inner);
        string Said()
        {
            lock (stderr)
            {
                return inner.ToString();
            }
        }

        var code = -1;
        Thread synth;
        using (OutputFolder.Lock(dir, TextWriter.Null))
        {
            synth = new Thread(() => code = BackupAppHost.Run(TwoStacks("x"), ["synth", "--out", dir], TextWriter.Null, stderr, color: false));
            synth.Start();
            Assert.True(SpinWait.SpinUntil(() => Said().Contains("Waiting for another synth", StringComparison.Ordinal), TimeSpan.FromSeconds(30)));
            Assert.False(File.Exists(Path.Combine(dir, "A.template.json")));
            Assert.True(synth.IsAlive);
        }

        Assert.True(synth.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(dir, "A.template.json")));
    }

    // ------------------------------------------------------------------ item 13: kill -9 during synth

    [Fact]
    public void A_synth_killed_after_its_journal_is_completed_by_the_next_one()
    {
        Assert.Equal(0, Synth(TwoStacks("old"), "--out", dir).Code);
        OutputFolder.AfterRename = (folder, renamed) =>
        {
            if (folder == dir && renamed == 1)
            {
                throw new ThreadInterruptedException("killed"); // not an IO failure: nothing is rolled back, as with kill -9
            }
        };
        try
        {
            Assert.Throws<ThreadInterruptedException>(() => Synth(TwoStacks("new"), "--out", dir));
        }
        finally
        {
            OutputFolder.AfterRename = null;
        }

        // What a kill leaves: one template new, one old, and the journal.
        Assert.Contains("\"newA\"", File.ReadAllText(Path.Combine(dir, "A.template.json")), StringComparison.Ordinal);
        Assert.Contains("\"oldB\"", File.ReadAllText(Path.Combine(dir, "B.template.json")), StringComparison.Ordinal);

        var status = new StringWriter();
        using (OutputFolder.Lock(dir, status))
        {
            Assert.Contains("Completed a synth", status.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("\"newA\"", File.ReadAllText(Path.Combine(dir, "A.template.json")), StringComparison.Ordinal);
        Assert.Contains("\"newB\"", File.ReadAllText(Path.Combine(dir, "B.template.json")), StringComparison.Ordinal);
        Assert.Equal([".backup-iac", ".backup-iac/lock", "A.template.json", "B.template.json"], Entries(dir));
    }

    [Fact]
    public void A_synth_killed_while_staging_leaves_the_templates_as_they_were_and_the_next_one_cleans_up()
    {
        Assert.Equal(0, Synth(TwoStacks("old"), "--out", dir).Code);
        OutputFolder.BeforeStage = final =>
        {
            if (final.StartsWith(dir, StringComparison.Ordinal) && final.EndsWith("B.template.json", StringComparison.Ordinal))
            {
                throw new ThreadInterruptedException("killed");
            }
        };
        try
        {
            Assert.Throws<ThreadInterruptedException>(() => Synth(TwoStacks("new"), "--out", dir));
        }
        finally
        {
            OutputFolder.BeforeStage = null;
        }

        Assert.Contains("\"oldA\"", File.ReadAllText(Path.Combine(dir, "A.template.json")), StringComparison.Ordinal);

        // Leftovers of the earlier implementation: a temporary, and an old template moved aside with its new one not yet in place.
        File.WriteAllText(Path.Combine(dir, "A.template.json.tmp-4242"), "partial");
        File.Move(Path.Combine(dir, "B.template.json"), Path.Combine(dir, "B.template.json.tmp-4242.old"));

        var (code, _, err) = Synth(TwoStacks("old"), "--out", dir);
        Assert.True(code == 0, err);
        Assert.Equal([".backup-iac", ".backup-iac/lock", "A.template.json", "B.template.json"], Entries(dir));
        Assert.Contains("\"oldB\"", File.ReadAllText(Path.Combine(dir, "B.template.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Leftovers_of_a_killed_earlier_version_are_put_back_or_removed()
    {
        File.WriteAllText(Path.Combine(dir, "A.template.json.tmp-4242"), "partial");
        File.WriteAllText(Path.Combine(dir, "B.template.json.tmp-4242.old"), "old B");
        File.WriteAllText(Path.Combine(dir, "notes.tmp-1"), "not ours");
        using (OutputFolder.Lock(dir, TextWriter.Null))
        {
        }

        Assert.Equal([".backup-iac", ".backup-iac/lock", "B.template.json", "notes.tmp-1"], Entries(dir));
        Assert.Equal("old B", File.ReadAllText(Path.Combine(dir, "B.template.json")));
    }

    // ------------------------------------------------------------------ item 14: full disk

    [Fact]
    public void A_full_disk_during_synth_changes_nothing()
    {
        Assert.Equal(0, Synth(TwoStacks("old"), "--out", dir).Code);
        var before = Entries(dir);
        OutputFolder.BeforeStage = final =>
        {
            if (final.StartsWith(dir, StringComparison.Ordinal) && final.EndsWith("Pulumi.yaml", StringComparison.Ordinal))
            {
                throw new IOException("No space left on device");
            }
        };
        (int Code, string Out, string Err) run;
        try
        {
            run = Synth(TwoStacks("new"), "--out", dir, "--format", "all");
        }
        finally
        {
            OutputFolder.BeforeStage = null;
        }

        Assert.Equal(2, run.Code);
        Assert.Contains("Nothing was changed there", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Entries(dir));
        Assert.Contains("\"oldA\"", File.ReadAllText(Path.Combine(dir, "A.template.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_a_folder_goes_is_found_before_any_template_is_replaced()
    {
        Assert.Equal(0, Synth(TwoStacks("old"), "--out", dir).Code);
        File.WriteAllText(Path.Combine(dir, "pulumi"), "a file, not a folder");
        var before = Entries(dir);
        var (code, _, err) = Synth(TwoStacks("new"), "--out", dir, "--format", "all");
        Assert.Equal(2, code);
        Assert.Contains("Nothing was changed there", err, StringComparison.Ordinal);
        Assert.Equal(before, Entries(dir));
        Assert.Contains("\"oldA\"", File.ReadAllText(Path.Combine(dir, "A.template.json")), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ item 19: command lines

    [Theory]
    [InlineData("--out", "--strict")]
    [InlineData("--format", "--strict")]
    [InlineData("--strict=yes")]
    public void A_missing_option_value_is_bad_usage_not_a_folder(params string[] args)
    {
        var (code, _, err) = Synth(TwoStacks("x"), args);
        Assert.Equal(2, code);
        Assert.Contains("Usage:", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists("--strict"));
        Assert.False(Directory.Exists("out"));
    }

    [Fact]
    public void Synth_accepts_an_inline_value_for_a_folder_named_like_an_option()
    {
        var target = Path.Combine(dir, "-x");
        var (code, _, err) = Synth(TwoStacks("x"), "--out=" + target, "--verbose");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(target, "A.template.json")));
    }

    [Fact]
    public void Lint_rejects_an_unknown_format_by_its_name()
    {
        var (code, _, err) = Cli("lint", "--format", "xml", dir);
        Assert.Equal(2, code);
        Assert.Contains("Unknown lint format 'xml'", err, StringComparison.Ordinal);
        Assert.Equal(2, Cli("lint", dir, "--output").Code);
        Assert.Equal(2, Cli("lint", dir, "--output", "--verbose").Code);
    }

    [Fact]
    public void Lint_of_a_folder_without_templates_exits_2_unless_empty_is_allowed()
    {
        File.WriteAllText(Path.Combine(dir, "README.md"), "no template here");
        var (code, _, err) = Cli("lint", dir);
        Assert.Equal(2, code);
        Assert.Contains("--allow-empty", err, StringComparison.Ordinal);
        Assert.Equal(0, Cli("lint", dir, "--allow-empty").Code);
    }

    [Fact]
    public void Lint_reads_a_file_whose_name_starts_with_a_dash_after_the_separator()
    {
        var name = "-bkp-" + Path.GetRandomFileName() + ".yaml"; // relative: in the test's working folder
        File.WriteAllText(name, Template);
        try
        {
            Assert.Equal(2, Cli("lint", name).Code);
            var (code, output, err) = Cli("lint", "--", name);
            Assert.True(code == 0, output + err);
            Assert.Contains("1 file(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(name);
        }
    }
}
