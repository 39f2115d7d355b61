namespace Backup.Iac.Tests;

/// <summary>The lifecycle (BKP22xx) and copy (BKP23xx) rules stay silent on the quick start, a normal estate.</summary>
public class LifecycleAndCopyQuickStartTests
{
    [Fact]
    public void The_quick_start_has_no_lifecycle_or_copy_diagnostics()
    {
        var diagnostics = QuickStart.QuickStartEstate.Build().Synth().Diagnostics;
        var ours = diagnostics.Where(d => d.Code.StartsWith("BKP22", StringComparison.Ordinal) || d.Code.StartsWith("BKP23", StringComparison.Ordinal));
        Assert.Empty(ours);
    }
}

/// <summary>COPY-004 as revised (OQ-018 settled): the usual short-local, long-DR pattern gets no finding.</summary>
public class ShortLocalLongDrCopyTests
{
    [Fact]
    public void COPY_004_short_local_and_long_DR_retention_yields_no_warning()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        var dr = app.AddStack("Dr", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion });
        var local = prod.AddVault("Local", new BackupVaultProps { BackupVaultName = "local" });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr" });
        var plan = prod.AddPlan("Plan", new BackupPlanProps
        {
            Vault = local,
            Rules = [BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(7) }, CopyActions = [CopyAction.To(drVault, Duration.Days(365))] }],
        });
        plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });

        var diagnostics = app.Synth().Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        Assert.DoesNotContain(diagnostics, d => d.Code == "BKP2304");
    }
}
