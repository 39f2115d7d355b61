using System.Text.Json;
using System.Text.Json.Nodes;

namespace Backup.Iac.Tests;

/// <summary>
/// The effective policy of an account (catalog §6.6): the documented examples of the seeds (E-ORG-2 inheritance,
/// E-ORG-3 the plan created in an account, E-ORG-4 the invalid effective plan) and the inheritance operators as the
/// AWS Organizations guide describes them (@@assign overrides, @@append and @@remove on lists, child control operators,
/// policies at the same level).
/// </summary>
public class EffectivePolicyTests
{
    private const string Role = "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole";

    private static BackupPolicyDocument Doc(string json)
    {
        var result = BackupPolicyDocument.Parse(json);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    private static JsonObject Assign(JsonNode value) => new() { ["@@assign"] = value };

    /// <summary>A complete one-plan policy: <paramref name="plan"/> daily at 05:00, kept <paramref name="days"/> days.</summary>
    private static string Daily(string plan = "Daily", int days = 7, string regions = "us-east-1") => new JsonObject
    {
        ["plans"] = new JsonObject
        {
            [plan] = new JsonObject
            {
                ["regions"] = Assign(new JsonArray(regions)),
                ["rules"] = new JsonObject
                {
                    ["Daily"] = new JsonObject
                    {
                        ["schedule_expression"] = Assign("cron(0 5 ? * * *)"),
                        ["target_backup_vault_name"] = Assign("Default"),
                        ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign(days.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                    },
                },
                ["selections"] = new JsonObject { ["tags"] = new JsonObject { ["Tagged"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["tag_key"] = Assign("backup"), ["tag_value"] = Assign(new JsonArray("daily")) } } },
            },
        },
    }.ToJsonString();

    /// <summary>Root r-ab12; OU Finance (ou-ab12-f1f1f1f1) with account 111111111111; account 222222222222 under the root.</summary>
    private static (OrganizationTree Tree, OrganizationNode Finance, OrganizationNode Payroll, OrganizationNode Sales) Org()
    {
        var tree = new OrganizationTree("r-ab12");
        var finance = tree.Root.AddOrganizationalUnit("ou-ab12-f1f1f1f1", "Finance");
        var payroll = finance.AddAccount("111111111111", "Payroll");
        var sales = tree.Root.AddAccount("222222222222", "Sales");
        return (tree, finance, payroll, sales);
    }

    private static string DeleteAfter(EffectivePolicy e, string plan = "Daily", string rule = "Daily") =>
        e.Policy.Plans[plan].Rules![rule].Lifecycle!.DeleteAfterDays!.Text!;

    /// <summary>E-ORG-2 (L16001-16012): policy A (daily, 7 days) on the organization, policy B (30 days) on the Finance OU, same plan name: merged.</summary>
    [Fact]
    public void E_ORG_2_a_Finance_policy_overrides_the_lifecycle_for_Finance_accounts_only()
    {
        var (tree, finance, _, _) = Org();
        tree.Attach(tree.Root, Doc(Daily(days: 7)), "A");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"rules": {"Daily": {"lifecycle": {"delete_after_days": {"@@assign": "30"}}}}}}}"""), "B");
        var payroll = EffectivePolicy.For(tree, "111111111111");
        var sales = EffectivePolicy.For(tree, "222222222222");
        Assert.Empty(payroll.Diagnostics);
        Assert.Equal("30", DeleteAfter(payroll));
        Assert.Equal("cron(0 5 ? * * *)", payroll.Policy.Plans["Daily"].Rules!["Daily"].ScheduleExpression!.Text);
        Assert.Equal("7", DeleteAfter(sales));
        Assert.Equal(["A", "B"], payroll.Applied.Select(a => a.Name));
        Assert.Equal(["A"], sales.Applied.Select(a => a.Name));
    }

    /// <summary>E-ORG-2 (L16013-16025): policies with different plan names coexist without merging (OPS-005).</summary>
    [Fact]
    public void OPS_005_plans_with_different_names_coexist()
    {
        var (tree, finance, _, _) = Org();
        tree.Attach(tree.Root, Doc(Daily("A", days: 7)), "A");
        tree.Attach(finance, Doc(Daily("B", days: 30)), "B");
        var payroll = EffectivePolicy.For(tree, "111111111111");
        Assert.Equal(["a", "b"], payroll.Policy.Plans.Keys);
        Assert.Equal("7", DeleteAfter(payroll, "A"));
        Assert.Equal("30", DeleteAfter(payroll, "B"));
    }

    /// <summary>"Account X gets daily backups kept 35 days", checked before anything is deployed.</summary>
    [Fact]
    public void An_account_gets_daily_backups_kept_35_days()
    {
        var (tree, _, payroll, _) = Org();
        var app = new BackupApp();
        app.AddStack("Management", new() { Account = "999999999999", Region = "us-east-1" })
            .AddBackupPolicy("Daily", new BackupPolicyProps { Document = Doc(Daily(days: 35)), Targets = [tree.Root] });
        var effective = EffectivePolicy.For(tree, payroll.Id);
        var rule = effective.Policy.Plans["daily"].Rules!["daily"];
        Assert.True(rule.Lifecycle!.DeleteAfterDays!.TryGetWholeNumber(out var days) && days == 35);
        Assert.Equal("cron(0 5 ? * * *)", rule.ScheduleExpression!.Text);
        Assert.False(effective.HasErrors);
        Assert.Equal(["Management/Daily"], effective.Applied.Select(a => a.Name));
    }

    [SharedFact]
    public void The_effective_json_has_no_operators_and_keys_in_lower_case()
    {
        var effective = EffectivePolicy.Of(Doc(PolicySources.SeedPolicy));
        var json = JsonNode.Parse(effective.Json)!;
        Assert.DoesNotContain("@@", effective.Json, StringComparison.Ordinal);
        var rule = json["plans"]!["piibackupplan"]!["rules"]!["hourly"]!;
        Assert.Equal("cron(0 0/1 ? * * *)", rule["schedule_expression"]!.GetValue<string>());
        Assert.Equal(["us-east-1", "eu-north-1"], json["plans"]!["piibackupplan"]!["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["PII", "RED"], json["plans"]!["piibackupplan"]!["selections"]!["tags"]!["selectiondatatype"]!["tag_value"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("180", effective.Policy.Plans["PiiBackupPlan"].Rules!["Hourly"].Lifecycle!.MoveToColdStorageAfterDays!.Text);
    }

    /// <summary>
    /// E-ORG-3 (L22647-22690): the plan AWS Backup created in an account from a policy. The policy that produces it,
    /// merged for one account, has the names the event shows (lower case), the same schedule, windows and retention,
    /// and one STRINGEQUALS condition per tag value.
    /// </summary>
    [SharedFact]
    public void E_ORG_3_the_effective_plan_matches_the_plan_AWS_Backup_created()
    {
        var evt = JsonNode.Parse(string.Concat(PolicySources.GuideLines(22647, 22690).Split('\n')))!["serviceEventDetails"]!;
        var rules = JsonNode.Parse(evt["backupRules"]!.GetValue<string>())!.AsArray();
        var selections = JsonNode.Parse(evt["backupSelections"]!.GetValue<string>())!.AsArray();
        var policy = Doc("""
            {"plans": {"MyBackupPlan": {
              "regions": {"@@assign": ["ca-central-1"]},
              "rules": {"Hourly": {
                "schedule_expression": {"@@assign": "cron(0 0/1 ? * * *)"},
                "start_backup_window_minutes": {"@@assign": "60"},
                "complete_backup_window_minutes": {"@@assign": "120"},
                "target_backup_vault_name": {"@@assign": "CryoControllerCAMTestBackupVault"},
                "lifecycle": {"delete_after_days": {"@@assign": "7"}}}},
              "selections": {"tags": {"SelectionDataType": {
                "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/OrganizationmyRoleTestRole"},
                "tag_key": {"@@assign": "dataType"},
                "tag_value": {"@@assign": ["PII", "RED"]}}}}}}}
            """);
        var effective = EffectivePolicy.Of(policy, "123456789012");
        Assert.False(effective.HasErrors, string.Join("\n", effective.Diagnostics));
        var plan = Assert.Single(effective.Policy.Plans);
        Assert.Equal(evt["backupPlanName"]!.GetValue<string>(), plan.Key);
        var (ruleName, rule) = Assert.Single(plan.Value.Rules!);
        var created = Assert.Single(rules)!;
        Assert.Equal(created["name"]!.GetValue<string>(), ruleName);
        Assert.Equal(created["scheduleExpression"]!.GetValue<string>(), rule.ScheduleExpression!.Text);
        Assert.Equal(created["startWindow"]!.GetValue<string>(), System.Xml.XmlConvert.ToString(TimeSpan.FromMinutes(long.Parse(rule.StartBackupWindowMinutes!.Text!, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(created["completionWindow"]!.GetValue<string>(), System.Xml.XmlConvert.ToString(TimeSpan.FromMinutes(long.Parse(rule.CompleteBackupWindowMinutes!.Text!, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(created["lifecycle"]!["deleteAfterDays"]!.GetValue<string>(), rule.Lifecycle!.DeleteAfterDays!.Text);
        Assert.EndsWith(":backup-vault:" + rule.TargetBackupVaultName!.Text, created["cryopodArn"]!.GetValue<string>(), StringComparison.Ordinal);
        var (selectionName, selection) = Assert.Single(plan.Value.Selections!.Tags!);
        var createdSelection = Assert.Single(selections)!;
        Assert.Equal(createdSelection["name"]!.GetValue<string>(), selectionName);
        Assert.Equal(
            createdSelection["conditions"]!.AsArray().Select(c => (c!["type"]!.GetValue<string>(), c["key"]!.GetValue<string>(), c["value"]!.GetValue<string>())),
            selection.TagValue!.Values.Select(v => ("STRINGEQUALS", selection.TagKey!.Text!, v)));
    }

    /// <summary>E-ORG-4 (L22731-22793): the effective plan of an InvalidOrganizationBackupPlan event, turned back into a policy, is reported (ORG-015).</summary>
    [SharedFact]
    public void E_ORG_4_the_invalid_effective_plan_of_the_event_is_rejected()
    {
        var plan = JsonNode.Parse(string.Concat(PolicySources.GuideLines(22731, 22793).Split('\n')))!["serviceEventDetails"]!["effectiveBackupPlan"]!;
        var rule = plan["rules"]![0]!;
        var tags = plan["selections"]!["tagSelections"]![0]!;
        var policy = new JsonObject
        {
            ["plans"] = new JsonObject
            {
                [plan["logicalName"]!.GetValue<string>()] = new JsonObject
                {
                    ["regions"] = Assign(new JsonArray("us-east-1")),
                    ["rules"] = new JsonObject
                    {
                        [rule["name"]!.GetValue<string>()] = new JsonObject
                        {
                            ["schedule_expression"] = Assign("cron(0 5 ? * * *)"),
                            ["target_backup_vault_name"] = Assign(rule["targetBackupVaultName"]!.GetValue<string>()),
                            ["enable_continuous_backup"] = Assign(rule["enableContinuousBackup"]!.GetValue<bool>()),
                            ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign(rule["ruleLifecycle"]!["deleteAfterDays"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                        },
                    },
                    ["selections"] = new JsonObject
                    {
                        ["tags"] = new JsonObject
                        {
                            [tags["selectionName"]!.GetValue<string>()] = new JsonObject
                            {
                                ["iam_role_arn"] = Assign(tags["iamRoleArn"]!.GetValue<string>()),
                                ["tag_key"] = Assign(tags["targetedTags"]![0]!["tagKey"]!.GetValue<string>()),
                                ["tag_value"] = Assign(new JsonArray(tags["targetedTags"]![0]!["tagValue"]!.GetValue<string>())),
                            },
                        },
                    },
                },
            },
        };
        var read = BackupPolicyDocument.Parse(policy.ToJsonString());
        Assert.Equal(["BKP6015"], read.Diagnostics.Select(d => d.Code));
        var effective = EffectivePolicy.Of(read.Document, "987654321098");
        var d = Assert.Single(effective.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("BKP6015", "plans.logical-name.rules.test-orgs.lifecycle.delete_after_days"), (d.Code, d.Property));
    }

    [Fact]
    public void Append_adds_to_inherited_regions_and_tag_values_and_remove_takes_values_away()
    {
        var (tree, finance, payroll, _) = Org();
        tree.Attach(tree.Root, Doc(Daily(regions: "us-east-1")), "root");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"regions": {"@@append": ["eu-west-1"]}, "selections": {"tags": {"Tagged": {"tag_value": {"@@append": ["hourly", "weekly"]}}}}}}}"""), "finance");
        tree.Attach(payroll, Doc("""{"plans": {"Daily": {"selections": {"tags": {"Tagged": {"tag_value": {"@@remove": ["daily", "monthly"]}}}}}}}"""), "payroll");
        var plan = EffectivePolicy.For(tree, "111111111111").Policy.Plans["daily"];
        Assert.Equal(["us-east-1", "eu-west-1"], plan.Regions!.Values);
        Assert.Equal(["hourly", "weekly"], plan.Selections!.Tags!["tagged"].TagValue!.Values);
        Assert.Equal(["daily"], EffectivePolicy.For(tree, "222222222222").Policy.Plans["daily"].Selections!.Tags!["tagged"].TagValue!.Values);
    }

    [Fact]
    public void Assign_replaces_an_inherited_list_and_value()
    {
        var (tree, finance, _, _) = Org();
        tree.Attach(tree.Root, Doc(Daily(regions: "us-east-1")), "root");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"regions": {"@@assign": ["us-west-2", "eu-central-1"]}, "rules": {"Daily": {"schedule_expression": {"@@assign": "cron(0 2 ? * * *)"}, "target_backup_vault_name": {"@@assign": "Finance"}}}}}}"""), "finance");
        var plan = EffectivePolicy.For(tree, "111111111111").Policy.Plans["daily"];
        Assert.Equal(["us-west-2", "eu-central-1"], plan.Regions!.Values);
        Assert.Equal("cron(0 2 ? * * *)", plan.Rules!["daily"].ScheduleExpression!.Text);
        Assert.Equal("Finance", plan.Rules!["daily"].TargetBackupVaultName!.Text);
    }

    [Fact]
    public void None_locks_a_value_and_the_child_change_is_ignored_and_reported()
    {
        var (tree, finance, _, _) = Org();
        var root = JsonNode.Parse(Daily())!;
        root["plans"]!["Daily"]!["rules"]!["Daily"]!["lifecycle"]!["delete_after_days"] = new JsonObject { ["@@operators_allowed_for_child_policies"] = new JsonArray("@@none"), ["@@assign"] = "7" };
        tree.Attach(tree.Root, Doc(root.ToJsonString()), "root");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"rules": {"Daily": {"lifecycle": {"delete_after_days": {"@@assign": "30"}}}}}}}"""), "finance");
        var effective = EffectivePolicy.For(tree, "111111111111");
        Assert.Equal("7", DeleteAfter(effective));
        var d = Assert.Single(effective.Diagnostics);
        Assert.Equal(("BKP6253", "finance/Effective[111111111111]", "plans.Daily.rules.Daily.lifecycle.delete_after_days"), (d.Code, d.Path, d.Property));
    }

    [Fact]
    public void Append_only_on_plans_lets_children_add_plans_but_not_change_a_locked_plan()
    {
        var (tree, finance, _, _) = Org();
        var root = JsonNode.Parse(Daily())!;
        root["plans"]!["@@operators_allowed_for_child_policies"] = new JsonArray("@@append");
        root["plans"]!["Daily"]!["@@operators_allowed_for_child_policies"] = new JsonArray("@@none");
        tree.Attach(tree.Root, Doc(root.ToJsonString()), "root");
        var child = JsonNode.Parse(Daily("Monthly"))!;
        child["plans"]!["Daily"] = new JsonObject { ["backup_plan_tags"] = new JsonObject { ["team"] = new JsonObject { ["tag_key"] = Assign("Team"), ["tag_value"] = Assign("Finance") } } };
        tree.Attach(finance, Doc(child.ToJsonString()), "finance");
        var effective = EffectivePolicy.For(tree, "111111111111");
        Assert.Equal(["daily", "monthly"], effective.Policy.Plans.Keys);
        Assert.Null(effective.Policy.Plans["daily"].BackupPlanTags);
        Assert.Equal(["BKP6253"], effective.Diagnostics.Select(d => d.Code));
        Assert.Equal("plans.Daily.backup_plan_tags", effective.Diagnostics[0].Property);
    }

    [Fact]
    public void A_child_cannot_relax_an_inherited_restriction()
    {
        var (tree, finance, payroll, _) = Org();
        var root = JsonNode.Parse(Daily())!;
        root["plans"]!["Daily"]!["regions"] = new JsonObject { ["@@operators_allowed_for_child_policies"] = new JsonArray("@@append"), ["@@assign"] = new JsonArray("us-east-1") };
        tree.Attach(tree.Root, Doc(root.ToJsonString()), "root");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"regions": {"@@operators_allowed_for_child_policies": ["@@all"], "@@append": ["eu-west-1"]}}}}"""), "finance");
        tree.Attach(payroll, Doc("""{"plans": {"Daily": {"regions": {"@@assign": ["ap-south-1"]}}}}"""), "payroll");
        var effective = EffectivePolicy.For(tree, "111111111111");
        Assert.Equal(["us-east-1", "eu-west-1"], effective.Policy.Plans["daily"].Regions!.Values);
        Assert.Equal(["finance/Effective[111111111111]", "payroll/Effective[111111111111]"], effective.Diagnostics.Select(d => d.Path));
        Assert.All(effective.Diagnostics, d => Assert.Equal("BKP6253", d.Code));
    }

    /// <summary>Org guide, inheritance examples 5 and 6: child control operators at one level intersect; for a value assigned twice at one level, the first attached wins.</summary>
    [Fact]
    public void Policies_at_the_same_level_intersect_their_restrictions_and_the_first_assignment_wins()
    {
        var (tree, finance, _, _) = Org();
        var first = JsonNode.Parse(Daily())!;
        first["plans"]!["Daily"]!["selections"]!["tags"]!["Tagged"]!["tag_value"] = new JsonObject { ["@@operators_allowed_for_child_policies"] = new JsonArray("@@append"), ["@@assign"] = new JsonArray("daily") };
        tree.Attach(tree.Root, Doc(first.ToJsonString()), "first");
        tree.Attach(tree.Root, Doc("""{"plans": {"Daily": {"rules": {"Daily": {"target_backup_vault_name": {"@@assign": "Other"}}}, "selections": {"tags": {"Tagged": {"tag_value": {"@@operators_allowed_for_child_policies": ["@@append", "@@remove"]}}}}}}}"""), "second");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"selections": {"tags": {"Tagged": {"tag_value": {"@@remove": ["daily"]}}}}}}}"""), "finance");
        tree.Attach(finance, Doc("""{"plans": {"Daily": {"selections": {"tags": {"Tagged": {"tag_value": {"@@append": ["hourly"]}}}}}}}"""), "finance2");
        var effective = EffectivePolicy.For(tree, "111111111111");
        var plan = effective.Policy.Plans["daily"];
        Assert.Equal("Default", plan.Rules!["daily"].TargetBackupVaultName!.Text);
        Assert.Equal(["daily", "hourly"], plan.Selections!.Tags!["tagged"].TagValue!.Values);
        var ignored = Assert.Single(effective.Diagnostics);
        Assert.Equal(("BKP6253", "finance/Effective[111111111111]"), (ignored.Code, ignored.Path));
    }

    [Fact]
    public void Keys_merge_without_regard_to_case()
    {
        var (tree, finance, _, _) = Org();
        tree.Attach(tree.Root, Doc(Daily("DailyPlan")), "root");
        tree.Attach(finance, Doc("""{"plans": {"dailyplan": {"rules": {"DAILY": {"lifecycle": {"delete_after_days": {"@@assign": "14"}}}}}}}"""), "finance");
        var effective = EffectivePolicy.For(tree, "111111111111");
        Assert.Equal("14", DeleteAfter(effective, "DailyPlan"));
        Assert.Single(effective.Policy.Plans);
    }

    [Fact]
    public void Synth_reports_a_merged_problem_once_per_account_at_the_policy_that_contributed_it()
    {
        var (tree, finance, _, _) = Org();
        var app = new BackupApp();
        var stack = app.AddStack("Org", new() { Account = "999999999999", Region = "us-east-1" });
        stack.AddBackupPolicy("Root", new BackupPolicyProps { Document = Doc(Daily(days: 7)), Targets = [tree.Root] });
        stack.AddBackupPolicy("Finance", new BackupPolicyProps { Document = Doc("""{"plans": {"Daily": {"rules": {"Daily": {"lifecycle": {"move_to_cold_storage_after_days": {"@@assign": "1"}}}}}}}"""), Targets = [finance] });
        var result = app.Synth();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BKP6013", "Org/Finance/Effective[111111111111]", "plans.daily.rules.daily.lifecycle.delete_after_days"), (d.Code, d.Path, d.Property));
    }

    [Fact]
    public void Asking_for_an_account_outside_the_tree_is_a_programmer_error()
    {
        var (tree, _, _, _) = Org();
        Assert.Throws<ArgumentException>(() => EffectivePolicy.For(tree, "ou-ab12-f1f1f1f1"));
        Assert.Throws<ArgumentException>(() => EffectivePolicy.For(tree, "333333333333"));
        Assert.Throws<ArgumentException>(() => tree.Root.AddAccount("111111111111", "Twice"));
    }
}

/// <summary>The organization example: the effective policy of each account is a golden file (what <c>dotnet run -- effective ACCOUNT</c> prints).</summary>
public class OrganizationExampleTests
{
    public static TheoryData<string> Accounts
    {
        get
        {
            Organization.OrganizationEstate.Build(out var tree);
            return new(tree.Accounts.Select(a => a.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public void Effective_policy_of_each_account_matches_its_golden_file(string account)
    {
        Organization.OrganizationEstate.Build(out var tree);
        var effective = EffectivePolicy.For(tree, account);
        Golden.Match($"tests/Golden/Organization/effective-{account}.json", effective.Json);
        Assert.False(effective.HasErrors, string.Join("\n", effective.Diagnostics));
        Assert.All(effective.Diagnostics, d => Assert.Equal("BKP6020", d.Code)); // acknowledged in the app: the central vault allows the copies
    }

    [Fact]
    public void Payments_gets_daily_backups_kept_90_days_in_three_regions_and_ledger_two_plans()
    {
        Organization.OrganizationEstate.Build(out var tree);
        var payments = EffectivePolicy.For(tree, Organization.OrganizationEstate.PaymentsAccount).Policy.Plans["daily"];
        Assert.Equal("90", payments.Rules!["daily"].Lifecycle!.DeleteAfterDays!.Text);
        Assert.Equal(["us-east-1", "eu-west-1", "eu-central-1"], payments.Regions!.Values);
        Assert.Equal(["daily", "monthly"], EffectivePolicy.For(tree, "444444444444").Policy.Plans.Keys);
        Assert.Equal("35", EffectivePolicy.For(tree, "333333333333").Policy.Plans["daily"].Rules!["daily"].Lifecycle!.DeleteAfterDays!.Text);
    }
}
