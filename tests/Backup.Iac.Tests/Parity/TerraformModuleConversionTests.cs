using System.Text.Json.Nodes;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The examples of the most used Terraform module for AWS Backup, <c>lgallard/terraform-aws-backup</c>, written as
/// Backup.Iac estates the way docs/migrate-from-terraform.md maps them. Each test cites the example (path and commit
/// read), and asserts that the emitted CloudFormation has the names, schedules, windows, lifecycles, copy actions and
/// selections the module would send to AWS for it; where the example as written is something AWS refuses, the test
/// asserts the finding and converts what was meant.
/// </summary>
public sealed class TerraformModuleConversionTests
{
    private const string Account = "123456789101";
    private const string Table = "arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table";

    private static BackupStack NewStack(out BackupApp app, string account = Account)
    {
        app = new BackupApp();
        return app.AddStack("Backup", new BackupStackProps { Account = account, Region = "us-east-1" });
    }

    private static Dictionary<string, string> Tags(params (string Key, string Value)[] tags) => tags.ToDictionary(t => t.Key, t => t.Value);

    /// <summary>A rule as the module writes it (minutes for the windows, days for the lifecycle; 0 days means none).</summary>
    private static BackupPlanRule Rule(string name, string? schedule, int start, int completion, int? cold, int? delete, IBackupVault? vault = null) => new()
    {
        RuleName = name,
        Vault = vault,
        Schedule = schedule is null ? null : Schedule.FromExpression(schedule),
        StartWindow = Duration.Minutes(start),
        CompletionWindow = Duration.Minutes(completion),
        Lifecycle = cold is null or 0 && delete is null or 0 ? null : new Lifecycle
        {
            MoveToColdStorageAfter = cold is > 0 ? Duration.Days(cold.Value) : null,
            DeleteAfter = delete is > 0 ? Duration.Days(delete.Value) : null,
        },
    };

    private static BackupApp SimplePlan()
    {
        var stack = NewStack(out var app);
        var vault = stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = "vault-1" });
        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "simple-plan-list",
            Vault = vault,
            Rules = [Rule("rule-1", "cron(0 12 * * ? *)", 120, 360, cold: 0, delete: 90) with { RecoveryPointTags = Tags(("Environment", "production")) }],
        });
        plan.AddSelection("Selection1", new BackupSelectionOptions { SelectionName = "selection-1", Resources = [BackupResource.FromArn(Table)] });
        return app;
    }

    private static BackupApp CompletePlan()
    {
        var stack = NewStack(out var app);
        var vault = stack.AddVault("Vault", new BackupVaultProps
        {
            BackupVaultName = "vault-3",
            Notifications = new VaultNotifications
            {
                TopicArn = "arn:aws:sns:us-east-1:123456789101:backup-vault-events",
                Events = [BackupVaultEvent.BackupJobStarted, BackupVaultEvent.BackupJobCompleted, BackupVaultEvent.BackupJobFailed, BackupVaultEvent.RestoreJobCompleted],
            },
        });
        var westDefault = BackupVault.FromArn("arn:aws:backup:us-west-2:123456789101:backup-vault:Default");
        var eastDefault = BackupVault.FromArn("arn:aws:backup:us-east-2:123456789101:backup-vault:Default");
        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "complete-plan",
            Vault = vault,
            Rules =
            [
                Rule("rule-1", "cron(0 12 * * ? *)", 120, 360, cold: 0, delete: 30) with
                {
                    EnableContinuousBackup = true,
                    CopyActions = [CopyAction.To(westDefault, Duration.Days(90)), CopyAction.To(eastDefault, Duration.Days(90))],
                    RecoveryPointTags = Tags(("Environment", "production")),
                },
                Rule("rule-2", schedule: null, 120, 360, cold: null, delete: null, vault: BackupVault.FromName("Default")),
            ],
        });
        plan.AddSelection("Selection1", new BackupSelectionOptions
        {
            SelectionName = "selection-1",
            Resources =
            [
                BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table1"),
                BackupResource.FromTag(new TagCondition("Environment", "production", "STRINGEQUALS")),
                BackupResource.FromTag(new TagCondition("Owner", "production", "STRINGEQUALS")),
            ],
            Conditions = new SelectionConditions
            {
                StringEquals = [new("aws:ResourceTag/Component", "rds"), new("aws:ResourceTag/Project", "Project1")],
                StringLike = [new("aws:ResourceTag/Application", "app*")],
                StringNotEquals = [new("aws:ResourceTag/Backup", "false")],
                StringNotLike = [new("aws:ResourceTag/Environment", "test*")],
            },
        });
        plan.AddSelection("Selection2", new BackupSelectionOptions
        {
            SelectionName = "selection-2",
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table2")],
        });
        return app;
    }

    private static BackupApp SelectionByTags()
    {
        var stack = NewStack(out var app);
        var vault = stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = "vault-4" });
        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "selection-tags-plan",
            Vault = vault,
            Rules =
            [
                Rule("rule-1", "cron(0 12 * * ? *)", 120, 360, cold: 0, delete: 90) with { RecoveryPointTags = Tags(("Environment", "prod")) },
                Rule("rule-2", schedule: null, 120, 360, cold: null, delete: null, vault: BackupVault.FromName("Default")),
            ],
        });
        plan.AddSelection("Selection1", new BackupSelectionOptions { SelectionName = "selection-1", Resources = [BackupResource.FromTag(new TagCondition("Environment", "prod", "STRINGEQUALS"))] });
        plan.AddSelection("Selection2", new BackupSelectionOptions { SelectionName = "selection-2", Resources = [BackupResource.FromTag(new TagCondition("Backup", "critial", "STRINGEQUALS"))] });
        return app;
    }

    private static BackupApp MultiplePlans()
    {
        var stack = NewStack(out var app);
        var vault = stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = "vault-1" });
        var daily = stack.AddPlan("Daily", new BackupPlanProps
        {
            BackupPlanName = "daily-backup-plan",
            Vault = vault,
            Rules = [Rule("daily-rule", "cron(0 12 * * ? *)", 120, 360, cold: null, delete: 30) with { RecoveryPointTags = Tags(("Environment", "prod"), ("Frequency", "daily")) }],
        });
        daily.AddSelection("ProdDatabases", new BackupSelectionOptions
        {
            SelectionName = "prod_databases",
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table1"), BackupResource.FromTag(new TagCondition("Environment", "prod"))],
        });
        var weekly = stack.AddPlan("Weekly", new BackupPlanProps
        {
            BackupPlanName = "weekly-backup-plan",
            Vault = vault,
            Rules = [Rule("weekly-rule", "cron(0 0 ? * 1 *)", 120, 480, cold: 30, delete: 120) with { RecoveryPointTags = Tags(("Environment", "prod"), ("Frequency", "weekly")) }],
        });
        weekly.AddSelection("AllDatabases", new BackupSelectionOptions
        {
            SelectionName = "all_databases",
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table1"), BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table2")],
        });
        var monthly = stack.AddPlan("Monthly", new BackupPlanProps
        {
            BackupPlanName = "monthly-backup-plan",
            Vault = vault,
            Rules =
            [
                Rule("monthly-rule", "cron(0 0 1 * ? *)", 120, 720, cold: 90, delete: 365) with
                {
                    CopyActions =
                    [
                        new CopyAction
                        {
                            Destination = BackupVault.FromArn("arn:aws:backup:us-west-2:123456789101:backup-vault:Default"),
                            Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(90), DeleteAfter = Duration.Days(365) },
                        },
                    ],
                    RecoveryPointTags = Tags(("Environment", "prod"), ("Frequency", "monthly")),
                },
            ],
        });
        monthly.AddSelection("CriticalDatabases", new BackupSelectionOptions
        {
            SelectionName = "critical_databases",
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table1"), BackupResource.FromTag(new TagCondition("Criticality", "high"))],
        });
        return app;
    }

    private static BackupApp OrganizationBackupPolicy()
    {
        var stack = NewStack(out var app, account: "111111111111");
        stack.AddBackupPolicy("OrgPolicy", new BackupPolicyProps
        {
            PolicyName = "backup-policy",
            Description = "AWS Organizations backup policy",
            Targets = [PolicyTarget.Root("r-a1b2")],
            Document = new BackupPolicyDocument
            {
                Plans = new()
                {
                    ["org-backup-plan"] = new PolicyPlan
                    {
                        Regions = PolicyValue.AssignList("us-west-2", "us-east-1"),
                        Rules = new()
                        {
                            ["critical-systems"] = new PolicyRule
                            {
                                ScheduleExpression = PolicyValue.Assign("cron(0 5 ? * * *)"),
                                StartBackupWindowMinutes = PolicyValue.Assign(60),
                                CompleteBackupWindowMinutes = PolicyValue.Assign(120),
                                TargetBackupVaultName = PolicyValue.Assign("critical-systems-vault"),
                                Lifecycle = new PolicyLifecycle { MoveToColdStorageAfterDays = PolicyValue.Assign(90), DeleteAfterDays = PolicyValue.Assign(365) },
                                CopyActions = new()
                                {
                                    ["arn:aws:backup:us-east-1:111111111111:backup-vault:dr-vault"] =
                                        PolicyCopyAction.To("arn:aws:backup:us-east-1:111111111111:backup-vault:dr-vault", PolicyLifecycle.DeleteAfter(365)),
                                },
                                RecoveryPointTags = new() { ["Environment"] = PolicyTag.Of("Environment", "Production"), ["Criticality"] = PolicyTag.Of("Criticality", "High") },
                            },
                            ["standard-systems"] = new PolicyRule
                            {
                                ScheduleExpression = PolicyValue.Assign("cron(0 1 ? * * *)"),
                                StartBackupWindowMinutes = PolicyValue.Assign(120),
                                CompleteBackupWindowMinutes = PolicyValue.Assign(360),
                                TargetBackupVaultName = PolicyValue.Assign("standard-systems-vault"),
                                Lifecycle = PolicyLifecycle.DeleteAfter(90),
                            },
                        },
                        Selections = new PolicySelections
                        {
                            Tags = new()
                            {
                                ["critical-databases"] = PolicyTagSelection.Of("arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole", "Backup", "critical"),
                                ["production-volumes"] = PolicyTagSelection.Of("arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole", "Environment", "Production"),
                            },
                        },
                        AdvancedBackupSettings = new() { ["ec2"] = new() { ["windows_vss"] = PolicyValue.Assign("enabled") } },
                    },
                },
            },
        });
        return app;
    }

    private static BackupApp SimpleAuditFramework()
    {
        var stack = NewStack(out var app);
        stack.AddFramework("Framework", new FrameworkProps
        {
            FrameworkName = "simple_audit_framework",
            Description = "Basic AWS Backup Audit Framework configuration",
            Controls =
            [
                Controls.BackupResourcesProtectedByBackupPlan(),
                Controls.BackupRecoveryPointMinimumRetention(Duration.Days(30)),
                Controls.BackupRecoveryPointEncrypted(),
            ],
        });
        return app;
    }

    private static BackupApp SimplePlanReport()
    {
        var stack = NewStack(out var app);
        stack.AddReportPlan("Report", new ReportPlanProps
        {
            ReportPlanName = "report_vault_1",
            ReportSetting = ReportSetting.BackupJobs(),
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("my-backup-reports", "vault-1/", ReportFormat.Csv),
        });
        return app;
    }

    private static JsonObject Rule(ParityTemplate template, string planName, string ruleName) =>
        (JsonObject)template.Resources("AWS::Backup::BackupPlan").Select(r => r.Resource["Properties"]!["BackupPlan"]!)
            .Single(p => (string?)p["BackupPlanName"] == planName)["BackupPlanRule"]!.AsArray().Single(r => (string?)r!["RuleName"] == ruleName)!;

    private static JsonObject Selection(ParityTemplate template, string name) =>
        (JsonObject)template.Resources("AWS::Backup::BackupSelection").Select(r => r.Resource["Properties"]!["BackupSelection"]!)
            .Single(s => (string?)s["SelectionName"] == name);

    // lgallard/terraform-aws-backup examples/simple_plan/main.tf @ 50a75702a78ddd7ed2c92c2f7afe73ee916a4258:
    // vault_name "vault-1", plan_name "simple-plan-list", rule-1 cron(0 12 * * ? *) 120/360 minutes, lifecycle
    // cold_storage_after 0 / delete_after 90, recovery_point_tags Environment=production; selection-1 by one table ARN.
    [Fact]
    public void Simple_plan()
    {
        var template = ParityTemplate.Of(SimplePlan());

        Assert.Equal("vault-1", (string?)template.Single("AWS::Backup::BackupVault")["BackupVaultName"]);
        var rule = Rule(template, "simple-plan-list", "rule-1");
        Assert.Equal("cron(0 12 * * ? *)", (string?)rule["ScheduleExpression"]);
        Assert.Equal(120, (int?)rule["StartWindowMinutes"]);
        Assert.Equal(360, (int?)rule["CompletionWindowMinutes"]);
        Assert.Equal("""{"DeleteAfterDays":90}""", rule["Lifecycle"]!.ToJsonString()); // the provider leaves cold_storage_after = 0 out
        Assert.Equal("""{"Environment":"production"}""", rule["RecoveryPointTags"]!.ToJsonString());
        Assert.Equal("""{"Ref":"Vault23237E5B"}""", rule["TargetBackupVault"]!.ToJsonString());
        Assert.Equal($"""["{Table}"]""", Selection(template, "selection-1")["Resources"]!.ToJsonString());

        // Differs on purpose: the module's role gets the backup, restore, S3 backup and S3 restore policies; the
        // generated role of a selection of one table gets the backup policy only (least privilege, as the CDK).
        var policies = template.Single("AWS::IAM::Role")["ManagedPolicyArns"]!.ToJsonString();
        Assert.Contains("AWSBackupServiceRolePolicyForBackup", policies, StringComparison.Ordinal);
        Assert.DoesNotContain("Restore", policies, StringComparison.Ordinal);
        Assert.DoesNotContain("S3", policies, StringComparison.Ordinal);
    }

    // lgallard/terraform-aws-backup examples/complete_plan/main.tf @ 1af162c3be30f550e9e836956f13eebe22ac4468:
    // vault "vault-3" with notifications to the topic backup-vault-events; plan "complete-plan"; rule-1 continuous,
    // kept 30 days, copied to the Default vaults of us-west-2 and us-east-2 (kept 90 days); rule-2 into "Default"
    // (its `schedule` is given twice, a cron expression and then null: converted without one); selection-1 by ARN,
    // two selection tags and the four condition operators; selection-2 by ARN.
    [Fact]
    public void Complete_plan()
    {
        var template = ParityTemplate.Of(CompletePlan());

        template.HasResourceProperties("AWS::Backup::BackupVault", """
            { "BackupVaultName": "vault-3", "Notifications": { "SNSTopicArn": "arn:aws:sns:us-east-1:123456789101:backup-vault-events",
              "BackupVaultEvents": ["BACKUP_JOB_STARTED", "BACKUP_JOB_COMPLETED", "BACKUP_JOB_FAILED", "RESTORE_JOB_COMPLETED"] } }
            """);
        var rule1 = Rule(template, "complete-plan", "rule-1");
        Assert.True((bool?)rule1["EnableContinuousBackup"]);
        Assert.Equal("""{"DeleteAfterDays":30}""", rule1["Lifecycle"]!.ToJsonString());
        Assert.Equal(
            """[{"DestinationBackupVaultArn":"arn:aws:backup:us-west-2:123456789101:backup-vault:Default","Lifecycle":{"DeleteAfterDays":90}},{"DestinationBackupVaultArn":"arn:aws:backup:us-east-2:123456789101:backup-vault:Default","Lifecycle":{"DeleteAfterDays":90}}]""",
            rule1["CopyActions"]!.ToJsonString());
        var rule2 = Rule(template, "complete-plan", "rule-2");
        Assert.Equal("Default", (string?)rule2["TargetBackupVault"]);
        Assert.Null(rule2["ScheduleExpression"]);
        Assert.Null(rule2["Lifecycle"]);
        Assert.Equal(120, (int?)rule2["StartWindowMinutes"]);

        var selection1 = Selection(template, "selection-1");
        Assert.Equal("""["arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table1"]""", selection1["Resources"]!.ToJsonString());
        Assert.Equal(
            """[{"ConditionKey":"Environment","ConditionType":"STRINGEQUALS","ConditionValue":"production"},{"ConditionKey":"Owner","ConditionType":"STRINGEQUALS","ConditionValue":"production"}]""",
            selection1["ListOfTags"]!.ToJsonString());
        var conditions = selection1["Conditions"]!;
        Assert.Equal("""[{"ConditionKey":"aws:ResourceTag/Component","ConditionValue":"rds"},{"ConditionKey":"aws:ResourceTag/Project","ConditionValue":"Project1"}]""", conditions["StringEquals"]!.ToJsonString());
        Assert.Equal("""[{"ConditionKey":"aws:ResourceTag/Application","ConditionValue":"app*"}]""", conditions["StringLike"]!.ToJsonString());
        Assert.Equal("""[{"ConditionKey":"aws:ResourceTag/Backup","ConditionValue":"false"}]""", conditions["StringNotEquals"]!.ToJsonString());
        Assert.Equal("""[{"ConditionKey":"aws:ResourceTag/Environment","ConditionValue":"test*"}]""", conditions["StringNotLike"]!.ToJsonString());
        Assert.Equal("""["arn:aws:dynamodb:us-east-1:123456789101:table/mydynamodb-table2"]""", Selection(template, "selection-2")["Resources"]!.ToJsonString());

        // Differs on purpose: the module also writes an aws_sns_topic_policy for the topic; no topic policy here.
        // BACKUP_JOB_FAILED is kept as the example has it, and reported: AWS no longer sends it.
        Assert.Empty(template.Resources("AWS::SNS::TopicPolicy"));
        Assert.Contains(template.Result.Diagnostics, d => d.Code == "BKP1204" && d.Severity == Severity.Warning && d.Path.ToString() == "Backup/Vault");
    }

    // The same example's rule-1 lifecycle (cold_storage_after = 0, delete_after = 30) copied literally: the provider
    // leaves a 0 out, Backup.Iac reads 0 days as a value (a cold transition on day 0 needs 90 days before deletion), so
    // the conversion leaves it unset (docs/migrate-from-terraform.md, "Defaults that differ").
    [Fact]
    public void Complete_plan_zero_days_copied_literally_are_values()
    {
        var stack = NewStack(out var app);
        stack.AddPlan("Plan", new BackupPlanProps
        {
            Vault = stack.AddVault("Vault"),
            Rules =
            [
                new BackupPlanRule { RuleName = "rule-1", Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(0), DeleteAfter = Duration.Days(30) } },
                new BackupPlanRule { RuleName = "rule-2", Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(0) } },
            ],
        });

        var errors = app.Synth().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Contains(errors, d => d.Code == "BKP2204" && d.Path.ToString() == "Backup/Plan/Rules[rule-1]");
        Assert.Contains(errors, d => d.Code == "BKP2201" && d.Path.ToString() == "Backup/Plan/Rules[rule-2]");
    }

    // lgallard/terraform-aws-backup examples/selection_by_tags/main.tf @ 26415617a224585e6ba234cd8d6c8aac3180bbb7:
    // vault "vault-4", plan "selection-tags-plan", rule-1 kept 90 days and rule-2 into "Default" without a schedule;
    // selection-1 by the tag Environment=prod, selection-2 by the tag Backup=critial (sic: the example's value).
    [Fact]
    public void Selection_by_tags()
    {
        var template = ParityTemplate.Of(SelectionByTags());

        Assert.Equal("""{"DeleteAfterDays":90}""", Rule(template, "selection-tags-plan", "rule-1")["Lifecycle"]!.ToJsonString());
        Assert.Equal("Default", (string?)Rule(template, "selection-tags-plan", "rule-2")["TargetBackupVault"]);
        foreach (var (name, key, value) in new[] { ("selection-1", "Environment", "prod"), ("selection-2", "Backup", "critial") })
        {
            var selection = Selection(template, name);
            Assert.Equal($$"""[{"ConditionKey":"{{key}}","ConditionType":"STRINGEQUALS","ConditionValue":"{{value}}"}]""", selection["ListOfTags"]!.ToJsonString());
            Assert.Null(selection["Resources"]);
        }

        // A selection by tag can pick S3 buckets, so its generated role has the S3 backup policy (the module's role
        // has it always).
        Assert.All(template.Resources("AWS::IAM::Role"), r => Assert.Contains("AWSBackupServiceRolePolicyForS3Backup", r.Resource["Properties"]!["ManagedPolicyArns"]!.ToJsonString(), StringComparison.Ordinal));
    }

    // lgallard/terraform-aws-backup examples/multiple_plans/main.tf @ 0be88d8d1b1779739d3e8832dc832d8b14724699:
    // vault "vault-1" with min_retention_days 7 and max_retention_days 120 but no `locked = true` (so the module
    // creates no lock); plans daily-backup-plan, weekly-backup-plan (cold storage after 30 days, deleted after 120)
    // and monthly-backup-plan (copied to the Default vault of us-west-2), each with its selection.
    [Fact]
    public void Multiple_plans()
    {
        var template = ParityTemplate.Of(MultiplePlans());

        Assert.Null(template.Single("AWS::Backup::BackupVault")["LockConfiguration"]);
        Assert.Equal(3, template.Resources("AWS::Backup::BackupPlan").Count);
        Assert.Equal(3, template.Resources("AWS::Backup::BackupSelection").Count);
        Assert.Equal("cron(0 0 ? * 1 *)", (string?)Rule(template, "weekly-backup-plan", "weekly-rule")["ScheduleExpression"]);
        Assert.Equal("""{"DeleteAfterDays":120,"MoveToColdStorageAfterDays":30}""", Rule(template, "weekly-backup-plan", "weekly-rule")["Lifecycle"]!.ToJsonString());
        Assert.Equal(480, (int?)Rule(template, "weekly-backup-plan", "weekly-rule")["CompletionWindowMinutes"]);
        var monthlyRule = Rule(template, "monthly-backup-plan", "monthly-rule");
        Assert.Equal(720, (int?)monthlyRule["CompletionWindowMinutes"]);
        Assert.Equal(
            """[{"DestinationBackupVaultArn":"arn:aws:backup:us-west-2:123456789101:backup-vault:Default","Lifecycle":{"DeleteAfterDays":365,"MoveToColdStorageAfterDays":90}}]""",
            monthlyRule["CopyActions"]!.ToJsonString());
        Assert.Equal("""{"Environment":"prod","Frequency":"monthly"}""", monthlyRule["RecoveryPointTags"]!.ToJsonString());
        Assert.Equal("""[{"ConditionKey":"Criticality","ConditionType":"STRINGEQUALS","ConditionValue":"high"}]""", Selection(template, "critical_databases")["ListOfTags"]!.ToJsonString());
        Assert.Equal(2, Selection(template, "all_databases")["Resources"]!.AsArray().Count);
    }

    // lgallard/terraform-aws-backup examples/organization_backup_policy/main.tf @ 834b88a277b923162f8befad9c5bb64116b339b9
    // with organizations.tf (corpus copy): the example sets enable_org_policy, org_policy_name "backup-policy", the
    // root as target, `rules`, `selections`, `advanced_backup_settings` (ec2 windows_vss) and `backup_regions`, but not
    // `backup_policies` or `backup_selections`, which are what organizations.tf puts in the policy. The module's
    // content also has no plan name under "plans" and no "@@assign" operators. Backup.Iac reads that content and
    // reports it; the policy meant is then written in AWS's syntax.
    [Fact]
    public void Organization_backup_policy_as_the_module_writes_it_is_reported()
    {
        const string moduleContent = """
            {"plans":{"rules":{},"selections":{},"advanced_backup_settings":{"ec2":{"windows_vss":"enabled"}},"regions":["us-west-2","us-east-1"]}}
            """;

        var parsed = BackupPolicyDocument.Parse(moduleContent);

        // "regions" directly under "plans" is read as a plan name whose value is not a plan (BKP6001), and the module's
        // "ec2" key of advanced_backup_settings is read as a key of a plan called "advanced_backup_settings" (BKP6033).
        Assert.True(parsed.HasErrors);
        Assert.Contains(parsed.Diagnostics, d => d.Code == "BKP6001" && d.Property == "plans.regions");
        Assert.Contains(parsed.Diagnostics, d => d.Code == "BKP6033" && d.Property == "plans.advanced_backup_settings.ec2");
    }

    [Fact]
    public void Organization_backup_policy_as_meant()
    {
        var template = ParityTemplate.Of(OrganizationBackupPolicy());

        var policy = template.Single("AWS::Organizations::Policy");
        Assert.Equal("BACKUP_POLICY", (string?)policy["Type"]);
        Assert.Equal("backup-policy", (string?)policy["Name"]);
        Assert.Equal("""["r-a1b2"]""", policy["TargetIds"]!.ToJsonString());
        var plan = policy["Content"]!["plans"]!["org-backup-plan"]!;
        Assert.Equal("""{"@@assign":["us-west-2","us-east-1"]}""", plan["regions"]!.ToJsonString());
        Assert.Equal("critical-systems-vault", (string?)plan["rules"]!["critical-systems"]!["target_backup_vault_name"]!["@@assign"]);
        Assert.Equal("cron(0 1 ? * * *)", (string?)plan["rules"]!["standard-systems"]!["schedule_expression"]!["@@assign"]);
        Assert.NotNull(plan["rules"]!["critical-systems"]!["copy_actions"]!["arn:aws:backup:us-east-1:111111111111:backup-vault:dr-vault"]);
        Assert.Equal("Backup", (string?)plan["selections"]!["tags"]!["critical-databases"]!["tag_key"]!["@@assign"]);
        Assert.NotNull(plan["advanced_backup_settings"]!["ec2"]);
    }

    // The same example's `rules[0]` as the module's plan: continuous backup with cold storage after 90 days and
    // deletion after 365; AWS keeps continuous backups at most 35 days and cannot move them to cold storage.
    [Fact]
    public void Organization_example_plan_rule_is_refused_as_written()
    {
        var stack = NewStack(out var app);
        stack.AddPlan("Plan", new BackupPlanProps
        {
            BackupPlanName = "org-backup-plan",
            Vault = BackupVault.FromName("critical-systems-vault"),
            Rules = [Rule("critical-systems", "cron(0 5 ? * * *)", 60, 120, cold: 90, delete: 365) with { EnableContinuousBackup = true }],
        });

        var errors = app.Synth().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.Equal(["BKP2119", "BKP2121"], errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("Backup/Plan/Rules[critical-systems]", e.Path.ToString()));
    }

    // lgallard/terraform-aws-backup examples/simple_audit_framework/main.tf and variables.tf @
    // 834b88a277b923162f8befad9c5bb64116b339b9: framework "simple-audit-framework" with
    // BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN (requiredRetentionDays = 30), BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK
    // (requiredRetentionDays = 30) and BACKUP_RECOVERY_POINT_ENCRYPTED (resourceType = EBS). Written as the module passes it,
    // the name and two of the controls are refused; written with the typed controls, it synthesizes (the encryption
    // control evaluates tagged resources, so the example's resourceType = EBS has no typed counterpart: no scope).
    [Fact]
    public void Simple_audit_framework_as_written_is_reported()
    {
        var stack = NewStack(out var app);
        stack.AddFramework("Framework", new FrameworkProps
        {
            FrameworkName = "simple-audit-framework",
            Description = "Basic AWS Backup Audit Framework configuration",
            Controls =
            [
                FrameworkControl.Custom("BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN", new ControlInputParameter("requiredRetentionDays", "30")),
                FrameworkControl.Custom("BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", new ControlInputParameter("requiredRetentionDays", "30")),
                FrameworkControl.Custom("BACKUP_RECOVERY_POINT_ENCRYPTED", new ControlInputParameter("resourceType", "EBS")),
            ],
        });

        var codes = app.Synth().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToHashSet();

        Assert.Superset(new HashSet<string> { "BKP5501", "BKP5701", "BKP5731" }, codes);
    }

    [Fact]
    public void Simple_audit_framework_with_typed_controls()
    {
        var framework = ParityTemplate.Of(SimpleAuditFramework()).Single("AWS::Backup::Framework");

        Assert.Equal("simple_audit_framework", (string?)framework["FrameworkName"]);
        var controls = framework["FrameworkControls"]!.AsArray();
        Assert.Equal(3, controls.Count);
        Assert.Null(controls[0]!["ControlInputParameters"]);
        Assert.Equal("""[{"ParameterName":"requiredRetentionDays","ParameterValue":"30"}]""", controls[1]!["ControlInputParameters"]!.ToJsonString());
        Assert.Null(controls[2]!["ControlInputParameters"]);
    }

    // lgallard/terraform-aws-backup examples/simple_plan_with_report/main.tf @ 2483bf27343c798b640be0be9583286779fceca9:
    // report "report-vault-1" (BACKUP_JOB_REPORT, CSV, bucket my-backup-reports, prefix "vault-1/"). A report plan name
    // takes letters, digits and underscores only, so the name as written is refused (BKP5801); converted as report_vault_1.
    [Fact]
    public void Simple_plan_with_report()
    {
        var stack = NewStack(out var app);
        stack.AddReportPlan("Report", new ReportPlanProps
        {
            ReportPlanName = "report-vault-1",
            ReportSetting = ReportSetting.BackupJobs(),
            ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("my-backup-reports", "vault-1/", ReportFormat.Csv),
        });
        Assert.Contains(app.Synth().Diagnostics, d => d.Code == "BKP5801" && d.Severity == Severity.Error);

        ParityTemplate.Of(SimplePlanReport()).HasResourceProperties("AWS::Backup::ReportPlan", """
            { "ReportPlanName": "report_vault_1", "ReportSetting": { "ReportTemplate": "BACKUP_JOB_REPORT" },
              "ReportDeliveryChannel": { "S3BucketName": "my-backup-reports", "S3KeyPrefix": "vault-1/", "Formats": ["CSV"] } }
            """);
    }

    // Every converted estate above, emitted as JSON, passes cfn-lint (errors; warnings are not failures).
    [CfnLintFact]
    public void The_converted_templates_pass_cfn_lint()
    {
        var folder = Directory.CreateTempSubdirectory("backup-iac-terraform-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (name, build) in new (string, Func<BackupApp>)[]
            {
                ("simple_plan", SimplePlan), ("complete_plan", CompletePlan), ("selection_by_tags", SelectionByTags), ("multiple_plans", MultiplePlans),
                ("organization_backup_policy", OrganizationBackupPolicy), ("simple_audit_framework", SimpleAuditFramework), ("simple_plan_with_report", SimplePlanReport),
            })
            {
                var file = Path.Combine(folder, name + ".json");
                File.WriteAllText(file, ParityTemplate.Of(build()).Template.ToJsonString());
                files.Add(file);
            }

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
