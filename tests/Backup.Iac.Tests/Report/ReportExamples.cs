namespace Backup.Iac.Tests.Report;

/// <summary>
/// The examples whose estate report is golden-tested and screenshotted in a real browser. One line per example: the
/// name is a key of <see cref="ExampleTests.Valid"/> and the folder of its golden files (add "OrgRollout" here).
/// </summary>
public static class ReportExamples
{
    public static readonly IReadOnlyList<string> Names =
    [
        "QuickStart",
        "AirGappedRecovery",
        "Compliance",
        "Organization",
        "OrgRollout",
    ];

    public static TheoryData<string> Data => new(Names);

    /// <summary>The report as <c>synth --report FILE</c> writes it (the host's hook, the diagnostics it prints).</summary>
    public static string Synth(string name, string dir)
    {
        var file = Path.Combine(dir, name + ".html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BackupAppHost.Run(ExampleTests.Valid[name](), ["synth", "--out", Path.Combine(dir, name), "--report", file], stdout, stderr, color: false);
        Assert.True(code == 0, $"synth --report of {name} exited {code}: {stdout}{stderr}");
        Assert.Contains("Wrote report " + file, stdout.ToString(), StringComparison.Ordinal);
        return File.ReadAllText(file);
    }
}
