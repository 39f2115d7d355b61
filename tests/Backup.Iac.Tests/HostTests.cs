namespace Backup.Iac.Tests;

public sealed class HostTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "backup-iac-host-" + Environment.ProcessId + "-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (int Code, string Out, string Err) Run(BackupApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BackupAppHost.Run(app, args, stdout, stderr, color: false);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Synth_writes_one_template_per_stack_and_exits_0()
    {
        var (code, output, _) = Run(QuickStart.QuickStartEstate.Build(), "synth", "--out", dir);
        Assert.Equal(0, code);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
        Assert.Equal(["Prod.template.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Synth_writes_yaml_on_request()
    {
        var (code, _, _) = Run(QuickStart.QuickStartEstate.Build(), "synth", "--out", dir, "--format", "yaml");
        Assert.Equal(0, code);
        Assert.StartsWith("AWSTemplateFormatVersion: 2010-09-09".Replace("2010-09-09", "\"2010-09-09\"", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(dir, "Prod.template.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_exit_1_and_write_nothing()
    {
        var app = Fixture.WithRule(BackupPlanRule.Daily() with
        {
            Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(7), DeleteAfter = Duration.Days(30) },
        });
        var (code, output, _) = Run(app, "synth", "--out", dir);
        Assert.Equal(1, code);
        Assert.Contains("Test/Plan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204:", output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Strict_makes_warnings_fail()
    {
        var app = Fixture.WithVault(new BackupVaultProps());
        app.Acknowledge("BKP0000", "Test", "nothing"); // an acknowledgement of an unknown code is itself a warning
        Assert.Contains(app.Synth().Warnings, d => d.Code == "BKP9007");
        var (code, _, _) = Run(Fixture.WithVault(new BackupVaultProps { RemovalPolicy = Graph.RemovalPolicy.Destroy }), "synth", "--out", dir, "--strict");
        Assert.Equal(1, code); // BKP1011
        var (lenient, _, _) = Run(Fixture.WithVault(new BackupVaultProps { RemovalPolicy = Graph.RemovalPolicy.Destroy }), "synth", "--out", dir);
        Assert.Equal(0, lenient);
    }

    [Theory]
    [InlineData]
    [InlineData("deploy")]
    [InlineData("synth", "--format", "xml")]
    [InlineData("synth", "--out")]
    [InlineData("synth", "--bogus")]
    [InlineData("synth", "--out", "")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, _, err) = Run(QuickStart.QuickStartEstate.Build(), args);
        Assert.Equal(2, code);
        Assert.Contains("Usage:", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Validate_prints_diagnostics_and_writes_nothing()
    {
        var (code, output, _) = Run(QuickStart.QuickStartEstate.Build(), "validate");
        Assert.Equal(0, code);
        Assert.Contains("error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledged_warnings_are_not_reported_but_errors_always_are()
    {
        var app = Fixture.WithRule(BackupPlanRule.Daily() with
        {
            Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(7), DeleteAfter = Duration.Days(30) },
        });
        app.Acknowledge("BKP2204", "Test/Plan", "errors cannot be acknowledged");
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP2204");
    }

    [Fact]
    public void A_second_synth_reports_changes_from_the_template_already_in_the_output_directory()
    {
        static BackupApp Keyed(string key) => Fixture.WithVault(new BackupVaultProps { BackupVaultName = "kept", EncryptionKeyArn = key });
        Assert.Equal(0, Run(Keyed(Fixture.KeyArn), "synth", "--out", dir).Code);
        var (code, output, _) = Run(Keyed(Fixture.KeyArn.Replace("1234abcd", "99999999", StringComparison.Ordinal)), "synth", "--out", dir, "--strict");
        Assert.Contains("Test/Vault#EncryptionKeyArn: warning BKP1008:", output, StringComparison.Ordinal);
        Assert.Equal(1, code); // --strict: the replacement warning fails the synth, and the old template stays
        Assert.Contains("1234abcd", File.ReadAllText(Path.Combine(dir, "Test.template.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_leaves_the_output_directory_as_it_was()
    {
        var app = new BackupApp();
        foreach (var name in new[] { "A", "B" })
        {
            var stack = app.AddStack(name, new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
            Fixture.Plan(stack, stack.AddVault("Vault"), BackupPlanRule.Daily());
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "A.template.json"), "old A");
        Directory.CreateDirectory(Path.Combine(dir, "B.template.json")); // B cannot be written
        var (code, _, err) = Run(app, "synth", "--out", dir);
        Assert.Equal(2, code);
        Assert.Contains("Nothing was changed", err, StringComparison.Ordinal);
        Assert.Equal("old A", File.ReadAllText(Path.Combine(dir, "A.template.json")));
        Assert.Equal([".backup-iac", "A.template.json", "B.template.json"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Path.Combine(dir, ".backup-iac")).Select(Path.GetFileName));
    }
}
