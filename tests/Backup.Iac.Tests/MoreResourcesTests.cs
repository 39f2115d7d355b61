using System.Text.Json;
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
        var resources = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs))).RootElement.GetProperty("Resources");
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
        Assert.DoesNotContain("\"Backup::", CloudFormationEmitter.Emit(graph), StringComparison.Ordinal);
        var limits = CloudFormationLimits.Check(graph, "Test");
        Assert.Equal([("BKP8001", "Test/Global"), ("BKP8002", "Test/Region")], limits.Select(d => (d.Code, d.Path)).Order());

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
}
