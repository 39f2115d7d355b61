using System.Text.Json;
using System.Text.Json.Nodes;
using Backup.Iac.Changes;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>
/// Catalog rows that no synth-time rule can check (docs/catalog-notes.md says why), tested for the behaviour the notes
/// document: what Backup.Iac does instead, so that a change of that behaviour fails here.
/// </summary>
public class CatalogNotesTests
{
    /// <summary>
    /// OPS-004: the console's visual editor supports only @@assign, and the other operators need its JSON editor. Backup.Iac
    /// writes a policy's JSON as its Content, so @@append and @@remove reach AWS Organizations as written and need no
    /// editor; nothing is reported for them.
    /// </summary>
    [Fact]
    public void OPS_004_operators_other_than_assign_are_written_into_the_policy_content_and_not_reported()
    {
        var document = OrganizationCases.Valid();
        var plan = document["plans"]!["Daily"]!.AsObject();
        plan["regions"] = new JsonObject { ["@@append"] = new JsonArray("eu-west-1") };
        plan["selections"]!["tags"]!["Tagged"]!["tag_value"] = new JsonObject { ["@@remove"] = new JsonArray("none") };
        var app = Fixture.App(s => s.AddBackupPolicy("Policy", new BackupPolicyProps
        {
            Document = BackupPolicyDocument.Parse(document.ToJsonString()).Document,
            Targets = [PolicyTarget.Root("r-ab12")],
        }));

        var result = app.Synth();
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Diagnostics, d => d.ConstraintId is "OPS-001" or "OPS-002" or "OPS-004");
        var content = Content(result);
        Assert.Contains("\"@@append\"", content, StringComparison.Ordinal);
        Assert.Contains("\"@@remove\"", content, StringComparison.Ordinal);
    }

    /// <summary>
    /// XAM-007: cross-account monitoring is a console switch of the management account (no API, no template), and what
    /// happens after opting out is run time; the warning for a tree that declares the switch off (XAM-002, BKP6302) says that
    /// jobs already aggregated stay visible for 30 days and later jobs are not shown.
    /// </summary>
    [Fact]
    public void XAM_007_the_monitoring_switch_warning_says_aggregated_jobs_stay_30_days_after_opting_out()
    {
        var tree = new OrganizationTree("r-ab12", new OrganizationTreeProps { CrossAccountMonitoringEnabled = false });
        tree.Root.AddAccount(Fixture.Account, "Management");
        var app = Fixture.App(s => s.AddBackupPolicy("Policy", new BackupPolicyProps
        {
            Document = BackupPolicyDocument.Parse(OrganizationCases.Json(_ => { })).Document,
            Targets = [tree.Root],
        }));

        var warning = Assert.Single(app.Synth().Diagnostics, d => d.Code == "BKP6302");
        Assert.Contains("for 30 days", warning.Message, StringComparison.Ordinal);
        Assert.Contains("later jobs are not shown", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// GLAG-009: an air-gapped vault is shared through AWS RAM, and the invited account must accept within 12 hours (run
    /// time, outside any template). The app can declare the share as a raw AWS::RAM::ResourceShare that refers to the
    /// vault's ARN; the reference names the vault's resource, so CloudFormation creates the share after the vault.
    /// </summary>
    [Fact]
    public void GLAG_009_an_air_gapped_vault_can_be_shared_through_a_RAM_resource_share_that_refers_to_it()
    {
        var app = Fixture.App(s =>
        {
            var lag = s.AddLogicallyAirGappedVault("Lag", new() { MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) });
            s.AddRawResource("Share", "AWS::RAM::ResourceShare", MapValue.Of(
                new KeyValuePair<string, Value?>("Name", "air-gapped-vault"),
                new KeyValuePair<string, Value?>("ResourceArns", new ListValue([Token.ToValue(lag.VaultArn)])),
                new KeyValuePair<string, Value?>("Principals", new ListValue([(Value)Fixture.OtherAccount]))));
        });

        var result = app.Synth();
        Assert.Empty(result.Errors);
        var resources = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
        var vault = resources.EnumerateObject().Single(r => r.Value.GetProperty("Type").GetString() == "AWS::Backup::LogicallyAirGappedBackupVault").Name;
        var share = resources.EnumerateObject().Single(r => r.Value.GetProperty("Type").GetString() == "AWS::RAM::ResourceShare").Value;
        var arn = Assert.Single(share.GetProperty("Properties").GetProperty("ResourceArns").EnumerateArray());
        Assert.Contains($"\"{vault}\"", arn.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// FW-016: a framework whose deployment status is FAILED (run-time state) does not recover by an update; the guide
    /// says to delete and recreate it. In a template that is a replacement: a new FrameworkName (create-only), which the
    /// change check against the deployed template announces (BKP5503), while an update in place (a new description) is
    /// not announced as one.
    /// </summary>
    [Fact]
    public void FW_016_recreating_a_failed_framework_is_a_rename_that_the_change_check_announces_as_a_replacement()
    {
        static BackupApp Framework(string name, string? description = null) => Fixture.App(s =>
            s.AddFramework("Audit", new FrameworkProps { FrameworkName = name, Description = description, Controls = [Controls.BackupRecoveryPointEncrypted()] }));

        static IReadOnlyList<Diagnostic> Changes(BackupApp before, BackupApp after)
        {
            var previous = CloudFormationEmitter.Emit(Assert.Single(before.Synth().Graphs)).GetText();
            var graph = Assert.Single(after.Synth().Graphs);
            return [.. TemplateChanges.Compare(graph, previous, graph.StackName)];
        }

        var renamed = Assert.Single(Changes(Framework("Failed"), Framework("Recreated")), d => d.Code == "BKP5503");
        Assert.Equal(("Test/Audit", "FrameworkName"), (renamed.Path, renamed.Property));
        Assert.Contains("deletes the framework and creates a new one", renamed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Changes(Framework("Failed"), Framework("Failed", "Retried.")), d => d.Code == "BKP5503");
    }

    private static string Content(SynthResult result)
    {
        var resources = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources");
        var policy = resources.EnumerateObject().Single(r => r.Value.GetProperty("Type").GetString() == "AWS::Organizations::Policy").Value;
        return policy.GetProperty("Properties").GetProperty("Content").GetRawText();
    }
}
