using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using CdkBackup = Amazon.CDK.AWS.Backup;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// The CDK form of the estate, <c>new BackupEstate(this, "Backup")</c>: an estate of its own in the CDK tree, with the
/// CDK stack's environment, validated and rendered when the CDK synthesizes, with the logical IDs and names of the
/// CDK's own <c>aws-backup</c> constructs at the same construct IDs.
/// </summary>
public sealed class CdkFormTests
{
    [Fact]
    public void An_estate_in_the_CDK_tree_writes_what_the_CDKs_aws_backup_constructs_write_at_the_same_IDs()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-form-").FullName;
        try
        {
            var app = new App(new AppProps { Outdir = outdir });
            var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
            var backup = new BackupEstate(stack, "Backup");
            var vault = backup.AddVault("Vault");
            backup.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] })
                .AddSelection("Selection", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });
            Assert.Equal("111122223333", backup.Stack.Account);
            Assert.Equal("eu-west-1", backup.Stack.Region);
            var template = Templates.Cdk(app.Synth(), stack);

            // The CDK's own constructs, same IDs, in a stack of the same ID and environment.
            var cdkApp = new App(new AppProps { Outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-l2-").FullName });
            var cdkStack = new Stack(cdkApp, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
            var cdkVault = new CdkBackup.BackupVault(cdkStack, "Vault");
            var cdkPlan = new CdkBackup.BackupPlan(cdkStack, "Plan", new CdkBackup.BackupPlanProps { BackupVault = cdkVault });
            cdkPlan.AddRule(CdkBackup.BackupPlanRule.Daily());
            cdkPlan.AddSelection("Selection", new CdkBackup.BackupSelectionOptions { Resources = [CdkBackup.BackupResource.FromTag("backup", "daily")] });
            var expected = Templates.Cdk(cdkApp.Synth(), cdkStack);

            foreach (var type in new[] { "AWS::Backup::BackupVault", "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::IAM::Role" })
            {
                Assert.Equal(LogicalIdsOf(expected, type), LogicalIdsOf(template, type));
            }

            var name = (string?)template["Resources"]!["Vault23237E5B"]!["Properties"]!["BackupVaultName"];
            Assert.Equal((string?)expected["Resources"]!["Vault23237E5B"]!["Properties"]!["BackupVaultName"], name);
            Assert.Equal(vault.VaultName, name);
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Fact]
    public void A_selection_beside_its_plan_has_the_logical_IDs_of_the_CDKs_BackupSelection_in_the_stack()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-form-selection-").FullName;
        try
        {
            var app = new App(new AppProps { Outdir = outdir });
            var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
            var backup = new BackupEstate(stack, "Backup");
            var plan = backup.AddPlan("Plan", new BackupPlanProps { Vault = backup.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            backup.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromTag("backup", "daily")] });
            var template = Templates.Cdk(app.Synth(), stack);

            // The CDK's new BackupSelection(stack, 'Selection', { backupPlan }): role SelectionRoleD0EAEC83.
            Assert.Equal(["SelectionRoleD0EAEC83"], LogicalIdsOf(template, "AWS::IAM::Role"));
            Assert.Single(LogicalIdsOf(template, "AWS::Backup::BackupSelection"));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Fact]
    public void An_environment_agnostic_stack_gives_an_estate_whose_account_and_Region_are_chosen_at_deploy_time()
    {
        var app = new App();
        var stack = new Stack(app, "Agnostic");
        var backup = new BackupEstate(stack, "Backup");
        var vault = backup.AddVault("Vault", new BackupVaultProps { BackupVaultName = "agnostic" });
        backup.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });

        Assert.Null(backup.Stack.Account);
        Assert.Null(backup.Stack.Region);
        Assert.Empty(backup.Node.Validate());
        Assert.NotNull(backup.ResourceOf(vault));
        var template = Templates.Cdk(app.Synth(), stack);
        Assert.Equal("agnostic", (string?)template["Resources"]!["Vault23237E5B"]!["Properties"]!["BackupVaultName"]);
    }

    [Fact]
    public void Errors_of_an_estate_in_the_CDK_tree_fail_CDK_synth_and_warnings_are_CDK_warnings()
    {
        var app = new App();
        var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        var backup = new BackupEstate(stack, "Backup");
        var vault = backup.AddVault("Vault");
        backup.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            Rules = [BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Backup.Iac.Duration.Days(30), DeleteAfter = Backup.Iac.Duration.Days(60) } }],
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.Synth());
        Assert.Contains("Prod/Plan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204: ", failure.Message, StringComparison.Ordinal);
        Assert.Null(backup.Graph);
        Assert.Throws<InvalidOperationException>(() => backup.AddVault("TooLate"));
    }

    [Fact]
    public void A_CDK_stack_holds_one_estate_and_estates_of_a_stage_share_one_app()
    {
        var app = new App();
        var prod = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        var dr = new Stack(app, "Dr", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-central-1" } });
        var backup = new BackupEstate(prod, "Backup");
        Assert.Throws<ArgumentException>(() => new BackupEstate(prod, "Again"));
        var recovery = new BackupEstate(dr, "Backup");
        Assert.Same(backup.Stack.Root, recovery.Stack.Root);

        var target = recovery.AddVault("Copies", new BackupVaultProps { BackupVaultName = "copies" });
        var vault = backup.AddVault("Vault", new BackupVaultProps { BackupVaultName = "primary" });
        backup.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            Rules = [BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(target, Backup.Iac.Duration.Days(35))] }],
        }).AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });

        var assembly = app.Synth();
        var rule = Templates.Cdk(assembly, prod)["Resources"]!["PlanDAF4E53A"]!["Properties"]!["BackupPlan"]!["BackupPlanRule"]![0]!;
        Assert.Contains(":backup:eu-central-1:111122223333:backup-vault:copies", rule["CopyActions"]![0]!["DestinationBackupVaultArn"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(Templates.Cdk(assembly, dr)["Resources"]![Backup.Iac.Graph.LogicalIds.FromPath("Copies/Resource")]);
    }

    [Fact]
    public void The_CDK_form_takes_CDK_references_and_acknowledgements()
    {
        var app = new App();
        var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        var bucket = new Bucket(stack, "Data", new BucketProps { Versioned = true });
        var backup = new BackupEstate(stack, "Backup");
        var vault = backup.AddVault("Vault");
        backup.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Data", new BackupSelectionOptions { Resources = [BackupResource.FromS3Bucket(bucket)] });
        backup.Acknowledge("BKP7124", "Plan/Data", "the bucket keeps few overwrites");

        Assert.Empty(backup.Node.Validate());
        Assert.DoesNotContain(backup.Diagnostics, d => d.Code == "BKP7124");
        var template = Templates.Cdk(app.Synth(), stack);
        var arn = template["Resources"]![Backup.Iac.Graph.LogicalIds.FromPath("Plan/Data/Resource")]!["Properties"]!["BackupSelection"]!["Resources"]![0]!.ToJsonString();
        Assert.Contains("\"Ref\":\"Data", arn, StringComparison.Ordinal);
    }

    private static List<string> LogicalIdsOf(JsonObject template, string type) =>
        [.. template["Resources"]!.AsObject().Where(r => (string?)r.Value!["Type"] == type).Select(r => r.Key).Order(StringComparer.Ordinal)];
}
