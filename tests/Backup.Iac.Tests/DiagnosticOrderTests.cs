using System.Text;
using Backup.Iac.Graph;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>Diagnostics in construct order (issue 13, item 8): synth by the order constructs were added, lint by the template's lines.</summary>
public class DiagnosticOrderTests
{
    [Fact]
    public void Synth_reports_an_earlier_rule_before_a_later_rule_whose_finding_comes_from_the_plan()
    {
        // BKP2020 is found by a plan check at the later rule B; rule A's BKP2207 is found later, by a rule check.
        var result = Fixture.WithRules(
            BackupPlanRule.Daily() with { RuleName = "A", Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(6) } },
            BackupPlanRule.Daily() with { RuleName = "B" }).Synth();
        var paths = result.Diagnostics.Select(d => d.Path).ToList();
        var a = paths.IndexOf("Test/Plan/Rules[A]");
        var b = paths.IndexOf("Test/Plan/Rules[B]");
        Assert.True(a >= 0 && b >= 0, string.Join(" | ", result.Diagnostics));
        Assert.True(a < b, string.Join(" | ", result.Diagnostics));
        Assert.True(paths.LastIndexOf("Test/Plan/Rules[A]") < b, string.Join(" | ", result.Diagnostics));
    }

    [Fact]
    public void Synth_reports_constructs_in_the_order_they_were_added()
    {
        var result = Fixture.App(s =>
        {
            s.AddVault("Zeta", new BackupVaultProps { RemovalPolicy = RemovalPolicy.Destroy });
            s.AddVault("Alpha", new BackupVaultProps { RemovalPolicy = RemovalPolicy.Destroy });
        }).Synth();
        var vaults = result.Diagnostics.Where(d => d.Code == "BKP1011").Select(d => d.Path).ToList();
        Assert.Equal(["Test/Zeta", "Test/Alpha"], vaults);
    }

    [Fact]
    public void Within_a_construct_findings_are_ordered_by_property_then_code()
    {
        var result = Fixture.WithRule(BackupPlanRule.Daily() with
        {
            RuleName = "A",
            StartWindow = Duration.Minutes(30),
            Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(6) },
        }).Synth();
        var rule = result.Diagnostics.Where(d => d.Path == "Test/Plan/Rules[A]").Select(d => (d.Property ?? "", d.Code)).ToList();
        Assert.True(rule.Count >= 2, string.Join(" | ", result.Diagnostics));
        Assert.Equal(rule.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal), rule);
    }

    [Fact]
    public void Lint_reports_in_template_line_order()
    {
        var text = """
            Resources:
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: daily
                    BackupPlanRule:
                      - RuleName: A
                        TargetBackupVault: !Ref Vault
                        ScheduleExpression: cron(0 5 ? * * *)
                        Lifecycle:
                          DeleteAfterDays: 6
                      - RuleName: B
                        TargetBackupVault: !Ref Vault
                        ScheduleExpression: cron(0 5 ? * * *)
                        StartWindowMinutes: 30
              Vault:
                Type: AWS::Backup::BackupVault
                Properties:
                  BackupVaultName: primary
            """;
        var file = Linter.Lint("template.yaml", Encoding.UTF8.GetBytes(text));
        var lines = file.Diagnostics.Where(d => d.At is not null).Select(d => d.At!.Value.Line).ToList();
        Assert.True(lines.Count >= 3, string.Join(" | ", file.Diagnostics));
        Assert.Equal(lines.Order(), lines);
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP1011" && d.At!.Value.Line > 16); // the vault, declared last, comes last
    }
}
