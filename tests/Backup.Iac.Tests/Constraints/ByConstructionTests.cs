using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// Catalog rows that the model makes impossible to break, or that another row's code already enforces. Each test
/// names the row and checks the guarantee on real output, so that a change that breaks it fails here.
/// </summary>
public class ByConstructionTests
{
    private static JsonElement Template(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
    }

    private static IEnumerable<JsonProperty> OfType(JsonElement resources, string type) =>
        resources.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == type);

    private static BackupApp Estate() => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new BackupVaultProps
        {
            Lock = VaultLock.Governance(Duration.Days(7)),
            Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = [BackupVaultEvent.BackupJobCompleted] },
        });
        Fixture.Plan(s, vault, BackupPlanRule.Daily());
        var tests = s.AddRestoreTestingPlan("Restore", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) });
        tests.AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" });
    });

    /// <summary>LOCK-001, NOTIF-012.</summary>
    [Fact]
    public void LOCK_001_and_NOTIF_012_a_vault_has_one_lock_and_one_notification_configuration()
    {
        var vault = Assert.Single(OfType(Template(Estate()), "AWS::Backup::BackupVault")).Value.GetProperty("Properties");
        Assert.Equal(JsonValueKind.Object, vault.GetProperty("LockConfiguration").ValueKind);
        Assert.Equal(JsonValueKind.String, vault.GetProperty("Notifications").GetProperty("SNSTopicArn").ValueKind);
    }

    /// <summary>SEL-001, PLAN-018.</summary>
    [Fact]
    public void SEL_001_and_PLAN_018_every_selection_references_its_plan_so_it_is_deleted_first()
    {
        var resources = Template(Estate());
        var plan = Assert.Single(OfType(resources, "AWS::Backup::BackupPlan")).Name;
        Assert.All(OfType(resources, "AWS::Backup::BackupSelection"), s =>
            Assert.Equal(plan, s.Value.GetProperty("Properties").GetProperty("BackupPlanId").GetProperty("Ref").GetString()));
    }

    /// <summary>RTS-001, RTP-019.</summary>
    [Fact]
    public void RTS_001_and_RTP_019_every_restore_testing_selection_references_its_plan()
    {
        var resources = Template(Estate());
        var plan = Assert.Single(OfType(resources, "AWS::Backup::RestoreTestingPlan")).Name;
        Assert.All(OfType(resources, "AWS::Backup::RestoreTestingSelection"), s =>
            Assert.Equal(plan, s.Value.GetProperty("Properties").GetProperty("RestoreTestingPlanName").GetProperty("Ref").GetString()));
    }

    /// <summary>VAULT-014, PLAN-014, SEL-029, LAG-016, RTP-021, RTS-020.</summary>
    [Fact]
    public void VAULT_014_PLAN_014_SEL_029_LAG_016_RTP_021_RTS_020_no_creator_request_id_is_ever_written()
    {
        // CreatorRequestId exists only in the API; the CloudFormation types have no such property, so the model has none.
        var texts = new[] { Estate(), QuickStart.QuickStartEstate.Build(), AirGappedRecovery.AirGappedRecoveryEstate.Build() }
            .SelectMany(a => a.Synth().Graphs).Select(g => CloudFormationEmitter.Emit(g).GetText());
        Assert.All(texts, t => Assert.DoesNotContain("CreatorRequestId", t, StringComparison.Ordinal));
    }

    /// <summary>XR-008, RULE-018.</summary>
    [Fact]
    public void XR_008_is_reported_by_RULE_018()
    {
        var app = Fixture.WithSelection(new BackupSelectionOptions { Resources = [BackupResource.EfsFileSystem("*")] }, BackupPlanRule.Continuous(Duration.Days(7)));
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP2118");
    }

    /// <summary>XR-016, NOTIF-006.</summary>
    [Fact]
    public void XR_016_is_reported_by_NOTIF_006()
    {
        var app = Fixture.App(s =>
        {
            var vault = s.AddVault("Vault", new BackupVaultProps
            {
                Notifications = new VaultNotifications { TopicArn = Fixture.TopicArn, Events = [BackupVaultEvent.S3BackupObjectFailed] },
            });
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("*")] });
        });
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP1206");
    }

    /// <summary>XR-011, COPY-012.</summary>
    [Fact]
    public void XR_011_is_reported_by_COPY_012_for_a_type_without_cross_region_copies()
    {
        var app = Fixture.WithSelection(
            new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:redshift:eu-west-1:111122223333:cluster:warehouse")] },
            BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(BackupVault.FromArn("arn:aws:backup:eu-central-1:111122223333:backup-vault:dr"), Duration.Days(35))] });
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP2312");
    }

    /// <summary>XR-022, COPY-013.</summary>
    [Fact]
    public void XR_022_is_reported_by_COPY_013_for_copies_out_of_china()
    {
        var app = Fixture.App(
            s => Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily() with
            {
                CopyActions = [CopyAction.To(BackupVault.FromArn("arn:aws-cn:backup:eu-west-1:111122223333:backup-vault:dr"), Duration.Days(35))],
            }),
            region: "cn-north-1");
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP2313");
    }

    /// <summary>COPY-014, LAG-009, LAG-011.</summary>
    [Fact]
    public void COPY_014_copies_into_an_air_gapped_vault_follow_LAG_009_and_LAG_011()
    {
        var app = Fixture.App(s =>
        {
            var airGapped = s.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(30) });
            var plan = s.AddPlan("Plan", new BackupPlanProps
            {
                Vault = s.AddVault("Vault"),
                Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(airGapped, Duration.Days(60))] }],
            });
            plan.AddSelection("Files", new BackupSelectionOptions { Resources = [BackupResource.EfsFileSystem("*")] });
        });
        var codes = app.Synth().Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("BKP1409", codes); // 60 days is above the vault's 30-day maximum
        Assert.Contains("BKP1411", codes); // the source vault has no customer managed key
    }
}
