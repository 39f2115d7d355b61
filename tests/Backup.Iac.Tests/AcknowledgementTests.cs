using System.Text;
using Backup.Iac.Import;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>Checked acknowledgements (issue 13, item 3), in C# and in a linted template.</summary>
public class AcknowledgementTests
{
    private static LintedFile LintText(string text) => Linter.Lint("template.yaml", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_mistyped_code_suggests_the_nearest_code()
    {
        var d = Assert.Single(ToolCases.Acknowledging("BKP1O11", "Test/Vault").Synth().Diagnostics, d => d.Code == "BKP9007");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("did you mean BKP1011?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_path_suggests_the_nearest_construct()
    {
        var result = ToolCases.Acknowledging("BKP1011", "Test/Vualt").Synth();
        var d = Assert.Single(result.Diagnostics, d => d.Code == "BKP9009");
        Assert.Contains("did you mean 'Test/Vault'?", d.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "BKP1011"); // the warning it was meant for is still reported
    }

    [Fact]
    public void An_acknowledged_error_is_still_reported_and_so_is_the_acknowledgement()
    {
        var app = Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(60) } });
        app.Acknowledge("BKP2204", "Test/Plan", "We want it.");
        var diagnostics = app.Synth().Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == "BKP2204" && d.Severity == Severity.Error);
        Assert.Contains(diagnostics, d => d.Code == "BKP9008" && d.Path == "Test/Plan");
    }

    [Fact]
    public void An_acknowledgement_of_one_cross_account_precondition_hides_no_other()
    {
        var app = Fixture.App(s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with
        {
            CopyActions = [CopyAction.To(BackupVault.FromArn($"arn:aws:backup:{Fixture.Region}:{Fixture.OtherAccount}:backup-vault:dr"), Duration.Days(35))],
        }));
        app.Acknowledge("BKP2357", "Test/Plan", "Both accounts are in our Organization.");
        var codes = app.Synth().Diagnostics.Select(d => d.Code).ToList();
        Assert.DoesNotContain("BKP2357", codes);
        Assert.Contains("BKP2356", codes);
        Assert.Contains("BKP2358", codes);
        Assert.Contains("BKP2359", codes);
        Assert.DoesNotContain("BKP9010", codes);
    }

    private const string Vault = """
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: primary
        """;

    [Fact]
    public void Lint_takes_acknowledgements_from_the_template_metadata_and_checks_them()
    {
        var file = LintText("""
            Metadata:
              BackupIac:
                Acknowledge:
                  - Code: BKP1011
                    At: Vault
                    Reason: A sandbox vault, emptied before the stack is deleted.
                  - Code: BKP1O12
                    At: Vault
                    Reason: typo
                  - Code: BKP1011
                    At: Vualt
                    Reason: typo
                  - Code: BKP2204
                    At: Vault
                    Reason: an error
            """ + "\n" + Vault);
        var codes = file.Diagnostics.Select(d => d.Diagnostic.Code).ToList();
        Assert.DoesNotContain("BKP1011", codes);
        var unknownCode = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP9007").Diagnostic;
        Assert.Contains("did you mean BKP1012?", unknownCode.Message, StringComparison.Ordinal);
        var unknownPath = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP9009").Diagnostic;
        Assert.Equal("Vualt", unknownPath.Path);
        Assert.Contains("did you mean 'Vault'?", unknownPath.Message, StringComparison.Ordinal);
        Assert.Contains("BKP9008", codes);
        Assert.Equal(Severity.Warning, unknownPath.Severity);
    }

    [Fact]
    public void Lint_takes_acknowledgements_from_a_resource_metadata_at_its_logical_id()
    {
        var file = LintText("""
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                Metadata:
                  BackupIac:
                    Acknowledge:
                      - Code: BKP1011
                        Reason: A sandbox vault, emptied before the stack is deleted.
                Properties:
                  BackupVaultName: primary
            """);
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code is "BKP1011" or "BKP9009" or "BKP9010");
    }

    [Fact]
    public void An_acknowledgement_that_matched_nothing_is_shown_only_under_verbose()
    {
        var file = LintText("""
            Metadata:
              BackupIac:
                Acknowledge:
                  - {Code: BKP3019, At: Vault, Reason: "No selection here any more."}
            """ + "\n" + Vault);
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP9010").Diagnostic;
        Assert.Equal(Severity.Info, d.Severity);
        Assert.DoesNotContain("BKP9010", LintReport.Text([file]), StringComparison.Ordinal);
        Assert.Contains("BKP9010", LintReport.Text([file], verbose: true), StringComparison.Ordinal);
    }
}
