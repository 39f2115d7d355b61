using Backup.Iac;

namespace QuickStart;

/// <summary>The quick start's estate: built here so that the tests can synthesize exactly what the program does.</summary>
public static class QuickStartEstate
{
    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps
        {
            Account = "111122223333",
            Region = "eu-west-1",
            Description = "Backups of the production estate (Backup.Iac quick start).",
        });

        // A vault for daily and weekly backups, with SNS notifications of failed jobs.
        var primary = prod.AddVault("Primary", new BackupVaultProps
        {
            BackupVaultName = "prod-primary",
            Notifications = new VaultNotifications
            {
                TopicArn = "arn:aws:sns:eu-west-1:111122223333:backup-events",
                Events = [BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.CopyJobFailed, BackupVaultEvent.RestoreJobCompleted],
            },
        });

        // A locked vault with a customer managed key for the long-term monthly backups.
        var archive = prod.AddVault("Archive", new BackupVaultProps
        {
            BackupVaultName = "prod-archive",
            EncryptionKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            Lock = VaultLock.Governance(minRetention: Duration.Days(30), maxRetention: Duration.Days(3650)),
            Tags = new Dictionary<string, string> { ["team"] = "platform" },
        });

        // The disaster-recovery vault in another Region, created by another stack.
        var drVault = BackupVault.FromArn("arn:aws:backup:eu-central-1:111122223333:backup-vault:prod-dr");

        var plan = prod.AddPlan("ProdPlan", new BackupPlanProps
        {
            BackupPlanName = "prod-daily-weekly-monthly",
            Vault = primary,
            Rules =
            [
                BackupPlanRule.Daily() with
                {
                    StartWindow = Duration.Hours(1),
                    CompletionWindow = Duration.Hours(8),
                    CopyActions = [CopyAction.To(drVault, retention: Duration.Days(35))],
                },
                BackupPlanRule.Weekly(),
                BackupPlanRule.Monthly1Year(archive) with
                {
                    Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(365) },
                },
            ],
        });

        // Everything tagged backup=prod ...
        plan.AddSelection("Tagged", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromTag("backup", "prod")],
        });

        // ... and the orders table and the EFS file systems, except the scratch one.
        plan.AddSelection("Data", new BackupSelectionOptions
        {
            Resources =
            [
                BackupResource.DynamoDbTable("orders"),
                BackupResource.FromArn("arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/*"),
            ],
            NotResources = ["arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/fs-0123456789abcdef0"],
        });

        return app;
    }
}
