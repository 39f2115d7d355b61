namespace Backup.Iac.Tests;

/// <summary>examples/TenMistakes: every mistake is reported in one run, each with its code, path, property and fix, and nothing is written.</summary>
public class TenMistakesTests
{
    [Fact]
    public void Every_mistake_is_reported_in_one_run_with_code_path_and_fix()
    {
        var result = TenMistakes.TenMistakesEstate.Build().Synth();
        Golden.Match("tests/Golden/TenMistakes/diagnostics.txt", string.Concat(result.Diagnostics.Select(d => d + "\n")));
        var errors = result.Errors.ToList();
        Assert.Equal(
            ["BKP1002", "BKP1303", "BKP1359", "BKP2102", "BKP2108", "BKP2110", "BKP2111", "BKP2119", "BKP2204", "BKP2302", "BKP3069"],
            errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.StartsWith("Prod/", e.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.Property));
            Assert.NotNull(e.ConstraintId);
            Assert.Matches(@"\. [A-Z].*\.$", e.Message); // a statement of the problem, then the fix
        });
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void Synth_exits_1_and_writes_no_output_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "backup-iac-ten-" + Path.GetRandomFileName());
        var stdout = new StringWriter();
        var code = BackupAppHost.Run(TenMistakes.TenMistakesEstate.Build(), ["synth", "--out", dir], stdout, new StringWriter(), color: false);
        Assert.Equal(1, code);
        Assert.False(Directory.Exists(dir));
        Assert.Contains("11 error(s)", stdout.ToString(), StringComparison.Ordinal);
    }
}
