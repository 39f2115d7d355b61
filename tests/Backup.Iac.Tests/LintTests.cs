using System.Text;
using System.Text.Json;
using Backup.Iac.Cli;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary><c>backup-iac lint</c>: reading, positions, formats, exit codes, and no false alarms on the real-world corpus.</summary>
public class LintTests
{
    private static string CorpusFolder => Path.Combine(Repo.Shared, "corpus", "cloudformation");

    private static LintedFile LintText(string text, string name = "template.yaml") => Linter.Lint(name, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The corpus README lists which files cfn-lint fails for AWS Backup reasons (E3504 x2, E3030, E3002) and one real
    /// defect cfn-lint misses (troposphere's rule name with a space). Exactly those files have errors here.
    /// </summary>
    [SharedFact]
    public void Corpus_templates_all_load_and_only_the_known_bad_ones_have_errors()
    {
        var files = Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal).Select(Linter.LintFile).ToList();
        Assert.Equal(41, files.Count);
        Assert.All(files, f => Assert.False(f.Unreadable, f.Path));
        Assert.DoesNotContain(files.SelectMany(f => f.Diagnostics), d => d.Diagnostic.Code == "BKP9199");
        var withErrors = files.Where(f => f.HasErrors)
            .ToDictionary(f => Path.GetFileName(f.Path), f => f.Diagnostics.Where(d => d.Diagnostic.Severity == Severity.Error).Select(d => d.Diagnostic.Code).ToList());
        var expected = new Dictionary<string, string[]>
        {
            ["aws-cloudformation__cfn-lint__test__fixtures__templates__bad__resources__backup__test_backup_plan_lifecycle_rule.yml"] = ["BKP2204"], // E3504 (7/30)
            ["santdilp__awsbackup__cloudformation__backup.yaml"] = ["BKP2204"], // E3504 (30/90)
            ["aws-samples__aws-backup-with-tags-and-vault-lock__cfn-demo-aws-backup.yaml"] = ["BKP9113"], // E3030 StringEquals
            ["aws-samples__backup-recovery-with-aws-backup__cloudformation__stacks__aws-backup-restore-test-plan.yaml"] = ["BKP9110"], // E3002 ScheduleStatus
            ["cloudtools__troposphere__tests__examples_output__Backup.template"] = ["BKP2102"], // rule name 'Rule 1' (README: a real defect)
        };
        Assert.Equal(expected.Keys.Order(), withErrors.Keys.Order());
        foreach (var (file, codes) in expected)
        {
            Assert.Equal(codes, withErrors[file]);
        }
    }

    [SharedFact]
    public void A_diagnostic_points_at_the_line_and_column_of_the_value()
    {
        var file = Linter.LintFile(Path.Combine(CorpusFolder, "aws-cloudformation__cfn-lint__test__fixtures__templates__bad__resources__backup__test_backup_plan_lifecycle_rule.yml"));
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP2204");
        var line = File.ReadAllLines(file.Path)[d.At!.Value.Line - 1];
        Assert.Equal("30", line[(d.At.Value.Column - 1)..].Split(' ')[0]); // DeleteAfterDays: 30
        Assert.Equal("LC-004", d.Diagnostic.ConstraintId);
        Assert.Equal("Lifecycle.DeleteAfterDays", d.Diagnostic.Property); // the template's property path
    }

    [Fact]
    public void Json_templates_get_positions_too()
    {
        const string json = """
            {
              "Resources": {
                "Plan": {
                  "Type": "AWS::Backup::BackupPlan",
                  "Properties": {
                    "BackupPlan": {
                      "BackupPlanName": "p",
                      "BackupPlanRule": [
                        { "RuleName": "r", "TargetBackupVault": "v", "Lifecycle": { "MoveToColdStorageAfterDays": 30, "DeleteAfterDays": 60 } }
                      ]
                    }
                  }
                }
              }
            }
            """;
        var file = LintText(json, "t.json");
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP2204");
        Assert.Equal(new SourcePosition(9, 126), d.At);
        Assert.Equal("Plan/Rules[r]", d.Diagnostic.Path);
    }

    public static TheoryData<string, string, int> Malformed => new()
    {
        { "bad json", "{\n  \"Resources\": {\n    \"A\": { \"Type\": 1, }\n  }\n}", 3 },
        { "bad yaml", "Resources:\n  A:\n    Type: [unclosed\n", 4 },
        { "tab indentation", "Resources:\n\tA: 1\n", 0 },
        { "duplicate key", "Resources:\n  A: {Type: X}\n  A: {Type: Y}\n", 3 },
        { "unknown tag", "Resources:\n  A:\n    Type: !Bogus x\n", 3 },
        { "two documents", "Resources: {}\n---\nResources: {}\n", 2 },
        { "binary junk", "Resources:\u0000\u0001\u0002", 1 },
        { "alias bomb", AliasBomb(), 0 },
        { "deep nesting json", new string('[', 5000) + new string(']', 5000), 1 },
        { "deep nesting yaml", "Resources: " + new string('[', 5000) + new string(']', 5000), 1 },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_is_a_clear_error_with_a_position_and_exit_code_2(string name, string text, int line)
    {
        var file = LintText(text, name.Contains("json", StringComparison.Ordinal) ? "t.json" : "t.yaml");
        Assert.True(file.Unreadable, name);
        var d = Assert.Single(file.Diagnostics);
        Assert.Equal("BKP9100", d.Diagnostic.Code);
        Assert.NotNull(d.At);
        if (line > 0)
        {
            Assert.Equal(line, d.At.Value.Line);
        }

        Assert.DoesNotContain("   at ", d.Diagnostic.Message, StringComparison.Ordinal); // no stack trace
        Assert.Equal(2, LintReport.ExitCode([file]));
    }

    private static string AliasBomb()
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            sb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        return sb.ToString();
    }

    [Theory]
    [InlineData("- a list\n")]
    [InlineData("AWSTemplateFormatVersion: '2010-09-09'\n")]
    [InlineData("Resources: [a]\n")]
    public void A_document_that_is_not_a_template_is_exit_code_2(string text)
    {
        var file = LintText(text);
        Assert.True(file.Unreadable);
        Assert.Equal("BKP9101", Assert.Single(file.Diagnostics).Diagnostic.Code);
    }

    [Fact]
    public void A_file_too_large_is_refused_without_reading_it_all()
    {
        var path = Path.Combine(Path.GetTempPath(), "backup-iac-huge-" + Environment.ProcessId + ".yaml");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(SourceReader.MaxBytes + 1L);
            }

            var file = Linter.LintFile(path);
            Assert.True(file.Unreadable);
            Assert.Contains("at most", Assert.Single(file.Diagnostics).Diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Values_known_only_at_deploy_time_are_not_checked()
    {
        const string yaml = """
            Parameters:
              Days: {Type: Number}
              Cold: {Type: Number}
            Conditions:
              Cond: !Equals [!Ref Days, 7]
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                DeletionPolicy: Retain
                Properties:
                  BackupVaultName: !Sub "${AWS::StackName}-vault"
                  LockConfiguration: {MinRetentionDays: !Ref Days, ChangeableForDays: !Ref Days}
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: !Sub "${AWS::StackName}-plan"
                    BackupPlanRule:
                      - RuleName: Daily
                        TargetBackupVault: !Ref Vault
                        ScheduleExpression: !FindInMap [M, !Ref "AWS::Region", Cron]
                        StartWindowMinutes: !Ref Days
                        CompletionWindowMinutes: !Sub "${Days}"
                        EnableContinuousBackup: !Equals [!Ref Days, 1]
                        Lifecycle: {MoveToColdStorageAfterDays: !Ref Cold, DeleteAfterDays: !Ref Days}
                      - !If [Cond, {RuleName: X, TargetBackupVault: v}, !Ref "AWS::NoValue"]
            """;
        var file = LintText(yaml);
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic.ToString())));
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code == "BKP9199");
    }

    [Fact]
    public void Schema_checks_report_what_cfn_lint_reports_with_a_suggestion()
    {
        const string yaml = """
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                Properties:
                  BackupVaultNam: v
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: [not, a, string]
                    BackupPlanRule: []
              Selection:
                Type: AWS::Backup::BackupSelection
                Properties:
                  BackupPlanId: !Ref Plan
                  BackupSelection:
                    SelectionName: s
                    IamRoleArn: arn:aws:iam::111122223333:role/r
                    ListOfTags: [{ConditionType: StringLike, ConditionKey: k, ConditionValue: v}]
              Typo:
                Type: AWS::Backup::BackupVaul
            """;
        var file = LintText(yaml);
        var codes = file.Diagnostics.Where(d => d.Diagnostic.Severity == Severity.Error).Select(d => d.Diagnostic.Code).ToList();
        Assert.Contains("BKP9110", codes); // E3002 unknown property
        Assert.Contains("BKP9112", codes); // E3003 missing BackupVaultName
        Assert.Contains("BKP9111", codes); // E3012 wrong type
        Assert.Contains("BKP9113", codes); // E3030 enum
        Assert.Contains("BKP9116", codes); // unknown type
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Message.Contains("did you mean 'BackupVaultName'", StringComparison.Ordinal));
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Message.Contains("did you mean 'AWS::Backup::BackupVault'", StringComparison.Ordinal));
    }

    /// <summary>Every snippet that cfn-lint 1.51 rejects for its AWS Backup resources is rejected here too (the oracle is cfn-lint itself).</summary>
    [CfnLintFact(NeedsShared = true)]
    public void Everything_cfn_lint_rejects_in_these_mutations_is_rejected_here()
    {
        var valid = File.ReadAllText(Path.Combine(CorpusFolder, "aws-cloudformation__cfn-lint__test__fixtures__templates__good__resources__backup__test_backup_plan_lifecycle_rule.yml"));
        string[] mutations =
        [
            valid.Replace("DeleteAfterDays: 100", "DeleteAfterDays: 30", StringComparison.Ordinal),
            valid.Replace("DeleteAfterDays: 100", "DeleteAfterDays: [1]", StringComparison.Ordinal),
            valid.Replace("DeleteAfterDays: 100", "DeleteAfterDayz: 100", StringComparison.Ordinal),
            valid.Replace("RuleName: \"test-backup-plan-rule-valid-lifecycle\"", "RuleNam: x", StringComparison.Ordinal),
            valid.Replace("BackupPlanName: \"test-backup-plan-irrelevant-lifecycle\"", "BackupPlanName: {a: b}", StringComparison.Ordinal),
            valid.Replace("TargetBackupVault: \"test-backup-vault\"", "TargetBackupVault: [a]", StringComparison.Ordinal),
            valid.Replace("MoveToColdStorageAfterDays: 7\n              DeleteAfterDays", "MoveToColdStorageAfterDays: x\n              DeleteAfterDays", StringComparison.Ordinal),
            ReplaceFirst(valid, "TargetBackupVault: \"test-backup-vault\"", "TargetBackupVault: !Ref NoSuchVault"),
            ReplaceFirst(valid, "TargetBackupVault: \"test-backup-vault\"", "TargetBackupVault: !GetAtt BackupPlanWithoutLifecycle.Nope"),
            ReplaceFirst(valid, "    DeletionPolicy: Delete\n", "    DependsOn: Missing\n    DeletionPolicy: Delete\n"),
            valid.Replace("Type: AWS::Backup::BackupPlan", "Type: AWS::Backup::BackupPlann", StringComparison.Ordinal),
            valid.Replace("ScheduleExpression: ", "ScheduleExpressio: ", StringComparison.Ordinal),
        ];
        var folder = Directory.CreateTempSubdirectory("backup-iac-mutations-").FullName;
        try
        {
            var paths = mutations.Select((m, i) => Path.Combine(folder, $"m{i}.yaml")).ToList();
            for (var i = 0; i < mutations.Length; i++)
            {
                Assert.NotEqual(valid, mutations[i]);
                File.WriteAllText(paths[i], mutations[i]);
            }

            var (_, output) = CfnLint.Run(paths);
            foreach (var path in paths)
            {
                var cfnLintErrors = output.Split('\n').Count(l => l.StartsWith(path + ":", StringComparison.Ordinal) && l.Contains(":E", StringComparison.Ordinal));
                var ours = Linter.LintFile(path);
                Assert.True(cfnLintErrors > 0, $"the mutation {Path.GetFileName(path)} is not an error for cfn-lint: a useless test case\n{output}");
                Assert.True(ours.HasErrors, $"cfn-lint rejects {Path.GetFileName(path)} but lint does not:\n{output}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        return i < 0 ? text : text[..i] + replacement + text[(i + old.Length)..];
    }

    [SharedFact]
    public void Json_format_has_the_documented_shape()
    {
        var files = new[] { "aws-cloudformation__cfn-lint__test__fixtures__templates__bad__resources__backup__test_backup_plan_lifecycle_rule.yml", "ProfAkymbo__cloudformation-backup-template__backup_template.yml" }
            .Select(f => Linter.LintFile(Path.Combine(CorpusFolder, f))).ToList();
        using var doc = JsonDocument.Parse(LintReport.Json(files));
        var fileArray = doc.RootElement.GetProperty("files");
        Assert.Equal(2, fileArray.GetArrayLength());
        var d = fileArray[0].GetProperty("diagnostics").EnumerateArray().First(x => x.GetProperty("code").GetString() == "BKP2204");
        Assert.Equal(["code", "severity", "constraint", "path", "property", "message", "line", "column"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("LC-004", d.GetProperty("constraint").GetString());
        Assert.Equal(17, d.GetProperty("line").GetInt32());
    }

    [SharedFact]
    public void Sarif_is_version_2_1_0_with_rules_and_regions()
    {
        var files = new[] { Linter.LintFile(Path.Combine(CorpusFolder, "santdilp__awsbackup__cloudformation__backup.yaml")) };
        using var doc = JsonDocument.Parse(LintReport.Sarif(files, RuleBook.Find, "1.2.3"));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(files[0].Diagnostics.Count, results.Count);
        foreach (var r in results)
        {
            var id = r.GetProperty("ruleId").GetString();
            Assert.Equal(id, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
        }

        var error = results.Single(r => r.GetProperty("level").GetString() == "error");
        Assert.Equal("BKP2204", error.GetProperty("ruleId").GetString());
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "BKP2204" && r.GetProperty("helpUri").GetString()!.StartsWith("https://", StringComparison.Ordinal));
    }

    [SharedFact]
    public void The_cli_exit_codes_are_0_1_and_2()
    {
        int Run(params string[] args) => CliApp.Run(args, new StringWriter(), new StringWriter());
        Assert.Equal(0, Run("lint", Path.Combine(CorpusFolder, "ProfAkymbo__cloudformation-backup-template__backup_template.yml")));
        Assert.Equal(1, Run("lint", Path.Combine(CorpusFolder, "santdilp__awsbackup__cloudformation__backup.yaml")));
        Assert.Equal(2, Run("lint", Path.Combine(CorpusFolder, "no-such-file.yaml")));
        Assert.Equal(1, Run("lint", "--format", "sarif", CorpusFolder));
        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(["explain", "BKP9110"], stdout, new StringWriter()));
        Assert.Contains("BKP9110", stdout.ToString(), StringComparison.Ordinal);
    }

    [SharedFact]
    public void Lint_is_deterministic()
    {
        var a = LintReport.Json([.. Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal).Select(Linter.LintFile)]);
        var b = LintReport.Json([.. Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal).Select(Linter.LintFile)]);
        Assert.Equal(a, b);
    }
}

/// <summary><c>backup-iac convert TEMPLATE --to pulumi --out DIR</c>: the imported resources as a Pulumi program.</summary>
public class ConvertTests
{
    private static string Corpus(string name) => Path.Combine(Repo.Shared, "corpus", "cloudformation", name);

    [SharedFact]
    public void A_valid_template_becomes_a_pulumi_program()
    {
        var dir = Directory.CreateTempSubdirectory("backup-iac-convert-").FullName;
        try
        {
            var stdout = new StringWriter();
            var code = CliApp.Run(["convert", Corpus("torresmaryuris__aws-backup-cloudformation-lab__templates__aws-backup-plan.yaml"), "--to", "pulumi", "--out", dir], stdout, new StringWriter());
            Assert.True(code == 0, stdout.ToString());
            var program = File.ReadAllText(Path.Combine(dir, "Pulumi.yaml"));
            Assert.Contains("runtime: yaml", program, StringComparison.Ordinal);
            Assert.Contains("type: aws:backup:Plan", program, StringComparison.Ordinal);
            Assert.Contains("type: aws:backup:Selection", program, StringComparison.Ordinal);

            // The selection's role is an IAM role of the template (not an AWS Backup resource): it becomes config, described.
            Assert.Contains("config DemoBackupServiceRoleArn: In the CloudFormation template: Fn::GetAtt DemoBackupServiceRole.Arn", stdout.ToString(), StringComparison.Ordinal);
            Assert.Contains("${DemoBackupServiceRoleArn}", program, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedFact]
    public void A_template_with_errors_writes_nothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "backup-iac-convert-none-" + Environment.ProcessId);
        var stdout = new StringWriter();
        Assert.Equal(1, CliApp.Run(["convert", Corpus("santdilp__awsbackup__cloudformation__backup.yaml"), "--to", "pulumi", "--out", dir], stdout, new StringWriter()));
        Assert.Contains("BKP2204", stdout.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
        Assert.Equal(2, CliApp.Run(["convert", Corpus("santdilp__awsbackup__cloudformation__backup.yaml"), "--to", "terraform", "--out", dir], stdout, new StringWriter()));
    }
}

/// <summary>Lint of AWS Organizations backup policies: standalone JSON files and BACKUP_POLICY resources of templates.</summary>
public class PolicyLintTests
{
    private static string Folder => Path.Combine(Repo.Shared, "corpus", "backup-policies");

    [SharedFact]
    public void Corpus_policies_load_and_only_the_known_defect_is_an_error()
    {
        var files = Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal).Select(Linter.LintFile).ToList();
        Assert.Equal(7, files.Count);
        Assert.All(files, f => Assert.False(f.Unreadable, f.Path));
        var withErrors = files.Where(f => f.HasErrors).ToList();
        var lza = Assert.Single(withErrors); // README: the LZA all-enabled Yearly_Rule moves to cold after 1825 days but deletes after 365
        Assert.Contains("all-enabled", lza.Path, StringComparison.Ordinal);
        var error = Assert.Single(lza.Diagnostics, d => d.Diagnostic.Severity == Severity.Error);
        Assert.Equal("BKP6013", error.Diagnostic.Code);
        Assert.Contains("Yearly_Rule", error.Diagnostic.Property, StringComparison.Ordinal);
        var line = File.ReadAllLines(lza.Path)[error.At!.Value.Line - 1];
        Assert.Matches("delete_after_days|move_to_cold_storage_after_days|lifecycle", line);
    }

    [SharedFact]
    public void Policies_inside_templates_are_checked_at_their_lines()
    {
        var file = Linter.LintFile(Path.Combine(Repo.Shared, "corpus", "cloudformation", "aws-samples__backup-recovery-with-aws-backup__cloudformation__stacks__aws-backup-org-policy.yaml"));
        Assert.False(file.HasErrors);
        var placeholders = file.Diagnostics.Where(d => d.Diagnostic.Code == "BKP6067").ToList(); // the copy_actions key is a placeholder, not an ARN (ORG-017)
        Assert.Equal(2, placeholders.Count); // in the daily and the monthly policy
        foreach (var placeholder in placeholders)
        {
            Assert.StartsWith("rOrg", placeholder.Diagnostic.Path, StringComparison.Ordinal);
            Assert.StartsWith("Content.plans.", placeholder.Diagnostic.Property, StringComparison.Ordinal);
            Assert.Contains("Replace with value", File.ReadAllLines(file.Path)[placeholder.At!.Value.Line - 1], StringComparison.Ordinal);
        }
    }
}

/// <summary>Regression cases from the review of lint (files in tests/Backup.Iac.Tests/LintCases).</summary>
public class LintRegressionTests
{
    [Theory]
    [InlineData("deploy-time-lifecycle.yaml", "")] // Lifecycle and EnableContinuousBackup chosen by Fn::If: no "DeleteAfter is not set"
    [InlineData("deploy-time-properties.yaml", "")] // Properties: !If: kept as written, not a crash
    [InlineData("yaml11-booleans.yaml", "")] // off/no are booleans for CloudFormation
    [InlineData("lone-surrogate.json", "BKP9100")] // an escape that is not text: a syntax error, not a stack trace
    [InlineData("min-long.yaml", "BKP9114")] // long.MinValue days: out of range, not an overflow
    [InlineData("fuzz-short-type.yaml", "")] // found by the fuzz test: a GetAtt of a resource whose Type is not an AWS type name
    [InlineData("resource-attributes.yaml", "BKP9110 BKP9112 BKP9113")] // Propertie (E3001), so BackupVaultName is missing (E3003), and DeletionPolicy: retain (E3035)
    public void Review_cases_report_exactly_these_errors(string file, string codes)
    {
        var result = Linter.LintFile(Repo.PathOf("tests", "Backup.Iac.Tests", "LintCases", file));
        var errors = result.Diagnostics.Where(d => d.Diagnostic.Severity == Severity.Error).Select(d => d.Diagnostic.Code).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries), errors);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("${Token[", d.Diagnostic.Message, StringComparison.Ordinal));
    }

    [SharedFact]
    public void Messages_do_not_depend_on_the_files_linted_before()
    {
        var corpus = Path.Combine(Repo.Shared, "corpus", "cloudformation");
        var target = Path.Combine(corpus, "umitseremet__aws-backup__aws-backup.yaml");
        var alone = LintReport.Json([Linter.LintFile(target)]);
        _ = Directory.EnumerateFiles(corpus).Select(Linter.LintFile).ToList();
        Assert.Equal(alone, LintReport.Json([Linter.LintFile(target)]));
    }
}
