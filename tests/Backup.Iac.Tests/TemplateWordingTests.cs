using System.Text;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>Messages in the user's language (issue 13, item 5): lint speaks CloudFormation, synth C#.</summary>
public partial class TemplateWordingTests
{
    /// <summary>Codes whose C# wording cannot reach lint: what they report cannot be written in one template (another stack, a change since the last synth, the C# confirmation of a compliance lock).</summary>
    private static readonly HashSet<string> CSharpOnly = ["BKP1359", "BKP7001", "BKP9002", "BKP5865"];

    [Fact]
    public void Every_message_with_CSharp_terms_has_a_template_wording()
    {
        var missing = ConstraintCatalog.All
            .Where(c => CSharpTerm().IsMatch(c.Message) && c.TemplateMessage is null && !CSharpOnly.Contains(c.Code))
            .Select(c => c.Code).ToList();
        Assert.True(missing.Count == 0, "Messages with C# terms and no TemplateMessage: " + string.Join(", ", missing));
    }

    [Fact]
    public void Template_wordings_speak_CloudFormation_and_keep_the_placeholders_meaning()
    {
        foreach (var c in ConstraintCatalog.All.Where(c => c.TemplateMessage is not null))
        {
            var template = c.TemplateMessage!;
            Assert.False(CSharpTerm().IsMatch(template), $"{c.Code}: {template}");
            var own = Placeholders(c.Message);
            Assert.True(Placeholders(template).IsSubsetOf(own), $"{c.Code}: the template wording uses a placeholder the model wording does not have.");
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, [.. Enumerable.Range(0, 10).Select(i => (object)i)]); // well formed
            Assert.EndsWith(".", template, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lint_output_of_a_template_with_such_findings_has_no_CSharp_term()
    {
        var text = """
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                Properties:
                  BackupVaultName: primary
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: daily
                    BackupPlanRule:
                      - RuleName: Continuous
                        TargetBackupVault: !Ref Vault
                        ScheduleExpression: cron(0 5 ? * * *)
                        StartWindowMinutes: 30
                        EnableContinuousBackup: true
                        Lifecycle:
                          DeleteAfterDays: 40
              Everything:
                Type: AWS::Backup::BackupSelection
                Properties:
                  BackupPlanId: !Ref Plan
                  BackupSelection:
                    SelectionName: everything
                    IamRoleArn: arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole
                    Resources: ["*"]
            """;
        var file = Linter.Lint("template.yaml", Encoding.UTF8.GetBytes(text));
        var output = LintReport.Text([file], verbose: true);
        foreach (var code in new[] { "BKP1011", "BKP2111", "BKP2119", "BKP3019" })
        {
            Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == code);
        }

        foreach (var term in new[] { "Duration.", "RemovalPolicy", "BackupResource.", "Props", "stack.Add" })
        {
            Assert.DoesNotContain(term, output, StringComparison.Ordinal);
        }

        Assert.Contains("DeletionPolicy: Retain", output, StringComparison.Ordinal);
        Assert.Contains("StartWindowMinutes", output, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Lint_output_of_the_corpus_has_no_CSharp_term()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Shared, "corpus", "cloudformation")).Order(StringComparer.Ordinal).Select(Linter.LintFile).ToList();
        var lines = LintReport.Text(files, verbose: true).Split('\n').Where(l => CSharpTerm().IsMatch(l)).ToList();
        Assert.True(lines.Count == 0, string.Join("\n", lines));
    }

    [Fact]
    public void Synth_keeps_the_CSharp_terms()
    {
        var result = Fixture.WithVault(new BackupVaultProps { RemovalPolicy = RemovalPolicy.Destroy }).Synth();
        Assert.Contains("RemovalPolicy.Retain", Assert.Single(result.Diagnostics, d => d.Code == "BKP1011").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_errors_say_what_is_wrong_with_the_file()
    {
        var missing = Linter.LintFile(Path.Combine(Path.GetTempPath(), "backup-iac-no-such-file-" + Environment.ProcessId + ".yaml"));
        var d = Assert.Single(missing.Diagnostics).Diagnostic;
        Assert.Equal("BKP9105", d.Code);
        Assert.Contains("does not exist", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("syntax", d.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(missing.Unreadable);

        var empty = Linter.Lint("empty.yaml", []);
        Assert.Contains("The file is empty.", Assert.Single(empty.Diagnostics).Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, LintReport.ExitCode([empty]));
    }

    [Fact]
    public void A_policy_file_syntax_error_does_not_talk_about_CloudFormation_templates()
    {
        var file = Linter.Lint("policy.json", Encoding.UTF8.GetBytes("{\"plans\": {\"Daily\": {\"regions\": ,}}}"));
        var d = Assert.Single(file.Diagnostics).Diagnostic;
        Assert.Equal("BKP9100", d.Code);
        Assert.DoesNotContain("CloudFormation template", d.Message, StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(string format) => [.. Placeholder().Matches(format.Replace("{{", "", StringComparison.Ordinal)).Select(m => m.Value)];

    [GeneratedRegex(@"Duration\.|RemovalPolicy|BackupResource\.|stack\.Add|\.From[A-Z][A-Za-z]*\(|Props\b|\(\.\.\.\)|VaultAccessPolicy\.|ReportFormat\.|Schedule\.[A-Z]|BackupPlanRule\.|VaultLock\.|AddVault|ComplianceLockAcknowledgement")]
    private static partial Regex CSharpTerm();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
