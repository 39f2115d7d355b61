using Backup.Iac.Catalog;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The AWS CDK's <c>aws-backup/test/plan.test.ts</c>, test by test, as Backup.Iac estates (see README.md in this folder).
/// A rule's <c>TargetBackupVault</c> is <c>Ref</c> of the vault (the CDK writes <c>Fn::GetAtt BackupVaultName</c>):
/// both give the vault's name, so the tests compare the logical ID it names.
/// </summary>
public sealed class PlanParityTests
{
    private const string Plan = "AWS::Backup::BackupPlan";

    // CDK: 'create a plan and add rules'. Same rules, names, windows and schedule; the vault reference is a Ref.
    [Fact]
    public void Create_a_plan_and_add_rules()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");
        var otherVault = stack.AddVault("OtherVault");
        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            Rules =
            [
                new BackupPlanRule
                {
                    CompletionWindow = Duration.Hours(2),
                    StartWindow = Duration.Hours(1),
                    Schedule = Schedule.Cron(minute: "30", hour: "3", dayOfMonth: "15"),
                    ScheduleTimeZone = "Etc/UTC", // the CDK's TimeZone.ETC_UTC
                    Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30) },
                },
            ],
        });
        plan.AddRule(BackupPlanRule.Monthly5Year(otherVault));

        ParityTemplate.Of(app).HasResourceProperties(Plan, $$"""
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "CompletionWindowMinutes": 120, "Lifecycle": { "MoveToColdStorageAfterDays": 30 }, "RuleName": "PlanRule0",
                  "ScheduleExpression": "cron(30 3 15 * ? *)", "ScheduleExpressionTimezone": "Etc/UTC", "StartWindowMinutes": 60, "TargetBackupVault": { "Ref": "{{vault.LogicalId}}" } },
                { "Lifecycle": { "DeleteAfterDays": 1825, "MoveToColdStorageAfterDays": 90 }, "RuleName": "Monthly5Year",
                  "ScheduleExpression": "cron(0 5 1 * ? *)", "TargetBackupVault": { "Ref": "{{otherVault.LogicalId}}" } } ] } }
            """);
        Assert.Equal(("Vault23237E5B", "OtherVault3C99BCE2"), (vault.LogicalId, otherVault.LogicalId)); // the CDK's logical IDs
    }

    // CDK: 'create a plan with continuous backup option'. Same since issue 16: a continuous rule without DeleteAfter
    // is kept 35 days (BackupPlanRule.DefaultContinuousRetention); it used to be left unset with a warning (BKP2120).
    [Fact]
    public void Create_a_plan_with_continuous_backup_option()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");
        stack.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [new BackupPlanRule { EnableContinuousBackup = true }] });

        var template = ParityTemplate.Of(app);

        template.HasResourceProperties(Plan, $$"""
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "EnableContinuousBackup": true, "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "PlanRule0", "TargetBackupVault": { "Ref": "{{vault.LogicalId}}" } } ] } }
            """);
        Assert.DoesNotContain(template.Result.Diagnostics, d => d.Code == RuleConstraints.ContinuousRetentionMissing.Code);
    }

    // CDK: 'create a plan with continuous backup option and specify deleteAfter'. Same.
    [Fact]
    public void Create_a_plan_with_continuous_backup_option_and_specify_deleteAfter()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");
        stack.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Continuous(Duration.Days(1)) with { RuleName = null }] });

        ParityTemplate.Of(app).HasResourceProperties(Plan, $$"""
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "EnableContinuousBackup": true, "Lifecycle": { "DeleteAfterDays": 1 }, "RuleName": "PlanRule0", "TargetBackupVault": { "Ref": "{{vault.LogicalId}}" } } ] } }
            """);
    }

    // CDK: 'create a plan and add rules - add BackupPlan.AdvancedBackupSettings.BackupOptions'. Same (windowsVss is
    // AdvancedBackupSetting.WindowsVss()).
    [Fact]
    public void Create_a_plan_and_add_rules_add_AdvancedBackupSettings_BackupOptions()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");
        var plan = stack.AddPlan("Plan", new BackupPlanProps
        {
            Vault = vault,
            AdvancedBackupSettings = [AdvancedBackupSetting.WindowsVss()],
            Rules = [new BackupPlanRule { Schedule = Schedule.Cron(minute: "30", hour: "3", dayOfMonth: "15"), Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30) } }],
        });
        plan.AddRule(BackupPlanRule.Monthly5Year(stack.AddVault("OtherVault")));

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "AdvancedBackupSettings": [ { "BackupOptions": { "WindowsVSS": "enabled" }, "ResourceType": "EC2" } ] } }
            """);
    }

    // CDK: 'daily35DayRetention'. Same since issue 16: the plan creates its vault inside itself, D35/Vault, with the
    // CDK's logical ID D35Vault2A9EB06F (it was D35Vault beside the plan).
    [Fact]
    public void Daily35DayRetention()
    {
        var (app, stack) = ParityTemplate.NewStack();

        var plan = BackupPlan.Daily35DayRetention(stack, "D35");

        var vault = Assert.IsType<BackupVault>(plan.Vault);
        Assert.Equal(("Stack/D35/Vault", "D35Vault2A9EB06F"), (vault.Path, vault.LogicalId));
        Assert.Null(plan.Props.Vault);
        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "D35", "BackupPlanRule": [
                { "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "Daily", "ScheduleExpression": "cron(0 5 * * ? *)", "TargetBackupVault": { "Ref": "D35Vault2A9EB06F" } } ] } }
            """);
    }

    // CDK: 'dailyWeeklyMonthly7YearRetention'. Same rules and, since issue 16, the same vault (DWM7/Vault, DWM7Vault21F17E61).
    [Fact]
    public void DailyWeeklyMonthly7YearRetention()
    {
        var (app, stack) = ParityTemplate.NewStack();

        var plan = BackupPlan.DailyWeeklyMonthly7YearRetention(stack, "DWM7");

        var vault = Assert.IsType<BackupVault>(plan.Vault).LogicalId;
        Assert.Equal("DWM7Vault21F17E61", vault);
        ParityTemplate.Of(app).HasResourceProperties(Plan, $$"""
            { "BackupPlan": { "BackupPlanName": "DWM7", "BackupPlanRule": [
                { "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "Daily", "ScheduleExpression": "cron(0 5 * * ? *)", "TargetBackupVault": { "Ref": "{{vault}}" } },
                { "Lifecycle": { "DeleteAfterDays": 90 }, "RuleName": "Weekly", "ScheduleExpression": "cron(0 5 ? * SAT *)", "TargetBackupVault": { "Ref": "{{vault}}" } },
                { "Lifecycle": { "DeleteAfterDays": 2555, "MoveToColdStorageAfterDays": 90 }, "RuleName": "Monthly7Year", "ScheduleExpression": "cron(0 5 1 * ? *)", "TargetBackupVault": { "Ref": "{{vault}}" } } ] } }
            """);
    }

    // The CDK has no test of these two presets; they follow the same pattern (issue 16 item 5).
    [Fact]
    public void DailyWeeklyMonthly5YearRetention_and_DailyMonthly1YearRetention()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var shared = stack.AddVault("Shared");

        var five = BackupPlan.DailyWeeklyMonthly5YearRetention(stack, "DWM5");
        var one = BackupPlan.DailyMonthly1YearRetention(stack, "DM1", shared);

        Assert.Equal(["Daily", "Weekly", "Monthly5Year"], five.Rules.Select(r => r.RuleName));
        Assert.Equal(["Daily", "Monthly1Year"], one.Rules.Select(r => r.RuleName));
        Assert.Same(shared, one.Vault);
        Assert.Equal("Stack/DWM5/Vault", Assert.IsType<BackupVault>(five.Vault).Path);
        var template = ParityTemplate.Of(app);
        Assert.Equal(2, template.Resources("AWS::Backup::BackupVault").Count); // Shared and DWM5/Vault; DM1 uses Shared
        template.HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "DM1", "BackupPlanRule": [
                { "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "Daily" },
                { "Lifecycle": { "DeleteAfterDays": 365, "MoveToColdStorageAfterDays": 30 }, "RuleName": "Monthly1Year", "ScheduleExpression": "cron(0 5 1 * ? *)" } ] } }
            """);
    }

    // CDK: 'automatically creates a new vault'. Same since issue 16 (it was the error BKP2103): the first rule without a
    // vault makes the plan create Plan/Vault, with the CDK's logical ID; the vault is retained on deletion, as the CDK's.
    [Fact]
    public void Automatically_creates_a_new_vault()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var plan = stack.AddPlan("Plan", new BackupPlanProps());
        Assert.Null(plan.Vault); // no rule yet: no vault

        plan.AddRule(BackupPlanRule.Daily());

        var template = ParityTemplate.Of(app);
        template.HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "Daily", "ScheduleExpression": "cron(0 5 * * ? *)", "TargetBackupVault": { "Ref": "PlanVault0284B0C2" } } ] } }
            """);
        var (id, vault) = Assert.Single(template.Resources("AWS::Backup::BackupVault"));
        Assert.Equal("PlanVault0284B0C2", id);
        Assert.Equal("Retain", (string?)vault["DeletionPolicy"]);
        Assert.DoesNotContain(template.Result.Diagnostics, d => d.Code == RuleConstraints.VaultRequired.Code);
    }

    // Where the CDK creates no vault, neither does Backup.Iac: every rule names its own, so there is none to share.
    [Fact]
    public void A_plan_whose_rules_all_name_a_vault_creates_none()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var own = stack.AddVault("Own");
        var plan = stack.AddPlan("Plan", new BackupPlanProps { Rules = [BackupPlanRule.Daily(own)] });
        plan.AddRule(BackupPlanRule.Weekly(BackupVault.FromName("elsewhere")));

        Assert.Null(plan.Vault);
        Assert.Equal([own.LogicalId], ParityTemplate.Of(app).Resources("AWS::Backup::BackupVault").Select(r => r.LogicalId));

        var (_, other) = ParityTemplate.NewStack();
        var later = other.AddPlan("Plan", new BackupPlanProps { Rules = [BackupPlanRule.Daily(other.AddVault("Own"))] });
        later.AddRule(BackupPlanRule.Monthly1Year()); // the first rule without a vault: now the plan creates one, once
        later.AddRule(BackupPlanRule.Monthly5Year());
        Assert.Equal(["Stack/Own", "Stack/Plan/Vault", "Stack/Plan/Vault"], Enumerable.Range(0, 3).Select(i => ((BackupVault)later.VaultOf(i)!).Path));
        Assert.Single(later.Children.OfType<BackupVault>());
    }

    // CDK: 'create a plan and add rule to copy to a different vault'. Same.
    [Fact]
    public void Create_a_plan_and_add_rule_to_copy_to_a_different_vault()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var primary = stack.AddVault("PrimaryVault");
        var secondary = stack.AddVault("SecondaryVault");
        stack.AddPlan("Plan", new BackupPlanProps
        {
            Vault = primary,
            Rules = [new BackupPlanRule { CopyActions = [new CopyAction { Destination = secondary, Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(120), MoveToColdStorageAfter = Duration.Days(30) } }] }],
        });

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [ { "RuleName": "PlanRule0", "TargetBackupVault": { "Ref": "PrimaryVault9BBEBB0D" },
                "CopyActions": [ { "DestinationBackupVaultArn": { "Fn::GetAtt": ["SecondaryVault67665B5E", "BackupVaultArn"] },
                                   "Lifecycle": { "DeleteAfterDays": 120, "MoveToColdStorageAfterDays": 30 } } ] } ] } }
            """);
    }

    // CDK: 'create a plan and add rule with recoveryPointTags'. Same since issue 16: the plan creates its vault,
    // PlanVault0284B0C2, as the CDK (see Automatically_creates_a_new_vault).
    [Fact]
    public void Create_a_plan_and_add_rule_with_recoveryPointTags()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Rules = [new BackupPlanRule { RecoveryPointTags = new Dictionary<string, string> { ["key"] = "value" } }] });

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "RuleName": "PlanRule0", "TargetBackupVault": { "Ref": "PlanVault0284B0C2" }, "RecoveryPointTags": { "key": "value" } } ] } }
            """);
    }

    // CDK: 'create a plan and add rule with indexActions'. Same: the plan creates its vault (PlanVault0284B0C2) and
    // writes the index action as given.
    [Fact]
    public void Create_a_plan_and_add_rule_with_indexActions()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Rules = [new BackupPlanRule { IndexActions = [IndexAction.For("S3")] }] });

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [
                { "RuleName": "PlanRule0", "TargetBackupVault": { "Ref": "PlanVault0284B0C2" }, "IndexActions": [ { "ResourceTypes": ["S3"] } ] } ] } }
            """);
    }

    // CDK: 'create a plan and add rule with EBS indexActions'. Same.
    [Fact]
    public void Create_a_plan_and_add_rule_with_EBS_indexActions()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Rules = [new BackupPlanRule { IndexActions = [IndexAction.For("EBS")] }] });

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanRule": [ { "IndexActions": [ { "ResourceTypes": ["EBS"] } ] } ] } }
            """);
    }

    // CDK: 'supports a custom index action resource type not yet in CDK'. Differs: IndexAction takes any string, so
    // 'EFS' can be written, but synth reports it as an error (BKP2402, IDX-002): the API's IndexAction.ResourceTypes
    // accepts only EBS and S3 (BOTO BackupRuleInput.IndexActions; developer guide API_IndexAction), and the CDK's
    // template would be rejected at deploy. When AWS adds a type, the catalog's list is what changes.
    [Fact]
    public void Supports_a_custom_index_action_resource_type_not_yet_in_CDK()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Rules = [new BackupPlanRule { IndexActions = [IndexAction.For("EFS")] }] });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == IndexConstraints.IndexResourceType.Code && d.Severity == Severity.Error);
    }

    // CDK: 'does not throw when deleteAfter is a token and moveToColdStorageAfter is set'. Same: an unresolved
    // duration (Duration.Unresolved) is not range-checked (LC-004 compares only known lengths); synth reports no error.
    [Fact]
    public void Does_not_throw_when_deleteAfter_is_a_token_and_moveToColdStorageAfter_is_set() =>
        AssertRuleOk(new BackupPlanRule { Lifecycle = new Lifecycle { DeleteAfter = DaysParameter("DeleteAfter"), MoveToColdStorageAfter = Duration.Days(30) } });

    // CDK: 'does not throw when moveToColdStorageAfter is a token'. Same.
    [Fact]
    public void Does_not_throw_when_moveToColdStorageAfter_is_a_token() =>
        AssertRuleOk(new BackupPlanRule { Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(365), MoveToColdStorageAfter = DaysParameter("ColdAfter") } });

    // CDK: 'does not throw when deleteAfter is a token in combination with enableContinuousBackup'. Same (RULE-019's
    // 1-35 days is checked only for a known length).
    [Fact]
    public void Does_not_throw_when_deleteAfter_is_a_token_in_combination_with_enableContinuousBackup() =>
        AssertRuleOk(new BackupPlanRule { EnableContinuousBackup = true, Lifecycle = new Lifecycle { DeleteAfter = DaysParameter("DeleteAfter") } });

    // CDK: 'does not throw when copy action durations are tokens, regardless of token creation order'. Same (LC-011
    // is checked only for known lengths); the parameters are created cold first, as the CDK test's tokens.
    [Fact]
    public void Does_not_throw_when_copy_action_durations_are_tokens_regardless_of_token_creation_order()
    {
        var cold = DaysParameter("ColdAfter");
        var delete = DaysParameter("DeleteAfter");
        var (app, stack) = ParityTemplate.NewStack();
        var copy = new CopyAction { Destination = stack.AddVault("Other"), Lifecycle = new Lifecycle { DeleteAfter = delete, MoveToColdStorageAfter = cold } };
        stack.AddPlan("Plan", new BackupPlanProps { Vault = stack.AddVault("Vault"), Rules = [BackupPlanRule.Daily() with { CopyActions = [copy] }] });

        ParityTemplate.Of(app).HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanRule": [ { "CopyActions": [ { "Lifecycle": { "DeleteAfterDays": { "Ref": "DeleteAfter" }, "MoveToColdStorageAfterDays": { "Ref": "ColdAfter" } } } ] } ] } }
            """);
    }

    // CDK: 'renders a lifecycle that references a CloudFormation parameter'. Same: a Number stack parameter as
    // Duration.Unresolved is written as its Ref.
    [Fact]
    public void Renders_a_lifecycle_that_references_a_CloudFormation_parameter()
    {
        var (app, stack) = ParityTemplate.NewStack();
        var retention = new StackParameter("RetentionDays") { Type = "Number", Default = "365" };
        stack.AddPlan("Plan", new BackupPlanProps
        {
            Vault = stack.AddVault("Vault"),
            Rules = [new BackupPlanRule
            {
                Lifecycle = new Lifecycle { DeleteAfter = Duration.Unresolved(retention.Value), MoveToColdStorageAfter = Duration.Days(30) },
                Schedule = Schedule.Cron(minute: "0", hour: "5"),
            }],
        });

        var template = ParityTemplate.Of(app);
        template.HasResourceProperties(Plan, """
            { "BackupPlan": { "BackupPlanRule": [ { "Lifecycle": { "DeleteAfterDays": { "Ref": "RetentionDays" }, "MoveToColdStorageAfterDays": 30 } } ] } }
            """);
        Assert.Equal("Number", (string?)template.Template["Parameters"]?["RetentionDays"]?["Type"]);
    }

    // CDK: 'throws when deleteAfter is not greater than moveToColdStorageAfter'. Differs: stricter and at synth; AWS
    // keeps recovery points in cold storage at least 90 days, so DeleteAfter must be 90 days after the move (LC-004).
    [Fact]
    public void Throws_when_deleteAfter_is_not_greater_than_moveToColdStorageAfter() =>
        AssertRuleError(new BackupPlanRule { Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(5), MoveToColdStorageAfter = Duration.Days(6) } }, LifecycleConstraints.ColdToDeleteGap.Code);

    // CDK: 'throws when scheduleExpression is not of type cron'. Differs: AWS documents only cron for backup rules, and
    // a rate() is reported as a warning with its cron equivalent (RULE-005, OQ-009), not thrown.
    [Fact]
    public void Throws_when_scheduleExpression_is_not_of_type_cron()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Vault = stack.AddVault("Vault"), Rules = [new BackupPlanRule { Schedule = Schedule.FromExpression("rate(5 hours)") }] });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == RuleConstraints.ScheduleIsRate.Code);
    }

    // CDK: 'synth fails when plan has no rules'. Same (an error at synth, PLAN-005).
    [Fact]
    public void Synth_fails_when_plan_has_no_rules()
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Vault = stack.AddVault("Vault") });

        var result = app.Synth();

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code == PlanConstraints.RulesRequired.Code);
    }

    // CDK: 'throws when moveToColdStorageAfter is used with enableContinuousBackup'. Same rule, at synth (RULE-021).
    [Fact]
    public void Throws_when_moveToColdStorageAfter_is_used_with_enableContinuousBackup() =>
        AssertRuleError(BackupPlanRule.Continuous(Duration.Days(30)) with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(30), MoveToColdStorageAfter = Duration.Days(10) } }, RuleConstraints.ContinuousCold.Code);

    // CDK: 'throws when deleteAfter is less than 1 in combination with enableContinuousBackup' and '... greater than
    // 35 ...'. Same rule, at synth (RULE-019).
    [Theory]
    [InlineData(0)]
    [InlineData(36)]
    public void Throws_when_continuous_deleteAfter_is_outside_1_to_35_days(int days) =>
        AssertRuleError(BackupPlanRule.Continuous(Duration.Days(days)), RuleConstraints.ContinuousRetention.Code);

    // CDK: 'throws when deleteAfter is not greater than moveToColdStorageAfter in a copy action' and '... not greater
    // than 90 days past moveToColdStorageAfter parameter in a copy action'. Same rule (90 days in cold), at synth (LC-011).
    [Theory]
    [InlineData(5, 6)]
    [InlineData(45, 30)]
    public void Throws_when_copy_action_deleteAfter_is_not_90_days_after_moveToColdStorageAfter(int delete, int cold)
    {
        var (app, stack) = ParityTemplate.NewStack();
        var vault = stack.AddVault("Vault");
        var copy = new CopyAction { Destination = stack.AddVault("Other"), Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(delete), MoveToColdStorageAfter = Duration.Days(cold) } };
        stack.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily() with { CopyActions = [copy] }] });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == LifecycleConstraints.CopyLifecycleBounds.Code && d.Severity == Severity.Error);
    }

    private static Duration DaysParameter(string name) => Duration.Unresolved(new StackParameter(name) { Type = "Number" }.Value);

    private static void AssertRuleOk(BackupPlanRule rule)
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Vault = stack.AddVault("Vault"), Rules = [rule] });

        _ = ParityTemplate.Of(app); // asserts that synth reports no error
    }

    private static void AssertRuleError(BackupPlanRule rule, string code)
    {
        var (app, stack) = ParityTemplate.NewStack();
        stack.AddPlan("Plan", new BackupPlanProps { Vault = stack.AddVault("Vault"), Rules = [rule] });

        Assert.Contains(app.Synth().Diagnostics, d => d.Code == code && d.Severity == Severity.Error);
    }
}
