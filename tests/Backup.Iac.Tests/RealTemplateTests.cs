using Backup.Iac.Import;
using Xunit.Abstractions;

namespace Backup.Iac.Tests;

/// <summary>
/// No error on a valid template: real AWS Backup templates published on GitHub (RealTemplates/README.md names each
/// file's source), and the templates the project's own examples emit, lint without errors wherever cfn-lint accepts
/// them. The warnings that remain are printed, so that each can be reviewed.
/// </summary>
public class RealTemplateTests(ITestOutputHelper output)
{
    private static string Folder => Repo.PathOf("tests", "Backup.Iac.Tests", "RealTemplates");

    /// <summary>The files cfn-lint rejects (README.md, "Rejected by cfn-lint"), with the reason: not asserted error-free.</summary>
    private static readonly Dictionary<string, string> RejectedByCfnLint = new(StringComparer.Ordinal)
    {
        ["aws-samples__backup-recovery-with-aws-backup__cloudformation__stacks__aws-backup-restore-test-plan.yaml"] =
            "E3002: cfn-lint 1.51's schema of AWS::Backup::RestoreTestingPlan has no ScheduleStatus (BKP9110 reports it too)",
    };

    private static List<string> Names() =>
        [.. Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> RealTemplates() => new(Names());

    [Fact]
    public void The_set_has_15_to_30_templates_each_named_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));
        var names = Names();
        Assert.InRange(names.Count, 15, 30);
        Assert.All(names, n => Assert.Contains(n, readme, StringComparison.Ordinal));
        Assert.All(RejectedByCfnLint.Keys, n => Assert.Contains(n, names));
    }

    [CfnLintFact]
    public void Cfn_lint_rejects_exactly_the_files_the_README_says()
    {
        var rejected = Names()
            .Where(n => (CfnLint.Run([Path.Combine(Folder, n)]).ExitCode & 2) != 0)
            .ToList();
        Assert.Equal(RejectedByCfnLint.Keys.Order(StringComparer.Ordinal), rejected.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RealTemplates))]
    public void A_real_template_that_cfn_lint_accepts_has_no_error(string name)
    {
        var file = Linter.LintFile(Path.Combine(Folder, name));
        Print(file);
        Assert.False(file.Unreadable, name);
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code == ImportConstraints.InternalError.Code);
        if (!RejectedByCfnLint.ContainsKey(name))
        {
            Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Where(d => d.Diagnostic.Severity == Severity.Error).Select(d => $"{d.At}: {d.Diagnostic}")));
        }
    }

    public static TheoryData<string> ExampleTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("tests", "Golden"), "template*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.PathOf("tests", "Golden"), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleTemplates))]
    public void A_template_the_examples_emit_has_no_error_when_linted(string name)
    {
        var file = Linter.LintFile(Repo.PathOf("tests", "Golden", name));
        Print(file);
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Where(d => d.Diagnostic.Severity == Severity.Error).Select(d => $"{d.At}: {d.Diagnostic}")));
    }

    private void Print(LintedFile file)
    {
        foreach (var d in file.Diagnostics.Where(d => d.Diagnostic.Severity != Severity.Info))
        {
            output.WriteLine($"{Path.GetFileName(file.Path)}:{d.At}: {d.Diagnostic.Severity.ToString().ToLowerInvariant()} {d.Diagnostic.Code}: {d.Diagnostic.Message} ({d.Diagnostic.Location})");
        }
    }
}
