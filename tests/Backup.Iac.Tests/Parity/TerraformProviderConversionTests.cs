namespace Backup.Iac.Tests.Parity;

/// <summary>
/// Terraform configurations of the test corpus (../shared/corpus/terraform) that use the <c>aws</c> provider's
/// resources directly, written as Backup.Iac estates: the separate vault policy and notifications resources become
/// properties of the vault, and restore testing keeps its names, windows and metadata overrides.
/// </summary>
public sealed class TerraformProviderConversionTests
{
    // corpus: aws-samples/centralized-backup-with-aws-backup-and-terraform modules/backup-account/main.tf,
    // resources aws_backup_vault.central_backup_vault (with a KMS key), aws_backup_vault_policy.backup_vault_policy
    // (operator roles, and CopyIntoBackupVault for the organization) and
    // aws_backup_vault_notifications.backup_notification_on_start (BACKUP_JOB_STARTED). Variables are given values.
    [Fact]
    public void Central_backup_vault_with_policy_and_notifications()
    {
        const string vaultArn = "arn:aws:backup:us-east-1:444455556666:backup-vault:central-backup-vault";
        var policy = $$"""
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Sid": "Allow backup operator actions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::444455556666:role/backup-operator" },
                  "Action": ["backup:DescribeBackupVault", "backup:GetBackupVaultAccessPolicy", "backup:ListRecoveryPointsByBackupVault", "backup:StartBackupJob"],
                  "Resource": "{{vaultArn}}" },
                { "Sid": "Allow restore operator actions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::444455556666:role/restore-operator" },
                  "Action": ["backup:DescribeBackupVault", "backup:GetBackupVaultAccessPolicy", "backup:ListRecoveryPointsByBackupVault", "backup:StartRestoreJob"],
                  "Resource": "{{vaultArn}}" },
                { "Sid": "Allow backup copy by org members", "Effect": "Allow", "Principal": "*", "Action": ["backup:CopyIntoBackupVault"],
                  "Resource": "{{vaultArn}}", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }
              ]
            }
            """;
        var app = new BackupApp();
        var stack = app.AddStack("Central", new BackupStackProps { Account = "444455556666", Region = "us-east-1" });
        stack.AddVault("CentralBackupVault", new BackupVaultProps
        {
            BackupVaultName = "central-backup-vault",
            EncryptionKeyArn = "arn:aws:kms:us-east-1:444455556666:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
            AccessPolicy = VaultAccessPolicy.FromJson(policy),
            Notifications = new VaultNotifications { TopicArn = "arn:aws:sns:us-east-1:444455556666:backup-notifications", Events = [BackupVaultEvent.BackupJobStarted] },
            Tags = new Dictionary<string, string> { ["project"] = "central-backup" },
        });

        var template = ParityTemplate.Of(app);

        var vault = Assert.Single(template.Resources("AWS::Backup::BackupVault"));
        Assert.Equal("Retain", (string?)vault.Resource["DeletionPolicy"]); // aws_backup_vault is destroyed with the configuration; here it is kept
        var properties = vault.Resource["Properties"]!;
        Assert.Equal("central-backup-vault", (string?)properties["BackupVaultName"]);
        Assert.Equal("arn:aws:kms:us-east-1:444455556666:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d", (string?)properties["EncryptionKeyArn"]);
        Assert.Equal("""{"project":"central-backup"}""", properties["BackupVaultTags"]!.ToJsonString());
        var statements = properties["AccessPolicy"]!["Statement"]!.AsArray();
        Assert.Equal(["Allow backup operator actions", "Allow restore operator actions", "Allow backup copy by org members"], statements.Select(s => (string?)s!["Sid"]));
        Assert.Equal("o-a1b2c3d4e5", (string?)statements[2]!["Condition"]!["StringEquals"]!["aws:PrincipalOrgID"]);
        Assert.Equal("""{"BackupVaultEvents":["BACKUP_JOB_STARTED"],"SNSTopicArn":"arn:aws:sns:us-east-1:444455556666:backup-notifications"}""", properties["Notifications"]!.ToJsonString());
        Assert.Single(template.Template["Resources"]!.AsObject()); // three Terraform resources, one CloudFormation resource
    }

    // corpus: pvthanh-sa/aws-backup-restore-testing modules/backup-restore-testing/main.tf,
    // aws_backup_restore_testing_plan.this (LATEST_WITHIN_WINDOW, all vaults, snapshots, UTC) and the selections
    // RestoreTestingSelectionS3 and RestoreTestingSelectionRDS (all protected resources of the type, a validation
    // window, and the RDS subnet group as a metadata override). Variables are given values.
    [Fact]
    public void Restore_testing_plan_and_selections()
    {
        var app = new BackupApp();
        var stack = app.AddStack("RestoreTesting", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = stack.AddRestoreTestingPlan("Plan", new RestoreTestingPlanProps
        {
            RestoreTestingPlanName = "app_restore_testing",
            Schedule = Schedule.FromExpression("cron(0 3 ? * SUN *)"),
            ScheduleTimeZone = "UTC",
            StartWindow = Duration.Hours(8),
            RecoveryPointSelection = new RestoreTestingRecoveryPointSelection
            {
                Algorithm = "LATEST_WITHIN_WINDOW",
                IncludeVaults = ["*"],
                RecoveryPointTypes = ["SNAPSHOT"],
                SelectionWindow = Duration.Days(7),
            },
        });
        var role = BackupRole.FromArn("arn:aws:iam::111122223333:role/backup-service");
        plan.AddSelection("S3", new RestoreTestingSelectionOptions
        {
            RestoreTestingSelectionName = "RestoreTestingSelectionS3",
            ProtectedResourceType = "S3",
            Role = role,
            ProtectedResourceArns = ["*"],
            ValidationWindow = Duration.Hours(4),
        });
        plan.AddSelection("Rds", new RestoreTestingSelectionOptions
        {
            RestoreTestingSelectionName = "RestoreTestingSelectionRDS",
            ProtectedResourceType = "RDS",
            Role = role,
            ProtectedResourceArns = ["*"],
            ValidationWindow = Duration.Hours(4),
            RestoreMetadataOverrides = new Dictionary<string, string> { ["dbSubnetGroupName"] = "app-restore-subnets" },
        });

        var template = ParityTemplate.Of(app);

        template.HasResourceProperties("AWS::Backup::RestoreTestingPlan", """
            { "RestoreTestingPlanName": "app_restore_testing", "ScheduleExpression": "cron(0 3 ? * SUN *)", "ScheduleExpressionTimezone": "UTC", "StartWindowHours": 8,
              "RecoveryPointSelection": { "Algorithm": "LATEST_WITHIN_WINDOW", "IncludeVaults": ["*"], "RecoveryPointTypes": ["SNAPSHOT"], "SelectionWindowDays": 7 } }
            """);
        template.HasResourceProperties("AWS::Backup::RestoreTestingSelection", """
            { "RestoreTestingSelectionName": "RestoreTestingSelectionS3", "ProtectedResourceType": "S3", "ProtectedResourceArns": ["*"],
              "IamRoleArn": "arn:aws:iam::111122223333:role/backup-service", "ValidationWindowHours": 4 }
            """);
        template.HasResourceProperties("AWS::Backup::RestoreTestingSelection", """
            { "RestoreTestingSelectionName": "RestoreTestingSelectionRDS", "ProtectedResourceType": "RDS",
              "RestoreMetadataOverrides": { "dbSubnetGroupName": "app-restore-subnets" } }
            """);
        Assert.Empty(template.Resources("AWS::IAM::Role"));
    }
}
