using System.Text.Json;
using Backup.Iac.Emit;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>Legal holds, tiering configurations and settings: lowered, emitted, and the settings reported as not expressible in CloudFormation.</summary>
public class MoreResourcesTests
{
    /// <summary>A valid app with a legal hold, a tiering configuration and global and Region settings.</summary>
    public static BackupApp App() => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new BackupVaultProps { BackupVaultName = "s3-backups" });
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Buckets", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("data-*")] });
        s.AddLegalHold("Hold", new LegalHoldProps
        {
            Title = "Case 42",
            Description = "Keep the recovery points of the audit period.",
            VaultNames = ["s3-backups"],
            FromDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ToDate = new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero),
            Tags = new Dictionary<string, string> { ["case"] = "42" },
        });
        s.AddTieringConfiguration("Tiering", new TieringConfigurationProps
        {
            TieringConfigurationName = "s3_cold_after_90",
            Vault = vault,
            ResourceSelection = [new TieringResourceSelection { Resources = ["*"], TieringDownAfter = Duration.Days(90) }],
        });
        s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true });
        s.AddRegionSettings("Region", new RegionSettingsProps
        {
            ResourceTypeOptInPreference = new Dictionary<string, bool> { ["S3"] = true },
        });
    });

    [Fact]
    public void Legal_holds_and_tiering_are_emitted_with_their_schema_shapes()
    {
        var result = App().Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        var resources = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
        var hold = resources.GetProperty(LogicalIds.FromPath("Hold/Resource")).GetProperty("Properties");
        Assert.Equal("2026-01-01T00:00:00Z", hold.GetProperty("RecoveryPointSelection").GetProperty("DateRange").GetProperty("FromDate").GetString());
        Assert.Equal("case", hold.GetProperty("Tags")[0].GetProperty("Key").GetString()); // a list of Key/Value, as the schema says
        var tiering = resources.GetProperty(LogicalIds.FromPath("Tiering/Resource")).GetProperty("Properties");
        Assert.Equal(LogicalIds.FromPath("Vault/Resource"), tiering.GetProperty("BackupVaultName").GetProperty("Ref").GetString());
        Assert.Equal(90, tiering.GetProperty("ResourceSelection")[0].GetProperty("TieringDownSettingsInDays").GetInt32());
    }

    [Fact]
    public void Settings_are_left_out_of_cloudformation_and_reported()
    {
        var app = App();
        var result = app.Synth();
        var graph = Assert.Single(result.Graphs);
        Assert.Contains(graph.Resources, r => r.Type == ResourceTypes.GlobalSettings);
        var emitted = CloudFormationEmitter.Emit(graph, stackPath: "Test");
        Assert.Equal(EmitStatus.Succeeded, emitted.Status); // warnings: the template is written without the settings
        Assert.DoesNotContain("\"Backup::", emitted.GetText(), StringComparison.Ordinal);
        Assert.Equal([("BKP8001", "Test/Global"), ("BKP8002", "Test/Region")], emitted.Diagnostics.Select(d => (d.Code, d.Path)).Order());

        var stdout = new StringWriter();
        var dir = Path.Combine(Path.GetTempPath(), "backup-iac-more-" + Path.GetRandomFileName());
        try
        {
            Assert.Equal(1, BackupAppHost.Run(app, ["synth", "--out", dir, "--strict"], stdout, new StringWriter(), color: false));
            Assert.Contains("Test/Global: warning BKP8001:", stdout.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(dir));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>
    /// "Not in the future" is judged against the app's clock, not the machine's: the hold of <see cref="App"/> covers
    /// 2026-01-01 to 2026-03-31, so on 2026-02-15 its ToDate is in the future (BKP4504) and on 2026-06-01 it is not.
    /// </summary>
    [Fact]
    public void A_legal_hold_date_is_judged_against_the_apps_clock()
    {
        static IEnumerable<string> DateRangeFindings(DateTimeOffset today)
        {
            var app = App();
            app.Clock = new FixedClock(today);
            return app.Synth().Diagnostics.Where(d => d.Code == "BKP4504").Select(d => $"{d.Path} {d.Property}");
        }

        Assert.Equal(["Test/Hold ToDate"], DateRangeFindings(new DateTimeOffset(2026, 2, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.Empty(DateRangeFindings(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["Test/Hold FromDate"], DateRangeFindings(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>A clock that always reads one time.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
