using Backup.Iac.Graph;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The C# examples of docs/migrate-from-terraform.md compile, build their estate and synthesize without an error, and
/// emit what the Terraform beside each of them declares.
/// </summary>
public sealed class MigrateFromTerraformDocTests
{
    private const string Page = "docs/migrate-from-terraform.md";

    private static readonly Lazy<IReadOnlyList<BackupApp>> Examples = new(() => MarkdownExamples.Build(Page));

    [Fact]
    public void The_page_shows_C_sharp_examples()
    {
        Assert.True(Examples.Value.Count >= 4, $"{Page} shows {Examples.Value.Count} C# examples; expected 4 or more.");
    }

    [Fact]
    public void Each_example_synthesizes_without_an_error() => MarkdownExamples.AssertEachSynthesizesWithoutAnError(Examples.Value);

    [Fact]
    public void The_simple_plan_example_keeps_the_module_names_windows_and_lifecycle()
    {
        var template = ParityTemplate.Of(Examples.Value[0]);

        template.HasResourceProperties("AWS::Backup::BackupVault", """{ "BackupVaultName": "vault-1" }""");
        template.HasResourceProperties("AWS::Backup::BackupPlan", """
            { "BackupPlan": { "BackupPlanName": "simple-plan-list", "BackupPlanRule": [ {
                "RuleName": "rule-1", "ScheduleExpression": "cron(0 12 * * ? *)", "StartWindowMinutes": 120, "CompletionWindowMinutes": 360,
                "Lifecycle": { "DeleteAfterDays": 90, "MoveToColdStorageAfterDays": "<absent>" }, "RecoveryPointTags": { "Environment": "production" } } ] } }
            """);
        template.HasResourceProperties("AWS::Backup::BackupSelection", """
            { "BackupSelection": { "SelectionName": "selection-1", "Resources": ["arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table"] } }
            """);
    }

    [Fact]
    public void The_provider_example_folds_lock_policy_and_notifications_into_the_vault_and_writes_the_provider_windows()
    {
        var template = ParityTemplate.Of(Examples.Value[1]);

        template.HasResourceProperties("AWS::Backup::BackupVault", """
            { "BackupVaultName": "prod-vault", "EncryptionKeyArn": "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
              "LockConfiguration": { "MinRetentionDays": 7, "MaxRetentionDays": 400, "ChangeableForDays": "<absent>" },
              "Notifications": { "SNSTopicArn": "arn:aws:sns:eu-west-1:111122223333:backup-events", "BackupVaultEvents": ["BACKUP_JOB_COMPLETED", "COPY_JOB_FAILED"] },
              "AccessPolicy": { "Statement": [ { "Effect": "Deny", "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"] } ] } }
            """);
        template.HasResourceProperties("AWS::Backup::BackupPlan", """
            { "BackupPlan": { "BackupPlanName": "daily", "BackupPlanRule": [ { "RuleName": "daily", "StartWindowMinutes": 60, "CompletionWindowMinutes": 180, "Lifecycle": { "DeleteAfterDays": 35 } } ] } }
            """);
        template.HasResourceProperties("AWS::Backup::BackupSelection", """
            { "BackupSelection": { "SelectionName": "tagged", "IamRoleArn": "arn:aws:iam::111122223333:role/backup", "NotResources": ["arn:aws:ec2:*:*:volume/*"],
              "ListOfTags": [ { "ConditionType": "STRINGEQUALS", "ConditionKey": "backup", "ConditionValue": "daily" } ] } }
            """);
        Assert.Empty(template.Resources("AWS::IAM::Role")); // the selection has its role, as iam_role_arn
    }

    [Fact]
    public void The_organization_example_is_one_backup_policy_attached_to_the_root()
    {
        var template = ParityTemplate.Of(Examples.Value[2]);

        var policy = template.Single("AWS::Organizations::Policy");
        Assert.Equal("BACKUP_POLICY", (string?)policy["Type"]);
        Assert.Equal("backup-policy", (string?)policy["Name"]);
        Assert.Equal("""["r-a1b2"]""", policy["TargetIds"]!.ToJsonString());
        var rule = policy["Content"]!["plans"]!["OrgDaily"]!["rules"]!["critical-systems"]!;
        Assert.Equal("cron(0 5 ? * * *)", (string?)rule["schedule_expression"]!["@@assign"]);
        Assert.Equal("critical-systems-vault", (string?)rule["target_backup_vault_name"]!["@@assign"]);
        Assert.NotNull(rule["start_backup_window_minutes"]);
    }

    [Fact]
    public void The_audit_example_has_the_typed_controls_and_a_report_per_template()
    {
        var template = ParityTemplate.Of(Examples.Value[3]);

        var framework = template.Single("AWS::Backup::Framework");
        Assert.Equal("simple_audit_framework", (string?)framework["FrameworkName"]);
        var controls = framework["FrameworkControls"]!.AsArray().Select(c => (string?)c!["ControlName"]).ToList();
        Assert.Equal(["BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN", "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", "BACKUP_RECOVERY_POINT_ENCRYPTED"], controls);
        template.HasResourceProperties("AWS::Backup::ReportPlan", """
            { "ReportPlanName": "report_vault_1", "ReportSetting": { "ReportTemplate": "BACKUP_JOB_REPORT" },
              "ReportDeliveryChannel": { "S3BucketName": "my-backup-reports", "S3KeyPrefix": "vault-1/", "Formats": ["CSV"] } }
            """);
        template.HasResourceProperties("AWS::Backup::ReportPlan", """{ "ReportSetting": { "ReportTemplate": "CONTROL_COMPLIANCE_REPORT" } }""");
    }

    [Fact]
    public void The_page_names_each_provider_resource_and_module_variable_it_maps()
    {
        var text = MarkdownExamples.Text(Page);
        string[] resources =
        [
            "aws_backup_vault", "aws_backup_vault_lock_configuration", "aws_backup_vault_notifications", "aws_backup_vault_policy",
            "aws_backup_plan", "aws_backup_selection", "aws_backup_framework", "aws_backup_report_plan", "aws_backup_global_settings",
            "aws_backup_region_settings", "aws_backup_restore_testing_plan", "aws_backup_restore_testing_selection",
            "aws_backup_logically_air_gapped_vault", "aws_organizations_policy",
        ];
        string[] variables =
        [
            "vault_name", "vault_kms_key_arn", "vault_force_destroy", "vault_type", "vault_policy", "locked", "changeable_for_days",
            "min_retention_days", "max_retention_days", "plan_name", "rules", "plans", "selections", "iam_role_arn", "iam_role_name",
            "windows_vss_backup", "notifications", "reports", "audit_framework", "enable_org_policy", "backup_policies",
            "enable_global_settings", "enable_region_settings", "restore_testing_plans", "tags",
        ];
        Assert.All(resources.Concat(variables), name => Assert.Contains($"`{name}", text, StringComparison.Ordinal));
    }

    [SharedFact]
    public void The_import_table_names_each_type_by_the_primary_identifier_of_its_schema()
    {
        var text = MarkdownExamples.Text(Page);
        foreach (var (file, type) in new[]
        {
            ("aws-backup-backupvault.json", "AWS::Backup::BackupVault"), ("aws-backup-backupplan.json", "AWS::Backup::BackupPlan"),
            ("aws-backup-backupselection.json", "AWS::Backup::BackupSelection"), ("aws-backup-framework.json", "AWS::Backup::Framework"),
            ("aws-backup-reportplan.json", "AWS::Backup::ReportPlan"), ("aws-backup-restoretestingplan.json", "AWS::Backup::RestoreTestingPlan"),
            ("aws-backup-restoretestingselection.json", "AWS::Backup::RestoreTestingSelection"),
            ("aws-backup-logicallyairgappedbackupvault.json", "AWS::Backup::LogicallyAirGappedBackupVault"), ("aws-organizations-policy.json", "AWS::Organizations::Policy"),
        })
        {
            var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "reference", "cloudformation", file)))!;
            var row = text.Split('\n').Single(l => l.StartsWith("   | `AWS::", StringComparison.Ordinal) && l.Contains($"`{type}`", StringComparison.Ordinal));
            foreach (var id in schema["primaryIdentifier"]!.AsArray().Select(p => ((string)p!).Replace("/properties/", "", StringComparison.Ordinal)))
            {
                Assert.Contains($"`{id}`", row, StringComparison.Ordinal);
            }

            var readOnly = schema["readOnlyProperties"]?.AsArray().Select(p => (string?)p).ToHashSet() ?? [];
            var importedByGeneratedId = schema["primaryIdentifier"]!.AsArray().Any(p => readOnly.Contains((string?)p));
            Assert.Equal(importedByGeneratedId, row.Contains("read-only", StringComparison.Ordinal));
            Assert.Contains(schema["handlers"]!.AsObject(), h => h.Key == "list");
        }
    }

    [CfnLintFact]
    public void The_templates_of_the_examples_pass_cfn_lint()
    {
        var folder = Directory.CreateTempSubdirectory("backup-iac-tf-doc-").FullName;
        try
        {
            var files = Examples.Value.Select((app, i) =>
            {
                var file = Path.Combine(folder, $"example{i}.json");
                File.WriteAllText(file, ParityTemplate.Of(app).Template.ToJsonString());
                return file;
            }).ToList();

            var (_, output) = CfnLint.Run(files);
            var errors = output.Split('\n').Where(l => l.Contains(":E", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, "cfn-lint found errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
