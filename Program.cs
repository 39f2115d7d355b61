using Backup.Iac;
var app = new BackupApp();
var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
var vault = prod.AddVault("Primary", new BackupVaultProps { BackupVaultName = "prod-primary" });
var plan = prod.AddPlan("DailyPlan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });
return app.Run(args);
