using System.Text;
using Backup.Iac.Cli;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>
/// Issue 12 (input side): no crash, hang or runaway memory from any input of lint, convert or synth's read of the
/// previous template. Each test is the issue's reproduction (sometimes smaller), with a resource bound that the
/// defect broke by a wide margin: these are not timing tests.
/// </summary>
public sealed class InputHardeningTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("backup-iac-hardening-").FullName;

    public void Dispose()
    {
        // rm -rf neither follows links to folders nor minds long paths; Directory.Delete is enough where there are no links.
        if (OperatingSystem.IsWindows() || Tool.Run("rm", ["-rf", dir], out _) != 0)
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private const string Vault = """
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            Properties:
              BackupVaultName: primary-vault
        """;

    private static LintedFile LintText(string text, string name = "template.yaml") => Linter.Lint(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Runs <paramref name="action"/> on its own thread with a time bound, so a hang fails the test instead of the run.</summary>
    private static T Within<T>(TimeSpan bound, Func<T> action)
    {
        var task = Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(bound), $"did not finish within {bound.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>The issue's generator: anchors each <paramref name="depth"/> levels deep, each nesting the previous one.</summary>
    private static string AliasChain(int depth, int count, string under)
    {
        var lines = new List<string> { "A:", "  - &a0 " + new string('[', depth) + "1" + new string(']', depth) };
        for (var i = 1; i < count; i++)
        {
            lines.Add($"  - &a{i} " + new string('[', depth) + $"*a{i - 1}" + new string(']', depth));
        }

        return string.Join('\n', lines) + "\n" + under.Replace("LAST", $"*a{count - 1}", StringComparison.Ordinal) + "\n";
    }

    // ------------------------------------------------------------------ 1. aliases and the depth limit

    [Fact]
    public void Item1_alias_chains_count_towards_the_nesting_limit_instead_of_overflowing_the_stack()
    {
        // 24.5 KB: 60 anchors of 196 levels, each holding the previous one (11,760 levels once expanded). Before: "Stack overflow." (exit 134).
        var text = AliasChain(196, 60, """
            Resources:
              V:
                Type: AWS::Backup::BackupVault
                Properties:
                  Fn::Transform: {Name: AWS::Include}
                  X: LAST
            """);
        var result = Within(TimeSpan.FromSeconds(60), () => LintText(text));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("BKP9100", d.Diagnostic.Code);
        Assert.Contains("nests deeper than 200 levels", d.Diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Unreadable);
        Assert.Equal(2, LintReport.ExitCode([result]));
    }

    [Fact]
    public void Item1_a_tree_built_in_code_that_nests_too_deep_is_refused_before_any_walk()
    {
        // Shared nodes, as aliases give: 60 x 196 levels, 11,760 nodes.
        SourceNode node = new SourceScalar(new SourcePosition(1, 1), "1", ScalarKind.Number);
        for (var i = 0; i < 60 * 196; i++)
        {
            node = new SourceSequence(new SourcePosition(1, 1), [node]);
        }

        var at = new SourcePosition(1, 1);
        var root = new SourceMapping(at, [new SourceEntry("Resources", at, new SourceMapping(at, [new SourceEntry("V", at, new SourceMapping(at,
            [new SourceEntry("Type", at, new SourceScalar(at, "AWS::Backup::BackupVault", ScalarKind.Text)),
             new SourceEntry("Properties", at, new SourceMapping(at, [new SourceEntry("X", at, node)]))]))]))]);
        var imported = Within(TimeSpan.FromSeconds(60), () => (TemplateImporter.Import(root, "T", out var problem), problem));
        Assert.Null(imported.Item1);
        Assert.Equal("BKP9100", imported.problem?.Diagnostic.Code);
    }

    // ------------------------------------------------------------------ 2. devices and FIFOs

    [Fact]
    public void Item2_devices_and_fifos_are_refused_with_BKP9102_and_the_other_files_are_still_linted()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no /dev/zero, no FIFOs
        }

        File.WriteAllText(Path.Combine(dir, "a.yaml"), Vault);
        File.CreateSymbolicLink(Path.Combine(dir, "b.yaml"), "/dev/zero");
        Assert.True(Tool.Run("mkfifo", [Path.Combine(dir, "f.yaml")], out var why) == 0, why);
        var stdout = new StringWriter();

        // Before: /dev/zero was read to 4.2 GB ("Out of memory.", exit 134) and the FIFO blocked for ever.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var code = Within(TimeSpan.FromSeconds(60), () => CliApp.Run(["lint", dir, "--format", "json"], stdout, new StringWriter()));
        Assert.Equal(2, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList());
        Assert.Equal(["a.yaml", "b.yaml", "f.yaml"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(files["a.yaml"]);
        Assert.Equal(["BKP9102"], files["b.yaml"]);
        Assert.Equal(["BKP9102"], files["f.yaml"]);
        Assert.Equal("BKP9102", Assert.Single(Linter.LintFile("/dev/zero").Diagnostics).Diagnostic.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000);
    }

    [Fact]
    public void Item2_a_growing_regular_file_is_read_at_most_to_the_limit()
    {
        var path = Path.Combine(dir, "big.yaml");
        File.WriteAllText(path, Vault);
        var content = SourceFile.Read(path, maxBytes: 16);
        Assert.Null(content.Bytes);
        Assert.Contains("more than 16 bytes", content.Problem, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(Vault), SourceFile.Read(path).Bytes);
    }

    [Fact]
    public void Item2_synth_does_not_read_a_device_in_place_of_the_previous_template()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(dir, "out"));
        File.CreateSymbolicLink(Path.Combine(dir, "out", "Prod.template.json"), "/dev/zero");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var code = Within(TimeSpan.FromSeconds(60), () =>
            BackupAppHost.Run(QuickStart.QuickStartEstate.Build(), ["synth", "--out", Path.Combine(dir, "out")], new StringWriter(), new StringWriter(), color: false));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 500_000_000);
        Assert.True(code is 0 or 2, $"exit {code}"); // writing over the link is the output side's business; reading it must not hang or blow up
    }

    // ------------------------------------------------------------------ 3. links in folders

    [Fact]
    public void Item3_folder_links_are_not_followed_and_each_real_file_is_linted_once()
    {
        var root = Path.Combine(dir, "L");
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        File.WriteAllText(Path.Combine(root, "a.yaml"), Vault);
        File.WriteAllText(Path.Combine(root, "sub", "s.yaml"), Vault);
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), "../L");   // loop 1
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "up"), ".."); // loop 2
        Directory.CreateSymbolicLink(Path.Combine(root, "dot"), ".");        // before: the same file 41 times
        File.CreateSymbolicLink(Path.Combine(root, "c.yaml"), "a.yaml");    // the same real file again

        var stdout = new StringWriter();
        var code = Within(TimeSpan.FromSeconds(60), () => CliApp.Run(["lint", root, "--format", "json"], stdout, new StringWriter()));
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (Path: Path.GetRelativePath(root, f.GetProperty("path").GetString()!), Codes: string.Join(",", f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()))))
            .ToList();
        Assert.Equal(
            [("a.yaml", ""), ("dot", "BKP9104"), ("self", "BKP9104"), (Path.Combine("sub", "s.yaml"), ""), (Path.Combine("sub", "up"), "BKP9104")],
            files);
    }

    // ------------------------------------------------------------------ 4. unreadable folders

    [Fact]
    public void Item4_a_folder_that_cannot_be_listed_is_reported_with_BKP9103_and_the_others_are_still_linted()
    {
        // The tests run as root in CI, where chmod 000 does not stop a read: the listing of one folder is made to fail
        // as it does for another user (UnauthorizedAccessException).
        var root = Path.Combine(dir, "T");
        Directory.CreateDirectory(Path.Combine(root, "locked"));
        File.WriteAllText(Path.Combine(root, "a.yaml"), Vault);
        File.WriteAllText(Path.Combine(root, "locked", "x.yaml"), Vault);
        var results = LintInputs.Lint([root], folder => folder.EndsWith("locked", StringComparison.Ordinal)
            ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.")
            : new DirectoryInfo(folder).EnumerateFileSystemInfos());
        Assert.Equal([Path.Combine(root, "a.yaml"), Path.Combine(root, "locked")], results.Select(r => r.Path));
        Assert.False(results[0].HasErrors);
        Assert.Equal("BKP9103", Assert.Single(results[1].Diagnostics).Diagnostic.Code);
        Assert.Equal(2, LintReport.ExitCode(results));
    }

    [Fact]
    public void Item4_a_folder_whose_path_is_too_long_to_list_does_not_crash_lint()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A real listing failure that root meets too: a folder whose full path is longer than PATH_MAX (4,096 bytes).
        // It is built short and then renamed from the bottom up, so no step names a long path.
        var root = Path.Combine(dir, "P");
        var chain = Path.Combine(root, Path.Combine([.. Enumerable.Repeat("d", 20)]));
        Directory.CreateDirectory(chain);
        File.WriteAllText(Path.Combine(root, "a.yaml"), Vault);
        var long250 = new string('n', 250);
        for (var level = 20; level >= 1; level--)
        {
            var parent = Path.Combine(root, Path.Combine([.. Enumerable.Repeat("d", level - 1)]));
            Directory.Move(Path.Combine(parent, "d"), Path.Combine(parent, long250));
        }

        var stdout = new StringWriter();
        var code = Within(TimeSpan.FromSeconds(60), () => CliApp.Run(["lint", root, "--format", "json"], stdout, new StringWriter()));
        Assert.Equal(2, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Codes: string.Join(",", f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString())))).ToList();
        Assert.Contains((Path.Combine(root, "a.yaml"), ""), files);
        Assert.Contains(files, f => f.Codes == "BKP9103");
    }

    // ------------------------------------------------------------------ 5. minified JSON

    [Fact]
    public void Item5_positions_on_one_long_line_cost_linear_time()
    {
        // 8 MB on one line, a position every 8 bytes (1M lookups, as a minified template's tokens). Before: each lookup
        // counted from the line's start (4 TB of counting); now from the previous token.
        var bytes = new byte[8 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        var lines = new LineIndex(bytes);
        var last = Within(TimeSpan.FromSeconds(20), () =>
        {
            var at = default(SourcePosition);
            for (var offset = 0; offset < bytes.Length; offset += 8)
            {
                at = lines.At(bytes, offset);
            }

            return at;
        });
        Assert.Equal(new SourcePosition(1, bytes.Length - 8 + 1), last);
    }

    [Fact]
    public void Item5_positions_in_minified_json_are_still_exact()
    {
        const string json = """{"Resources":{"Vault":{"Type":"AWS::Backup::BackupVault","Properties":{"BackupVaultName":"é€😀","Bogus":1}},"X":{"Type":"AWS::S3::Bucket"}}}""";
        var bogus = LintText(json, "t.json").Diagnostics.Single(d => d.Diagnostic.Code == "BKP9110");
        Assert.Equal(new SourcePosition(1, json.IndexOf("\"Bogus\"", StringComparison.Ordinal) + 1), bogus.At);
        var twoLines = "{\n" + json[1..];
        var again = LintText(twoLines, "t.json").Diagnostics.Single(d => d.Diagnostic.Code == "BKP9110");
        Assert.Equal(new SourcePosition(2, json.IndexOf("\"Bogus\"", StringComparison.Ordinal)), again.At);
    }

    // ------------------------------------------------------------------ 6. alias budget in bytes, capped quotes

    [Fact]
    public void Item6_aliases_of_a_long_value_are_budgeted_in_bytes()
    {
        // 103 KB: a 100 KB scalar aliased 1,000 times (100 MB of text). Before: 200 MB of report, 1.35 GB of memory.
        var text = "A: &s \"" + new string('x', 100_000) + "\"\n" + Vault + "\n      Notifications:\n        SNSTopicArn: arn:aws:sns:eu-west-1:111122223333:t\n        BackupVaultEvents:\n"
            + string.Concat(Enumerable.Repeat("          - *s\n", 1000));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = LintText(text);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("BKP9100", d.Diagnostic.Code);
        Assert.Contains("expands to more than", d.Diagnostic.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000);
    }

    [Fact]
    public void Item6_messages_quote_at_most_200_characters_of_a_value_and_say_how_long_it_was()
    {
        var text = "A: &s \"" + new string('x', 100_000) + "\"\n" + Vault + "\n      Notifications:\n        SNSTopicArn: arn:aws:sns:eu-west-1:111122223333:t\n        BackupVaultEvents:\n"
            + string.Concat(Enumerable.Repeat("          - *s\n", 20));
        var result = LintText(text);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.True(d.Diagnostic.Message.Length < 1_000, d.Diagnostic.Message[..Math.Min(300, d.Diagnostic.Message.Length)]));
        Assert.Contains(result.Diagnostics, d => d.Diagnostic.Message.Contains("(100,000 characters)", StringComparison.Ordinal));
        Assert.True(LintReport.Text([result]).Length < 100_000);
    }

    // ------------------------------------------------------------------ 7. property paths

    [Fact]
    public void Item7_property_paths_under_backup_resources_are_built_only_for_findings()
    {
        // 1.24 MB: 20 nested 50 KB keys above 80,000 list items, under an AWS::Backup resource. Before: 122 s (0.4 s under AWS::S3::Bucket).
        var sb = new StringBuilder("{\"Resources\":{\"V\":{\"Type\":\"AWS::Backup::BackupVault\",\"Properties\":{\"BackupVaultName\":\"vault1\",\"X\":");
        for (var i = 0; i < 20; i++)
        {
            sb.Append("{\"k").Append(i).Append(new string('y', 50_000)).Append("\":");
        }

        sb.Append('[').Append(string.Join(',', Enumerable.Repeat("1", 79_999))).Append(",{\"Ref\":\"Nowhere\"}]");
        sb.Append('}', 20).Append("}}}}");
        var result = Within(TimeSpan.FromSeconds(40), () => LintText(sb.ToString(), "t.json"));
        var undefined = Assert.Single(result.Diagnostics, d => d.Diagnostic.Code == "BKP9117");
        Assert.EndsWith("[79999]", undefined.Diagnostic.Property, StringComparison.Ordinal);
        Assert.StartsWith("X.k0yyy", undefined.Diagnostic.Property, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ fuzz: folders with links, devices, FIFOs

    /// <summary>
    /// Fuzz: random folder trees of templates, links to files and folders (loops included), links to /dev/zero and to
    /// nothing, and FIFOs. Lint finishes within its budget, reports no defect, checks each real template exactly once,
    /// and refuses each device or FIFO with BKP9102.
    /// </summary>
    [Fact]
    public void Fuzz_folder_search_with_links_devices_and_fifos_finishes_and_lints_each_real_file_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var random = new Random(12);
        for (var run = 0; run < 12; run++)
        {
            var root = Path.Combine(dir, "fuzz" + run);
            var folders = new List<string> { root };
            Directory.CreateDirectory(root);
            var templates = new List<string>();
            var refused = 0;
            for (var i = 0; i < 14; i++)
            {
                var folder = folders[random.Next(folders.Count)];
                var name = Path.Combine(folder, "e" + i);
                switch (random.Next(7))
                {
                    case 0:
                        Directory.CreateDirectory(name);
                        folders.Add(name);
                        break;
                    case 1 or 2:
                        File.WriteAllText(name + ".yaml", Vault);
                        templates.Add(name + ".yaml");
                        break;
                    case 3:
                        Directory.CreateSymbolicLink(name, Path.GetRelativePath(folder, folders[random.Next(folders.Count)])); // often a loop
                        break;
                    case 4 when templates.Count > 0:
                        File.CreateSymbolicLink(name + ".yml", templates[random.Next(templates.Count)]); // the same real file again
                        break;
                    case 5:
                        File.CreateSymbolicLink(name + ".json", random.Next(2) == 0 ? "/dev/zero" : "/dev/urandom");
                        refused++;
                        break;
                    default:
                        Assert.True(Tool.Run("mkfifo", [name + ".template"], out var why) == 0, why);
                        refused++;
                        break;
                }
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var results = Within(TimeSpan.FromSeconds(60), () => LintInputs.Lint([root]));
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000_000);
            Assert.DoesNotContain(results.SelectMany(r => r.Diagnostics), d => d.Diagnostic.Code == "BKP9199");
            Assert.Equal(templates.Count, results.Count(r => r.Diagnostics.Count == 0));
            Assert.Equal(refused, results.Count(r => r.Diagnostics.Any(d => d.Diagnostic.Code == "BKP9102")));
            Assert.Equal(results.Count, results.Select(r => r.Path).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Item7_suggestions_for_long_names_are_not_searched()
    {
        // 300 KB: two resources with 100 KB logical IDs and a Ref to a third 100 KB name. Before: an edit distance
        // of 100,000 x 100,000 characters per candidate (minutes) for a "did you mean".
        var id = new string('R', 100_000);
        var text = "{\"Resources\":{\"" + id + "1\":{\"Type\":\"AWS::S3::Bucket\"},\"" + id + "2\":{\"Type\":\"AWS::S3::Bucket\"},"
            + "\"V\":{\"Type\":\"AWS::Backup::BackupVault\",\"Properties\":{\"BackupVaultName\":{\"Ref\":\"" + id + "3\"}}}}}";
        var result = Within(TimeSpan.FromSeconds(20), () => LintText(text, "t.json"));
        var undefined = Assert.Single(result.Diagnostics, d => d.Diagnostic.Code == "BKP9117");
        Assert.Contains("(100,001 characters)", undefined.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_a_json_document_is_held_to_the_node_limit_as_yaml_is()
    {
        // 4 MB of "[0,0,...]": 2,000,001 nodes. Before: read whole (a 16 MB one took 12 s and 835 MB).
        var text = "{\"Resources\":{\"V\":{\"Type\":\"AWS::Backup::BackupVault\",\"Properties\":{\"X\":[" + string.Join(',', Enumerable.Repeat("0", SourceReader.MaxNodes)) + "]}}}}";
        var error = SourceReader.Read(text, "t.json").Error;
        Assert.NotNull(error);
        Assert.Contains("more than 2,000,000 nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backup_policy_with_a_number_beyond_decimal_is_checked_without_a_defect()
    {
        // Found by the extended fuzz test: NJsonSchema threw InvalidCastException (BKP9199) on 99999999999999999999.
        const string policy = """
            {"plans": {"P": {"regions": {"@@assign": ["eu-central-1"]}, "rules": {"R": {"target_backup_vault_name": {"@@assign": "Default"}}},
              "backup_plan_tags": {"t": {"tag_key": {"@@assign": "k"}, "tag_value": {"@@assign": 99999999999999999999}}}}}}
            """;
        var result = LintText(policy, "policy.json");
        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Code == "BKP9199");
    }

    // ------------------------------------------------------------------ 15-17

    [Theory]
    [InlineData("AccessPolicy")]
    [InlineData("Content")]
    public void Item15_an_alias_deep_policy_document_is_an_input_error_not_a_defect(string where)
    {
        // 6 anchors of 190 levels: 1,140 levels once expanded. Before: BKP9199 "This is a defect of Backup.Iac" (exit 1).
        var under = where == "AccessPolicy"
            ? "Resources:\n  V:\n    Type: AWS::Backup::BackupVault\n    Properties:\n      BackupVaultName: vault1\n      AccessPolicy:\n        Statement: LAST"
            : "Resources:\n  P:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Name: p\n      Type: BACKUP_POLICY\n      Content:\n        plans: LAST";
        var result = LintText(AliasChain(190, 6, under));
        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Code == "BKP9199");
        Assert.Equal(2, LintReport.ExitCode([result]));
    }

    [Fact]
    public void Item16_text_output_escapes_line_breaks_and_control_characters_of_values()
    {
        var text = Vault.Replace("primary-vault", "\"bad\\n::error file=x.yaml,line=1::forged\\r\\u001b[31mred\\u0085\\u2028\"", StringComparison.Ordinal);
        var result = LintText(text);
        Assert.Contains(result.Diagnostics, d => d.Diagnostic.Message.Contains('\n', StringComparison.Ordinal));
        var report = LintReport.Text([result]);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.False(l.StartsWith("::", StringComparison.Ordinal), l));
        Assert.DoesNotContain(report, c => c is '\r' or '\u001b' or '\u0085' or '\u2028');
        Assert.Contains("bad\\n::error", report, StringComparison.Ordinal);
        Assert.Contains("\\u001B[31m", report, StringComparison.Ordinal);

        var named = new LintedFile("::error file=a::x.yaml", result.Diagnostics, Unreadable: false);
        Assert.All(LintReport.Text([named]).Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.False(l.StartsWith("::", StringComparison.Ordinal), l));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Item17_the_nesting_limit_is_200_levels(string format)
    {
        static string Nested(int levels, string format) => format == "json"
            ? "{\"Resources\":" + new string('[', levels - 1) + new string(']', levels - 1) + "}"
            : "Resources: " + new string('[', levels - 1) + new string(']', levels - 1) + "\n";
        Assert.Null(SourceReader.Read(Nested(200, format), "t." + format).Error);
        var error = SourceReader.Read(Nested(201, format), "t." + format).Error;
        Assert.NotNull(error);
        Assert.Contains("deeper than 200 levels", error.Message, StringComparison.Ordinal);
    }
}
