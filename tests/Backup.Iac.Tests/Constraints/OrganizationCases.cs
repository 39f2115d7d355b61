using System.Text.Json.Nodes;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// AWS Organizations backup policies (governance catalog ORG, ORGP, OPS, XAM). Policies are written as JSON, read with
/// <see cref="BackupPolicyDocument.Parse"/>, and deployed by the stack <c>Test</c> (account 111122223333) as
/// <c>Test/Policy</c>; diagnostics carry the JSON path of the node as their property. Rules about merged policies
/// use the organization <see cref="Org"/>: root r-ab12, OU Finance ou-ab12-11111111 with account 222222222222.
/// </summary>
internal static class OrganizationCases
{
    private const string Role = "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole";
    private const string Member = "222222222222";
    private const string Finance = "ou-ab12-11111111";
    private const string Rule = "plans.Daily.rules.Daily";
    private const string Effective = "Test/Policy/Effective[" + Member + "]";

    /// <summary>A complete policy: daily at 05:00 UTC into Default, kept 35 days, resources tagged backup=daily, in eu-west-1.</summary>
    public static JsonObject Valid() => new()
    {
        ["plans"] = new JsonObject
        {
            ["Daily"] = new JsonObject
            {
                ["regions"] = Assign(new JsonArray("eu-west-1")),
                ["rules"] = new JsonObject
                {
                    ["Daily"] = new JsonObject
                    {
                        ["schedule_expression"] = Assign("cron(0 5 ? * * *)"),
                        ["start_backup_window_minutes"] = Assign("60"),
                        ["target_backup_vault_name"] = Assign("Default"),
                        ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("35") },
                    },
                },
                ["selections"] = new JsonObject
                {
                    ["tags"] = new JsonObject
                    {
                        ["Tagged"] = new JsonObject
                        {
                            ["iam_role_arn"] = Assign(Role),
                            ["tag_key"] = Assign("backup"),
                            ["tag_value"] = Assign(new JsonArray("daily")),
                        },
                    },
                },
            },
        },
    };

    public static JsonObject Assign(JsonNode value) => new() { ["@@assign"] = value };

    private static JsonObject Op(string op, JsonNode value) => new() { [op] = value };

    private static JsonObject PlanOf(JsonObject doc) => (JsonObject)doc["plans"]!["Daily"]!;

    private static JsonObject RuleOf(JsonObject doc) => (JsonObject)doc["plans"]!["Daily"]!["rules"]!["Daily"]!;

    private static JsonObject SelectionOf(JsonObject doc) => (JsonObject)doc["plans"]!["Daily"]!["selections"]!["tags"]!["Tagged"]!;

    /// <summary>The valid policy changed by <paramref name="change"/>, as JSON text.</summary>
    public static string Json(Action<JsonObject> change)
    {
        var doc = Valid();
        change(doc);
        return doc.ToJsonString();
    }

    private static BackupPolicyDocument Read(string json) => BackupPolicyDocument.Parse(json).Document;

    /// <summary>The stack <c>Test</c> with the policy <c>Test/Policy</c> attached to the root ID (no organization tree).</summary>
    private static BackupApp Policy(string json, Action<BackupStack>? more = null) => Fixture.App(s =>
    {
        s.AddBackupPolicy("Policy", new BackupPolicyProps { Document = Read(json), Targets = [PolicyTarget.Root("r-ab12")] });
        more?.Invoke(s);
    });

    private static BackupApp Policy(Action<JsonObject> change) => Policy(Json(change));

    private static BackupApp PolicyWith(Func<BackupPolicyProps, BackupPolicyProps> change) => Fixture.App(s =>
        s.AddBackupPolicy("Policy", change(new BackupPolicyProps { Document = Read(Json(_ => { })), Targets = [PolicyTarget.Root("r-ab12")] })));

    /// <summary>The organization: root r-ab12; OU Finance with account 222222222222; account 111122223333 (the stack's) under the root.</summary>
    private static (OrganizationTree Tree, OrganizationNode Finance) Org(OrganizationTreeProps? props = null)
    {
        var tree = new OrganizationTree("r-ab12", props);
        var finance = tree.Root.AddOrganizationalUnit(Finance, "Finance");
        finance.AddAccount(Member, "Payroll");
        tree.Root.AddAccount(Fixture.Account, "Management");
        return (tree, finance);
    }

    /// <summary><c>Test/Policy</c> on the root of <see cref="Org"/>, and optionally <c>Test/Child</c> on the Finance OU.</summary>
    private static BackupApp Tree(string root, string? child = null, OrganizationTreeProps? props = null, Action<BackupApp, BackupStack>? more = null, bool childOnRoot = false)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        var (tree, finance) = Org(props);
        stack.AddBackupPolicy("Policy", new BackupPolicyProps { Document = Read(root), Targets = [tree.Root] });
        if (child is not null)
        {
            stack.AddBackupPolicy("Child", new BackupPolicyProps { Document = Read(child), Targets = [childOnRoot ? tree.Root : finance] });
        }

        more?.Invoke(app, stack);
        return app;
    }

    /// <summary>The valid policy on the root, and a child policy on the Finance OU that changes only what <paramref name="child"/> writes.</summary>
    private static BackupApp Merged(Action<JsonObject> child) => Tree(Json(_ => { }), ChildJson(child));

    private static string ChildJson(Action<JsonObject> change)
    {
        var doc = new JsonObject { ["plans"] = new JsonObject { ["Daily"] = new JsonObject() } };
        change(doc);
        return doc.ToJsonString();
    }

    private static JsonObject Rules(int count, int from = 0)
    {
        var rules = new JsonObject();
        for (var i = from; i < from + count; i++)
        {
            rules["R" + i] = new JsonObject { ["schedule_expression"] = Assign($"cron(0 {i % 24} ? * * *)"), ["target_backup_vault_name"] = Assign("Default") };
        }

        return rules;
    }

    private static JsonObject CopyTo(string arn, string? cold = null, string delete = "120")
    {
        var lifecycle = new JsonObject { ["delete_after_days"] = Assign(delete) };
        if (cold is not null)
        {
            lifecycle["move_to_cold_storage_after_days"] = Assign(cold);
        }

        return new JsonObject { [arn] = new JsonObject { ["target_backup_vault_arn"] = Assign(arn), ["lifecycle"] = lifecycle } };
    }

    private static JsonArray Strings(int count, string prefix) => [.. Enumerable.Range(0, count).Select(i => (JsonNode?)(prefix + i))];

    private static JsonObject Plans(int count, int from = 0)
    {
        var plans = new JsonObject();
        for (var i = from; i < from + count; i++)
        {
            plans["P" + i] = new JsonObject { ["regions"] = Assign(new JsonArray("eu-west-1")) };
        }

        return plans;
    }

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // ORG: policy content
        Bad("ORG-001 a list setting given one string is rejected", "BKP6001", () => Policy(d => PlanOf(d)["regions"] = Assign("eu-west-1")), "Test/Policy", "plans.Daily.regions"),
        Bad("ORG-001 text that is not JSON is rejected", "BKP6001", () => Policy("{\"plans\": {")),
        Bad("ORG-001 a policy without the plans key is rejected", "BKP6001", () => Policy("{}")),
        Bad("ORG-001 a number in a list of tag values is found by the schema", "BKP6001", () => Policy(Json(d => SelectionOf(d)["tag_value"] = Assign(new JsonArray("daily", 7)))), "Test/Policy", "plans.Daily.selections.tags.Tagged.tag_value.@@assign"),
        Good("ORG-001 the complete policy is accepted", "BKP6001", () => Policy(_ => { })),
        Good("ORG-001 a boolean written as a JSON boolean is accepted", "BKP6001", () => Policy(d => RuleOf(d)["enable_continuous_backup"] = Assign(false))),
        Bad("ORG-002 two rules named Daily and daily are rejected", "BKP6002", () => Policy(Json(_ => { }).Replace("\"rules\":{", "\"rules\":{\"daily\":{\"target_backup_vault_name\":{\"@@assign\":\"Default\"}},", StringComparison.Ordinal)), "Test/Policy", "plans.Daily.rules.Daily"),
        Good("ORG-002 two rules with different names are accepted", "BKP6002", () => Policy(d => PlanOf(d)["rules"] = Rules(2))),
        Bad("ORG-003 a plan name with a space is rejected", "BKP6003", () => Policy(Json(_ => { }).Replace("\"Daily\":{\"regions\"", "\"Daily plan\":{\"regions\"", StringComparison.Ordinal)), "Test/Policy", "plans[\"Daily plan\"]"),
        Good("ORG-003 a plan name with '_', '.' and '-' is accepted", "BKP6003", () => Policy(Json(_ => { }).Replace("\"Daily\":{\"regions\"", "\"Daily_Plan.v2-1\":{\"regions\"", StringComparison.Ordinal))),
        Bad("ORG-004 eleven rules in one plan are rejected", "BKP6004", () => Policy(d => PlanOf(d)["rules"] = Rules(11)), "Test/Policy", "plans.Daily.rules"),
        Bad("ORG-004 six rules on the root and five more on an OU make eleven in the effective plan", "BKP6004",
            () => Tree(Json(d => PlanOf(d)["rules"] = Rules(6)), ChildJson(d => d["plans"]!["Daily"] = new JsonObject { ["rules"] = Rules(5, from: 6) })), "Test/Child/Effective[" + Member + "]", "plans.daily.rules"),
        Good("ORG-004 ten rules are accepted", "BKP6004", () => Policy(d => PlanOf(d)["rules"] = Rules(10))),
        Bad("ORG-005 a rule name with a space is rejected", "BKP6005", () => Policy(Json(_ => { }).Replace("\"rules\":{\"Daily\"", "\"rules\":{\"Daily rule\"", StringComparison.Ordinal)), "Test/Policy", "plans.Daily.rules[\"Daily rule\"]"),
        Good("ORG-005 the rule name Yearly_Rule (LZA) is accepted", "BKP6005", () => Policy(Json(_ => { }).Replace("\"rules\":{\"Daily\"", "\"rules\":{\"Yearly_Rule\"", StringComparison.Ordinal))),
        Bad("ORG-006 a schedule every 30 minutes is rejected", "BKP6006", () => Policy(d => RuleOf(d)["schedule_expression"] = Assign("cron(0/30 * ? * * *)")), "Test/Policy", Rule + ".schedule_expression"),
        Bad("ORG-006 a rate expression is rejected", "BKP6006", () => Policy(d => RuleOf(d)["schedule_expression"] = Assign("rate(1 hour)"))),
        Bad("ORG-006 a cron with both day fields set is rejected", "BKP6006", () => Policy(d => RuleOf(d)["schedule_expression"] = Assign("cron(0 5 * * * *)"))),
        Good("ORG-006 cron(15 10 * * ? *) (LZA) is accepted", "BKP6006", () => Policy(d => RuleOf(d)["schedule_expression"] = Assign("cron(15 10 * * ? *)"))),
        Good("ORG-006 an hourly cron (the seed example) is accepted", "BKP6006", () => Policy(d => RuleOf(d)["schedule_expression"] = Assign("cron(0 0/1 ? * * *)"))),
        Bad("ORG-007 schedule_expression_timezone is warned", "BKP6007", () => Policy(d => RuleOf(d)["schedule_expression_timezone"] = Assign("Europe/Paris")), "Test/Policy", Rule + ".schedule_expression_timezone"),
        Good("ORG-007 a schedule in UTC without a time zone is accepted", "BKP6007", () => Policy(_ => { })),
        Bad("ORG-008 a start window of 59 minutes is rejected", "BKP6008", () => Policy(d => RuleOf(d)["start_backup_window_minutes"] = Assign("59")), "Test/Policy", Rule + ".start_backup_window_minutes"),
        Bad("ORG-008 a start window over 100 years is rejected", "BKP6008", () => Policy(d => RuleOf(d)["start_backup_window_minutes"] = Assign("52560001"))),
        Good("ORG-008 a start window of 60 minutes is accepted", "BKP6008", () => Policy(d => RuleOf(d)["start_backup_window_minutes"] = Assign("60"))),
        Bad("ORG-009 a completion window of 604800 minutes (the seed's value) is warned", "BKP6009", () => Policy(d => RuleOf(d)["complete_backup_window_minutes"] = Assign("604800")), "Test/Policy", Rule + ".complete_backup_window_minutes"),
        Good("ORG-009 a completion window of 10080 minutes (7 days) is accepted", "BKP6009", () => Policy(d => RuleOf(d)["complete_backup_window_minutes"] = Assign("10080"))),
        Bad("ORG-010 a vault name with a space is rejected", "BKP6010", () => Policy(d => RuleOf(d)["target_backup_vault_name"] = Assign("Fort Knox")), "Test/Policy", Rule + ".target_backup_vault_name"),
        Bad("ORG-010 an effective rule without a vault is rejected", "BKP6010", () => Tree(Json(d => RuleOf(d).Remove("target_backup_vault_name"))), Effective.Replace("222222222222", Member, StringComparison.Ordinal), Rule.ToLowerInvariant() + ".target_backup_vault_name"),
        Good("ORG-010 a partial policy without a vault is accepted on its own", "BKP6010", () => Policy(d => RuleOf(d).Remove("target_backup_vault_name"))),
        Good("ORG-010 a vault from the parent policy completes the child's rule", "BKP6010", () => Merged(d => d["plans"]!["Daily"] = new JsonObject { ["rules"] = new JsonObject { ["Daily"] = new JsonObject { ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("30") } } } })),
        Bad("ORG-011 a vault missing from the app's stack of a targeted account and Region is warned", "BKP6011", () => Tree(Json(_ => { }), more: (_, s) => s.AddVault("Primary", new() { BackupVaultName = "primary" })), "Test/Policy/Effective[" + Fixture.Account + "]", Rule.ToLowerInvariant() + ".target_backup_vault_name"),
        Good("ORG-011 the vault exists in the app's stack of the account", "BKP6011", () => Tree(Json(_ => { }), more: (_, s) => s.AddVault("Default", new() { BackupVaultName = "Default" }))),
        Bad("ORG-012 a target vault name that is an air-gapped vault of the app is warned", "BKP6012",
            () => Policy(Json(d => RuleOf(d)["target_backup_vault_name"] = Assign("airgapped")), s => s.AddLogicallyAirGappedVault("AirGapped", new() { BackupVaultName = "airgapped", MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35) })),
            "Test/Policy", Rule + ".target_backup_vault_name"),
        Good("ORG-012 a standard vault name is accepted", "BKP6012", () => Policy(_ => { })),
        Bad("ORG-013 cold 1825 and delete 365 (the LZA Yearly_Rule) are rejected", "BKP6013",
            () => Policy(d => RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("1825"), ["delete_after_days"] = Assign("365") }), "Test/Policy", Rule + ".lifecycle.delete_after_days"),
        Bad("ORG-013 a retention of 0 days is rejected", "BKP6013", () => Policy(d => RuleOf(d)["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("0") })),
        Bad("ORG-013 cold on the root and delete on the OU 30 days apart are rejected in the effective policy", "BKP6013",
            () => Tree(Json(d => RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("30"), ["delete_after_days"] = Assign("365") }),
                ChildJson(d => d["plans"]!["Daily"] = new JsonObject { ["rules"] = new JsonObject { ["Daily"] = new JsonObject { ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("60") } } } })),
            "Test/Child/Effective[" + Member + "]", "plans.daily.rules.daily.lifecycle.delete_after_days"),
        Good("ORG-013 exactly 90 days in cold storage is accepted", "BKP6013", () => Policy(d => RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("30"), ["delete_after_days"] = Assign("120") })),
        Bad("ORG-014 cold storage for a plan that selects only EC2 instances is warned", "BKP6014", () => Policy(d =>
        {
            RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("30"), ["delete_after_days"] = Assign("120") };
            PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Instances"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:ec2:*:*:instance/*")) } } };
        }), "Test/Policy", Rule + ".lifecycle.move_to_cold_storage_after_days"),
        Good("ORG-014 cold storage for EFS file systems is accepted", "BKP6014", () => Policy(d =>
        {
            RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("30"), ["delete_after_days"] = Assign("120") };
            PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Files"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:elasticfilesystem:*:*:file-system/*")) } } };
        })),
        Good("ORG-014 cold storage with a tag selection is accepted", "BKP6014", () => Policy(d => RuleOf(d)["lifecycle"] = new JsonObject { ["move_to_cold_storage_after_days"] = Assign("30"), ["delete_after_days"] = Assign("120") })),
        Bad("ORG-015 continuous backup kept 100 days (the seed's InvalidOrganizationBackupPlan) is rejected", "BKP6015",
            () => Policy(d => { RuleOf(d)["enable_continuous_backup"] = Assign(true); RuleOf(d)["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("100") }; }), "Test/Policy", Rule + ".lifecycle.delete_after_days"),
        Good("ORG-015 continuous backup kept 35 days is accepted", "BKP6015", () => Policy(d => RuleOf(d)["enable_continuous_backup"] = Assign("true"))),
        Bad("ORG-016 51 recovery point tags are rejected", "BKP6016", () => Policy(d => RuleOf(d)["recovery_point_tags"] = new JsonObject(Enumerable.Range(0, 51).Select(i => KeyValuePair.Create("t" + i, (JsonNode?)new JsonObject { ["tag_key"] = Assign("T" + i), ["tag_value"] = Assign("v") })))), "Test/Policy", Rule + ".recovery_point_tags"),
        Bad("ORG-016 a recovery point tag with neither key nor value is rejected", "BKP6016", () => Policy(d => RuleOf(d)["recovery_point_tags"] = new JsonObject { ["owner"] = new JsonObject() })),
        Good("ORG-016 a recovery point tag with key and value is accepted", "BKP6016", () => Policy(d => RuleOf(d)["recovery_point_tags"] = new JsonObject { ["owner"] = new JsonObject { ["tag_key"] = Assign("Owner"), ["tag_value"] = Assign("Backup") } })),
        Bad("ORG-017 a copy action with neither an ARN key nor target_backup_vault_arn is rejected", "BKP6017", () => Policy(d => RuleOf(d)["copy_actions"] = new JsonObject { ["central"] = new JsonObject { ["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign("35") } } }), "Test/Policy", Rule + ".copy_actions.central"),
        Good("ORG-017 a copy action keyed by its ARN is accepted", "BKP6017", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary"))),
        Bad("ORG-017 a copy action whose key differs from its target ARN is warned", "BKP6067", () => Policy(d => RuleOf(d)["copy_actions"] = new JsonObject { ["arn:aws:backup:eu-central-1:$account:backup-vault:Other"] = new JsonObject { ["target_backup_vault_arn"] = Assign("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary") } })),
        Bad("ORG-017 a copy action without target_backup_vault_arn and a mixed-case key is warned", "BKP6067", () => Policy(d => RuleOf(d)["copy_actions"] = new JsonObject { ["arn:aws:backup:eu-central-1:$account:backup-vault:Secondary"] = new JsonObject() })),
        Good("ORG-017 a copy action whose key equals its target ARN is accepted", "BKP6067", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary"))),
        Bad("ORG-018 an S3 bucket ARN as copy destination is rejected", "BKP6018", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:s3:::bucket")), "Test/Policy", Rule + ".copy_actions.arn:aws:s3:::bucket.target_backup_vault_arn"),
        Good("ORG-018 a GovCloud vault ARN is accepted", "BKP6018", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws-us-gov:backup:us-gov-west-1:$account:backup-vault:Secondary"))),
        Bad("ORG-019 a copy kept 60 days after a 30-day cold transition is rejected", "BKP6019", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary", cold: "30", delete: "60"))),
        Good("ORG-019 a copy kept 120 days after a 30-day cold transition is accepted", "BKP6019", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary", cold: "30"))),
        Bad("ORG-020 a copy to another account is warned", "BKP6020", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:444455556666:backup-vault:Central"))),
        Good("ORG-020 a copy within each account ($account) is accepted", "BKP6020", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary"))),
        Bad("ORG-021 a copy to another account moved to cold storage is warned", "BKP6021", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:444455556666:backup-vault:Central", cold: "30"))),
        Good("ORG-021 a copy to another account kept warm is accepted", "BKP6021", () => Policy(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:444455556666:backup-vault:Central"))),
        Bad("ORG-022 RDS copied to another account and Region at once is warned", "BKP6022", () => Policy(d =>
        {
            PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Databases"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:rds:*:*:db:*")) } } };
            RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:us-east-1:444455556666:backup-vault:Central");
        })),
        Good("ORG-022 RDS copied to another Region of the same account is accepted", "BKP6022", () => Policy(d =>
        {
            PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Databases"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:rds:*:*:db:*")) } } };
            RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:us-east-1:$account:backup-vault:Secondary");
        })),
        Bad("ORG-023 $account in a recovery point tag value is warned", "BKP6023", () => Policy(d => RuleOf(d)["recovery_point_tags"] = new JsonObject { ["account"] = new JsonObject { ["tag_key"] = Assign("Account"), ["tag_value"] = Assign("$account") } }), "Test/Policy", Rule + ".recovery_point_tags.account.tag_value"),
        Good("ORG-023 $account in iam_role_arn is accepted", "BKP6023", () => Policy(_ => { })),
        Bad("ORG-024 a Region code without its number is rejected", "BKP6024", () => Policy(d => PlanOf(d)["regions"] = Assign(new JsonArray("eu-west"))), "Test/Policy", "plans.Daily.regions"),
        Bad("ORG-024 an effective plan without Regions is rejected", "BKP6024", () => Tree(Json(d => PlanOf(d).Remove("regions"))), Effective, "plans.daily.regions"),
        Good("ORG-024 us-gov-west-1 is accepted", "BKP6024", () => Policy(d => PlanOf(d)["regions"] = Assign(new JsonArray("us-gov-west-1")))),
        Good("ORG-024 Regions appended by a child policy complete the plan", "BKP6024", () => Tree(Json(d => PlanOf(d).Remove("regions")), ChildJson(d => d["plans"]!["Daily"] = new JsonObject { ["regions"] = Op("@@append", new JsonArray("eu-west-1")) }), childOnRoot: true)),
        Bad("ORG-024 a Region without cross-account management is warned", "BKP6074", () => Policy(d => PlanOf(d)["regions"] = Assign(new JsonArray("af-south-1"))), "Test/Policy", "plans.Daily.regions"),
        Good("ORG-024 eu-west-1 has cross-account management", "BKP6074", () => Policy(_ => { })),
        Bad("ORG-025 an effective selection without tag_key is rejected", "BKP6025", () => Tree(Json(d => SelectionOf(d).Remove("tag_key"))), Effective, "plans.daily.selections.tags.tagged.tag_key"),
        Bad("ORG-025 an effective plan without selections is rejected", "BKP6025", () => Tree(Json(d => PlanOf(d).Remove("selections")))),
        Good("ORG-025 a partial selection is accepted on its own", "BKP6025", () => Policy(d => SelectionOf(d).Remove("tag_key"))),
        Bad("ORG-026 the console's role name instead of an ARN is warned", "BKP6026", () => Policy(d => SelectionOf(d)["iam_role_arn"] = Assign("service-role/AWSBackupDefaultServiceRole")), "Test/Policy", "plans.Daily.selections.tags.Tagged.iam_role_arn"),
        Good("ORG-026 a role ARN with $account is accepted", "BKP6026", () => Policy(_ => { })),
        Bad("ORG-027 31 tag values in one selection are rejected", "BKP6027", () => Policy(d => SelectionOf(d)["tag_value"] = Assign(Strings(31, "v"))), "Test/Policy", "plans.Daily.selections.tags.Tagged.tag_value"),
        Bad("ORG-027 20 values on the root and 11 appended on an OU are rejected", "BKP6027",
            () => Tree(Json(d => SelectionOf(d)["tag_value"] = Assign(Strings(20, "v"))), ChildJson(d => d["plans"]!["Daily"] = new JsonObject { ["selections"] = new JsonObject { ["tags"] = new JsonObject { ["Tagged"] = new JsonObject { ["tag_value"] = Op("@@append", Strings(11, "w")) } } } })),
            "Test/Child/Effective[" + Member + "]", "plans.daily.selections.tags.tagged.tag_value"),
        Good("ORG-027 30 tag values are accepted", "BKP6027", () => Policy(d => SelectionOf(d)["tag_value"] = Assign(Strings(30, "v")))),
        Bad("ORG-028 the API's option name WindowsVSS is rejected", "BKP6028", () => Policy(d => PlanOf(d)["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["WindowsVSS"] = Assign("enabled") } }), "Test/Policy", "plans.Daily.advanced_backup_settings.ec2.WindowsVSS"),
        Bad("ORG-028 windows_vss 'on' is rejected", "BKP6028", () => Policy(d => PlanOf(d)["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["windows_vss"] = Assign("on") } })),
        Good("ORG-028 windows_vss disabled is accepted", "BKP6028", () => Policy(d => PlanOf(d)["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["windows_vss"] = Assign("disabled") } })),
        Bad("ORG-028 windows_vss enabled is warned (permissions, instance types)", "BKP6078", () => Policy(d => PlanOf(d)["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["windows_vss"] = Assign("enabled") } })),
        Good("ORG-028 windows_vss disabled is not warned", "BKP6078", () => Policy(d => PlanOf(d)["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["windows_vss"] = Assign("disabled") } })),
        Bad("ORG-029 an effective plan tag without tag_value is rejected", "BKP6029", () => Tree(Json(d => PlanOf(d)["backup_plan_tags"] = new JsonObject { ["stage"] = new JsonObject { ["tag_key"] = Assign("Stage") } })), Effective, "plans.daily.backup_plan_tags.stage.tag_value"),
        Good("ORG-029 a plan tag with key and value is accepted", "BKP6029", () => Policy(d => PlanOf(d)["backup_plan_tags"] = new JsonObject { ["stage"] = new JsonObject { ["tag_key"] = Assign("Stage"), ["tag_value"] = Assign("Beta") } })),
        Bad("ORG-030 a JSON number for a day count is warned", "BKP6030", () => Policy(d => RuleOf(d)["lifecycle"] = new JsonObject { ["delete_after_days"] = Assign(35) }), "Test/Policy", Rule + ".lifecycle.delete_after_days"),
        Good("ORG-030 a day count written as a string is accepted", "BKP6030", () => Policy(_ => { })),
        Bad("ORG-031 Region settings in a member account that gets policy plans are warned", "BKP6031", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = Fixture.Account }, more: (app, _) =>
            app.AddStack("Member", new() { Account = Member, Region = Fixture.Region }).AddRegionSettings("Settings", new() { ResourceTypeOptInPreference = new Dictionary<string, bool> { ["EBS"] = true } })), "Member/Settings", "ResourceTypeOptInPreference"),
        Good("ORG-031 Region settings in the management account are accepted", "BKP6031", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = Fixture.Account }, more: (_, s) =>
            s.AddRegionSettings("Settings", new() { ResourceTypeOptInPreference = new Dictionary<string, bool> { ["EBS"] = true } }))),
        Bad("ORG-032 a local plan selecting the policy's tag is warned", "BKP6032", () => Tree(Json(_ => { }), more: (app, _) =>
        {
            var member = app.AddStack("Member", new() { Account = Member, Region = Fixture.Region });
            member.AddVault("Default", new() { BackupVaultName = "Default" });
            var plan = member.AddPlan("Local", new BackupPlanProps { Vault = member.Descendants().OfType<BackupVault>().First(), Rules = [BackupPlanRule.Weekly()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")], Role = BackupRole.FromArn(Fixture.RoleArn.Replace(Fixture.Account, Member, StringComparison.Ordinal)) });
        }), "Member/Local"),
        Good("ORG-032 a local plan selecting another tag is accepted", "BKP6032", () => Tree(Json(_ => { }), more: (app, _) =>
        {
            var member = app.AddStack("Member", new() { Account = Member, Region = Fixture.Region });
            var plan = member.AddPlan("Local", new BackupPlanProps { Vault = member.AddVault("Default", new() { BackupVaultName = "Default" }), Rules = [BackupPlanRule.Weekly()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "weekly")], Role = BackupRole.FromArn(Fixture.RoleArn.Replace(Fixture.Account, Member, StringComparison.Ordinal)) });
        })),
        Good("ORG-032 a local plan in a Region the policy's plan does not run in is accepted", "BKP6032", () => Tree(Json(_ => { }), more: (app, _) =>
        {
            var member = app.AddStack("Member", new() { Account = Member, Region = Fixture.OtherRegion });
            var plan = member.AddPlan("Local", new BackupPlanProps { Vault = member.AddVault("Default", new() { BackupVaultName = "Default" }), Rules = [BackupPlanRule.Weekly()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")], Role = BackupRole.FromArn(Fixture.RoleArn.Replace(Fixture.Account, Member, StringComparison.Ordinal)) });
        })),
        Bad("ORG-033 the key schedule is rejected with a suggestion", "BKP6033", () => Policy(d => RuleOf(d)["schedule"] = Assign("cron(0 5 ? * * *)")), "Test/Policy", Rule + ".schedule"),
        Bad("ORG-033 a key in upper case is rejected", "BKP6033", () => Policy(Json(_ => { }).Replace("\"regions\"", "\"Regions\"", StringComparison.Ordinal)), "Test/Policy", "plans.Daily.Regions"),
        Good("ORG-033 index_actions, conditions and resource selections (Org syntax ref) are accepted", "BKP6033", () => Policy(d =>
        {
            RuleOf(d)["index_actions"] = new JsonObject { ["resource_types"] = Assign(new JsonArray("EBS", "S3")) };
            SelectionOf(d)["conditions"] = new JsonObject { ["string_not_equals"] = new JsonObject { ["env"] = new JsonObject { ["condition_key"] = Assign("aws:ResourceTag/env"), ["condition_value"] = Assign("dev") } } };
            ((JsonObject)PlanOf(d)["selections"]!)["resources"] = new JsonObject { ["Everything"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("*")), ["not_resource_types"] = Assign(new JsonArray("arn:aws:s3:::*")) } };
        })),
        Bad("ORG-034 302 plans in one Region for one account are warned", "BKP6034", () => Tree(ChildJson(d => d["plans"] = Plans(151)), ChildJson(d => d["plans"] = Plans(151, from: 151))), "Test/Child/Effective[" + Member + "]", "plans"),
        Good("ORG-034 300 plans are accepted", "BKP6034", () => Tree(ChildJson(d => d["plans"] = Plans(150)), ChildJson(d => d["plans"] = Plans(150, from: 150)))),
        Bad("ORG-035 an effective resource selection without resource_types is rejected", "BKP6035", () => Tree(Json(d => PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Everything"] = new JsonObject { ["iam_role_arn"] = Assign(Role) } } })), Effective, "plans.daily.selections.resources.everything.resource_types"),
        Good("ORG-035 a resource selection of all resources is accepted", "BKP6035", () => Tree(Json(d => PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Everything"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("*")) } } }))),
        Bad("ORG-035 a Lambda ARN pattern is warned", "BKP6085", () => Policy(d => PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Functions"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:lambda:*:*:function:*")) } } }), "Test/Policy", "plans.Daily.selections.resources.Functions.resource_types"),
        Good("ORG-035 an EBS volume pattern is accepted", "BKP6085", () => Policy(d => PlanOf(d)["selections"] = new JsonObject { ["resources"] = new JsonObject { ["Volumes"] = new JsonObject { ["iam_role_arn"] = Assign(Role), ["resource_types"] = Assign(new JsonArray("arn:aws:ec2:*:*:volume/*")) } } })),
        Bad("ORG-036 an air-gapped vault ARN with a literal Region is warned", "BKP6036", () => Policy(d => RuleOf(d)["target_logically_air_gapped_backup_vault_arn"] = Assign("arn:aws:backup:eu-west-1:$account:backup-vault:airgapped")), "Test/Policy", Rule + ".target_logically_air_gapped_backup_vault_arn"),
        Good("ORG-036 an air-gapped vault ARN with $region and $account is accepted", "BKP6036", () => Policy(d => RuleOf(d)["target_logically_air_gapped_backup_vault_arn"] = Assign("arn:aws:backup:$region:$account:backup-vault:airgapped"))),
        Bad("ORG-037 indexing EFS is rejected", "BKP6037", () => Policy(d => RuleOf(d)["index_actions"] = new JsonObject { ["resource_types"] = Assign(new JsonArray("EFS")) }), "Test/Policy", Rule + ".index_actions.resource_types"),
        Bad("ORG-037 a scan mode QUICK is rejected", "BKP6037", () => Policy(d => RuleOf(d)["scan_actions"] = new JsonObject { ["GUARDDUTY"] = new JsonObject { ["scan_mode"] = Assign("QUICK") } })),
        Good("ORG-037 indexing EBS and S3 with an incremental scan is accepted", "BKP6037", () => Policy(d =>
        {
            RuleOf(d)["index_actions"] = new JsonObject { ["resource_types"] = Assign(new JsonArray("EBS", "S3")) };
            RuleOf(d)["scan_actions"] = new JsonObject { ["GUARDDUTY"] = new JsonObject { ["scan_mode"] = Assign("INCREMENTAL_SCAN") } };
        })),
        Bad("ORG-037 scan actions in an effective plan without scan settings are warned", "BKP6087", () => Tree(Json(d => RuleOf(d)["scan_actions"] = new JsonObject { ["GUARDDUTY"] = new JsonObject { ["scan_mode"] = Assign("FULL_SCAN") } })), Effective, Rule.ToLowerInvariant() + ".scan_actions"),
        Good("ORG-037 scan actions with the plan's scan settings are accepted", "BKP6087", () => Tree(Json(d =>
        {
            RuleOf(d)["scan_actions"] = new JsonObject { ["GUARDDUTY"] = new JsonObject { ["scan_mode"] = Assign("FULL_SCAN") } };
            PlanOf(d)["scan_settings"] = new JsonObject { ["GUARDDUTY"] = new JsonObject { ["resource_types"] = Assign(new JsonArray("EBS")), ["scanner_role_arn"] = Assign(Role) } };
        }))),

        // ORGP: the AWS::Organizations::Policy resource
        Bad("ORGP-003 a policy of more than 10,000 characters is rejected", "BKP6103", () => Policy(d => d["plans"] = Plans(250)), "Test/Policy", "Document"),
        Good("ORGP-003 the example-sized policy is accepted", "BKP6103", () => Policy(_ => { })),
        Bad("ORGP-004 a name of 129 characters is rejected", "BKP6104", () => PolicyWith(p => p with { PolicyName = new string('p', 129) }), "Test/Policy", "PolicyName"),
        Bad("ORGP-004 a description of 513 characters is rejected", "BKP6104", () => PolicyWith(p => p with { Description = new string('d', 513) }), "Test/Policy", "Description"),
        Good("ORGP-004 a name of 128 and a description of 512 characters are accepted", "BKP6104", () => PolicyWith(p => p with { PolicyName = new string('p', 128), Description = new string('d', 512) })),
        Bad("ORGP-005 a malformed OU ID is rejected", "BKP6105", () => PolicyWith(p => p with { Targets = [PolicyTarget.OrganizationalUnit("ou-12")] }), "Test/Policy", "Targets[0]"),
        Good("ORGP-005 a root, an OU and an account are accepted", "BKP6105", () => PolicyWith(p => p with { Targets = [PolicyTarget.Root("r-ab12"), PolicyTarget.OrganizationalUnit(Finance), PolicyTarget.Account(Member)] })),
        Good("ORGP-005 a target from a stack parameter is not checked", "BKP6105", () => PolicyWith(p => p with { Targets = [PolicyTarget.OrganizationalUnit(new StackParameter("TargetOu").Value)] })),
        Bad("ORGP-005 a policy without targets is warned", "BKP6155", () => PolicyWith(p => p with { Targets = [] }), "Test/Policy", "Targets"),
        Good("ORGP-005 a policy with a target is accepted", "BKP6155", () => PolicyWith(p => p)),
        Bad("ORGP-006 a policy in a member account's stack is rejected", "BKP6106", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = "999999999999" }), "Test/Policy"),
        Good("ORGP-006 a policy in a delegated administrator's stack is accepted", "BKP6106", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = "999999999999", DelegatedAdministrators = [Fixture.Account] })),
        Bad("ORGP-007 an organization without the backup policy type is warned", "BKP6107", () => Tree(Json(_ => { }), props: new() { BackupPolicyTypeEnabled = false }), "Test/Policy"),
        Good("ORGP-007 an organization with the policy type and trusted access is accepted", "BKP6107", () => Tree(Json(_ => { }), props: new() { AllFeaturesEnabled = true, BackupPolicyTypeEnabled = true, TrustedAccessForBackupEnabled = true })),
        BadChange("ORGP-008 detaching a policy from an OU is warned", "BKP6108",
            () => PolicyWith(p => p with { Targets = [PolicyTarget.Root("r-ab12"), PolicyTarget.OrganizationalUnit(Finance)] }), () => PolicyWith(p => p), "Test/Policy", "Targets"),
        GoodChange("ORGP-008 attaching a policy to one more target is accepted", "BKP6108",
            () => PolicyWith(p => p), () => PolicyWith(p => p with { Targets = [PolicyTarget.Root("r-ab12"), PolicyTarget.OrganizationalUnit(Finance)] })),
        Bad("ORGP-009 1,001 backup policies are rejected", "BKP6109", () => ManyPolicies(1_001), "Test2/P1000"),
        Good("ORGP-009 1,000 backup policies (in two stacks) are accepted", "BKP6109", () => ManyPolicies(1_000)),

        // OPS: operators and effective policies
        Bad("OPS-001 a misspelt operator @@asign is rejected", "BKP6201", () => Policy(d => RuleOf(d)["target_backup_vault_name"] = Op("@@asign", "Default")), "Test/Policy", Rule + ".target_backup_vault_name.@@asign"),
        Bad("OPS-001 two value-setting operators on one setting are rejected", "BKP6201", () => Policy(d => PlanOf(d)["regions"] = new JsonObject { ["@@append"] = new JsonArray("eu-west-1"), ["@@remove"] = new JsonArray("us-east-1") })),
        Good("OPS-001 @@assign, @@append and @@remove are accepted", "BKP6201", () => Policy(d => { PlanOf(d)["regions"] = Op("@@append", new JsonArray("eu-west-1")); SelectionOf(d)["tag_value"] = Op("@@remove", new JsonArray("none")); })),
        Bad("OPS-002 @@append on schedule_expression is rejected", "BKP6202", () => Policy(d => RuleOf(d)["schedule_expression"] = Op("@@append", "cron(0 5 ? * * *)")), "Test/Policy", Rule + ".schedule_expression"),
        Good("OPS-002 @@append on regions is accepted", "BKP6202", () => Policy(d => PlanOf(d)["regions"] = Op("@@append", new JsonArray("eu-west-1")))),
        Bad("OPS-003 @@all with @@none is rejected", "BKP6203", () => Policy(d => RuleOf(d)["@@operators_allowed_for_child_policies"] = new JsonArray("@@all", "@@none")), "Test/Policy", Rule + ".@@operators_allowed_for_child_policies"),
        Bad("OPS-003 an unknown child control operator is rejected", "BKP6203", () => Policy(d => PlanOf(d)["@@operators_allowed_for_child_policies"] = new JsonArray("@@change"))),
        Good("OPS-003 [\"@@append\"] on plans is accepted", "BKP6203", () => Policy(d => ((JsonObject)d["plans"]!)["@@operators_allowed_for_child_policies"] = new JsonArray("@@append"))),
        Bad("OPS-003 an OU policy's change to a locked schedule is ignored and warned", "BKP6253", () => Tree(Json(d => RuleOf(d)["schedule_expression"] = new JsonObject { ["@@operators_allowed_for_child_policies"] = new JsonArray("@@none"), ["@@assign"] = "cron(0 5 ? * * *)" }),
            ChildJson(d => d["plans"]!["Daily"] = new JsonObject { ["rules"] = new JsonObject { ["Daily"] = new JsonObject { ["schedule_expression"] = Assign("cron(0 6 ? * * *)") } } })),
            "Test/Child/Effective[" + Member + "]", "plans.Daily.rules.Daily.schedule_expression"),
        Bad("OPS-003 an OU policy adding a plan under a locked plans node is warned", "BKP6253", () => Tree(Json(d => ((JsonObject)d["plans"]!)["@@operators_allowed_for_child_policies"] = new JsonArray("@@none")), ChildJson(d => d["plans"] = Plans(1)))),
        Good("OPS-003 an OU policy appending to a plans node that allows @@append is accepted", "BKP6253", () => Tree(Json(d => ((JsonObject)d["plans"]!)["@@operators_allowed_for_child_policies"] = new JsonArray("@@append")), ChildJson(d => d["plans"] = new JsonObject { ["Weekly"] = PlanOf(Valid()).DeepClone() }))),
        Bad("OPS-006 an effective rule without a schedule is rejected", "BKP6206", () => Tree(Json(d => RuleOf(d).Remove("schedule_expression"))), Effective, "plans.daily.rules.daily.schedule_expression"),
        Bad("OPS-006 an effective plan without rules is rejected", "BKP6206", () => Tree(Json(d => PlanOf(d).Remove("rules")))),
        Good("OPS-006 the complete policy is complete in every account", "BKP6206", () => Tree(Json(_ => { }))),
        Bad("OPS-007 a setting written without an operator (an effective policy) is warned", "BKP6207", () => Policy(d => RuleOf(d)["schedule_expression"] = "cron(0 5 ? * * *)"), "Test/Policy", Rule + ".schedule_expression"),
        Good("OPS-007 settings under @@assign are accepted", "BKP6207", () => Policy(_ => { })),

        // XAM: cross-account management
        Bad("XAM-001 a copy to an account outside the organization is rejected", "BKP6301", () => Tree(Json(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:444455556666:backup-vault:Central"))), "Test/Policy", Rule + ".copy_actions.arn:aws:backup:eu-west-1:444455556666:backup-vault:Central"),
        Bad("XAM-001 a target outside the organization tree is rejected", "BKP6301", () => Fixture.App(s =>
        {
            var (tree, _) = Org();
            s.AddBackupPolicy("Policy", new BackupPolicyProps { Document = Read(Json(_ => { })), Targets = [tree.Root, PolicyTarget.Account("444455556666")] });
        }), "Test/Policy", "Targets[1]"),
        Good("XAM-001 a copy to an account of the organization is accepted", "BKP6301", () => Tree(Json(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:" + Member + ":backup-vault:Central")))),
        Bad("CTRL-XACC-02 a cross-account control naming an account outside the organization is warned", "BKP5762", () => Tree(Json(_ => { }), more: (_, s) =>
            s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByCrossAccount(Member, "444455556666")] })), "Test/Audit/Controls[0]", "Parameters.crossAccountList"),
        Good("CTRL-XACC-02 a cross-account control naming a member account is accepted", "BKP5762", () => Tree(Json(_ => { }), more: (_, s) =>
            s.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByCrossAccount(Member)] }))),
        Good("CTRL-XACC-02 a framework in an account outside the tree is not judged", "BKP5762", () => Tree(Json(_ => { }), more: (app, _) =>
            app.AddStack("Elsewhere", new() { Account = "777788889999", Region = Fixture.Region })
                .AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupResourcesProtectedByCrossAccount("444455556666")] }))),
        Bad("XAM-002 backup policies switched off in AWS Backup are warned", "BKP6302", () => Tree(Json(_ => { }), props: new() { BackupPoliciesEnabled = false }), "Test/Policy"),
        Bad("XAM-002 cross-account monitoring switched off is warned", "BKP6302", () => Tree(Json(_ => { }), props: new() { CrossAccountMonitoringEnabled = false })),
        Good("XAM-002 both switches on are accepted", "BKP6302", () => Tree(Json(_ => { }), props: new() { BackupPoliciesEnabled = true, CrossAccountMonitoringEnabled = true })),
        Bad("XAM-003 global settings in a member account are rejected", "BKP6303", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = Fixture.Account }, more: (app, _) =>
            app.AddStack("Member", new() { Account = Member, Region = Fixture.Region }).AddGlobalSettings("Global", new() { IsCrossAccountBackupEnabled = true })), "Member/Global"),
        Good("XAM-003 global settings in the management account are accepted", "BKP6303", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = Fixture.Account }, more: (_, s) =>
            s.AddGlobalSettings("Global", new() { IsCrossAccountBackupEnabled = true }))),
        Bad("XAM-004 a destination vault without an access policy is warned", "BKP6304", () => Tree(Json(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:" + Member + ":backup-vault:Central")), more: (app, _) =>
            app.AddStack("Central", new() { Account = Member, Region = Fixture.Region }).AddVault("Vault", new() { BackupVaultName = "Central" })), "Central/Vault", "AccessPolicy"),
        Good("XAM-004 a destination vault that lets the organization copy in is accepted", "BKP6304", () => Tree(Json(d => RuleOf(d)["copy_actions"] = CopyTo("arn:aws:backup:eu-west-1:" + Member + ":backup-vault:Central")), more: (app, _) =>
            app.AddStack("Central", new() { Account = Member, Region = Fixture.Region }).AddVault("Vault", new() { BackupVaultName = "Central", AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5")) }))),
        Bad("XAM-005 six delegated administrators are warned", "BKP6305", () => Tree(Json(_ => { }), props: new() { DelegatedAdministrators = ["100000000001", "100000000002", "100000000003", "100000000004", "100000000005", "100000000006"] }), "Test/Policy"),
        Bad("XAM-005 the management account as delegated administrator is warned", "BKP6305", () => Tree(Json(_ => { }), props: new() { ManagementAccountId = Fixture.Account, DelegatedAdministrators = [Fixture.Account] })),
        Good("XAM-005 one member account as delegated administrator is accepted", "BKP6305", () => Tree(Json(_ => { }), props: new() { DelegatedAdministrators = [Member] })),
    ];

    private static BackupApp ManyPolicies(int count)
    {
        var app = new BackupApp();
        var document = Read(Json(_ => { }));
        for (var i = 0; i < count; i++)
        {
            var stacks = app.Stacks;
            var stack = i < 500 ? stacks.Count > 0 ? stacks[0] : app.AddStack("Test", new() { Account = Fixture.Account, Region = Fixture.Region })
                : stacks.Count > 1 ? stacks[1] : app.AddStack("Test2", new() { Account = Fixture.Account, Region = Fixture.Region });
            stack.AddBackupPolicy("P" + i, new BackupPolicyProps { Document = document, Targets = [PolicyTarget.Root("r-ab12")], PolicyName = "policy-" + i });
        }

        return app;
    }
}
