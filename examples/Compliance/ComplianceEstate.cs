using Backup.Iac;

namespace Compliance;

/// <summary>
/// A compliance example: a production estate, an AWS Backup Audit Manager framework that states the backup policy as
/// controls, the AWS Config recording the framework needs, and report plans that deliver the compliance and job
/// reports to S3. <c>dotnet run -- audit</c> judges the controls before deployment; <c>synth</c> writes the templates.
/// </summary>
public static class ComplianceEstate
{
    private const string Account = "111122223333";

    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps
        {
            Account = Account,
            Region = "eu-west-1",
            Description = "Production backups and their Audit Manager framework (Backup.Iac compliance example).",
        });
        var dr = app.AddStack("DisasterRecovery", new BackupStackProps { Account = Account, Region = "eu-central-1" });

        // Copies land in a locked vault in another Region.
        var copies = dr.AddVault("Copies", new BackupVaultProps
        {
            BackupVaultName = "prod-copies",
            Lock = VaultLock.Governance(minRetention: Duration.Days(7), maxRetention: Duration.Days(400)),
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()),
        });

        // The primary vault is locked too, and denies manual deletion of recovery points.
        var primary = prod.AddVault("Primary", new BackupVaultProps
        {
            BackupVaultName = "prod-primary",
            Lock = VaultLock.Governance(minRetention: Duration.Days(7), maxRetention: Duration.Days(400)),
            AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.DenyRecoveryPointDeletion()),
        });

        // Daily backups kept 35 days and copied to the other Region; monthly backups kept a year.
        var plan = prod.AddPlan("Production", new BackupPlanProps
        {
            Vault = primary,
            Rules =
            [
                BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(copies, Duration.Days(35))] },
                BackupPlanRule.Monthly1Year(),
            ],
            Tags = new Dictionary<string, string> { ["policy"] = "production" },
        });
        plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "production")] });

        // Weekly restore tests of EBS volumes measure the restore time the framework asks for.
        prod.AddRestoreTestingPlan("RestoreTests", new RestoreTestingPlanProps { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 6) })
            .AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" });

        // Audit Manager needs AWS Config to record the backup resource types in this account and Region.
        prod.AddResourceTracking("ResourceTracking", new ResourceTrackingProps { DeliveryBucketName = "config-history-111122223333" });

        // The backup policy, as controls.
        var framework = prod.AddFramework("BackupPolicy", new FrameworkProps
        {
            FrameworkName = "ProductionBackupPolicy",
            Description = "Production resources are backed up daily, kept 35 days, locked, and copied to another Region.",
            Controls =
            [
                Controls.BackupResourcesProtectedByBackupPlan() with { Scope = ControlScope.Tagged("backup", "production") },
                Controls.BackupPlanMinFrequencyAndMinRetention(frequency: Duration.Hours(24), retention: Duration.Days(35)) with { Scope = ControlScope.Tagged("policy", "production") },
                Controls.BackupRecoveryPointManualDeletionDisabled() with { Scope = ControlScope.Vault(primary) },
                Controls.BackupRecoveryPointEncrypted() with { Scope = ControlScope.Tagged("backup", "production") },
                Controls.BackupRecoveryPointMinimumRetention(Duration.Days(35)) with { Scope = ControlScope.Tagged("backup", "production") },
                Controls.BackupResourcesProtectedByCrossRegion("eu-central-1"),
                Controls.BackupResourcesProtectedByBackupVaultLock(minRetention: Duration.Days(7)),
                Controls.BackupLastRecoveryPointCreated(Duration.Days(1)),
                Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)) with { Scope = ControlScope.ResourceTypes("EBS") },
            ],
        });

        // Daily reports: the framework's control compliance, and the backup jobs.
        prod.AddReportPlan("ComplianceReport", new ReportPlanProps
        {
            Description = "Daily compliance of the production backup policy.",
            ReportSetting = ReportSetting.ControlCompliance(framework),
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports-111122223333", "compliance", ReportFormat.Csv, ReportFormat.Json),
        });
        prod.AddReportPlan("JobReport", new ReportPlanProps
        {
            ReportSetting = ReportSetting.BackupJobs(),
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("audit-reports-111122223333", "jobs"),
        });
        return app;
    }
}
