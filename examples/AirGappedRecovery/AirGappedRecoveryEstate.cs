using Backup.Iac;

namespace AirGappedRecovery;

/// <summary>
/// Recovery from a logically air-gapped vault, with restore tests that prove the backups restore. The shapes follow
/// real templates: an air-gapped vault shared for copy-in, a daily plan copying into it, and an EC2 restore test
/// with metadata overrides.
/// </summary>
public static class AirGappedRecoveryEstate
{
    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build()
    {
        var app = new BackupApp();
        var stack = app.AddStack("Recovery", new BackupStackProps
        {
            Account = "111122223333",
            Region = "eu-west-1",
            Description = "Air-gapped copies and restore tests (Backup.Iac example).",
        });

        var key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var primary = stack.AddVault("Primary", new BackupVaultProps { BackupVaultName = "workloads", EncryptionKeyArn = key });
        var airGapped = stack.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps
        {
            BackupVaultName = "workloads-air-gapped",
            MinRetention = Duration.Days(7),
            MaxRetention = Duration.Days(90),
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts("111122223333")),
        });

        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "workloads-daily",
            Vault = primary,
            Rules =
            [
                BackupPlanRule.Daily() with
                {
                    StartWindow = Duration.Hours(1),
                    CompletionWindow = Duration.Hours(4),
                    CopyActions = [CopyAction.To(airGapped, Duration.Days(35))],
                },
            ],
        });
        plan.AddSelection("Instances", new BackupSelectionOptions
        {
            Resources = [BackupResource.Ec2Instance("*"), BackupResource.EfsFileSystem("*")],
            Conditions = new SelectionConditions { StringEquals = [new ConditionParameter("aws:ResourceTag/backup", "daily")] },
        });

        var restoreTests = stack.AddRestoreTestingPlan("RestoreTests", new RestoreTestingPlanProps
        {
            RestoreTestingPlanName = "weekly_restore_tests",
            Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3),
            StartWindow = Duration.Hours(24),
            RecoveryPointSelection = new RestoreTestingRecoveryPointSelection
            {
                IncludeVaults = ["arn:aws:backup:eu-west-1:111122223333:backup-vault:workloads"],
                RecoveryPointTypes = ["SNAPSHOT"],
                SelectionWindow = Duration.Days(7),
            },
        });
        restoreTests.AddSelection("Instances", new RestoreTestingSelectionOptions
        {
            RestoreTestingSelectionName = "ec2_instances",
            ProtectedResourceType = "EC2",
            ProtectedResourceConditions = new ProtectedResourceConditions
            {
                StringEquals = [new ConditionParameter("aws:ResourceTag/backup", "daily")],
            },
            RestoreMetadataOverrides = new Dictionary<string, string>
            {
                ["subnetId"] = new StackParameter("RestoreSubnetId") { Description = "The subnet restored instances start in." }.Value,
            },
            ValidationWindow = Duration.Hours(2),
        });
        return app;
    }
}
