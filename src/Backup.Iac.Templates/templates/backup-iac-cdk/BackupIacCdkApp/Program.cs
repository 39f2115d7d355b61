using Amazon.CDK;
using Backup.Iac;
using Backup.Iac.Cdk;
using Duration = Backup.Iac.Duration;

// The estate, as in any Backup.Iac app.
var backup = new BackupApp();
var prod = backup.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
var vault = prod.AddVault("Primary", new BackupVaultProps { BackupVaultName = "prod-primary" });
var plan = prod.AddPlan("DailyPlan", new BackupPlanProps
{
    Vault = vault,
    Rules = [BackupPlanRule.Daily() with { Lifecycle = Lifecycle.Retain(Duration.Days(35)) }],
});
plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });

// The CDK app: the estate is rendered into a CDK stack, next to whatever else the stack holds.
var app = new App();
var stack = new Stack(app, "Prod", new StackProps
{
    Env = new Amazon.CDK.Environment { Account = prod.Account, Region = prod.Region },
});
_ = new BackupEstate(stack, "Backup", new BackupEstateProps { Stack = prod });
app.Synth();
