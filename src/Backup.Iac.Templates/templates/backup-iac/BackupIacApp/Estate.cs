using Backup.Iac;

namespace BackupIacApp;

/// <summary>The AWS Backup estate: built in one place, so that the program and the tests see the same model.</summary>
public static class Estate
{
    /// <summary>Builds the app: one stack with a vault and a daily plan for everything tagged backup=daily.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var vault = prod.AddVault("Primary", new BackupVaultProps { BackupVaultName = "prod-primary" });
        var plan = prod.AddPlan("DailyPlan", new BackupPlanProps
        {
            Vault = vault,
            Rules = [BackupPlanRule.Daily() with { Lifecycle = Lifecycle.Retain(Duration.Days(35)) }],
        });
        plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });
        return app;
    }
}
