using System.Text.Json;
using System.Text.Json.Nodes;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Organizations;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>
/// Reading, writing and checking backup policy documents: the documented policy of the seeds (catalog 8.1 E-ORG-1),
/// the real-world policies of ../shared/corpus (no false alarms; the known defects reported), the JSON schema, the
/// reader's robustness, the typed model and the CloudFormation output.
/// </summary>
public class BackupPolicyTests
{
    /// <summary>JSON with object keys sorted (recursively), so that two documents compare by content and value types.</summary>
    internal static string Canonical(string json) => Canonical(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Canonical)]),
        _ => node?.DeepClone(),
    };

    public static TheoryData<string> Documented => new(new[] { "seed:E-ORG-1" }.Concat(PolicySources.CorpusFiles.Select(Path.GetFileName)).OfType<string>());

    private static string Text(string name) => name == "seed:E-ORG-1" ? PolicySources.SeedPolicy : File.ReadAllText(Path.Combine(PolicySources.CorpusFolder, name));

    /// <summary>What each documented policy reports on its own: the catalog's expectations (8.1; corpus README "Problems in the sources").</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["seed:E-ORG-1"] = ["BKP6009 plans.PiiBackupPlan.rules.Hourly.complete_backup_window_minutes"],
        ["awslabs__landing-zone-accelerator-on-aws__source__packages__@aws-accelerator__accelerator__test__configs__all-enabled__backup-policies__org-backup-policies.json"] =
        [
            .. new[] { "Monthly_Rule", "Weekly_Rule", "Daily_Rule", "NinetyDay_Rule", "Yearly_Rule" }.Select(r => $"BKP6009 plans.Organization_Backup_Plan.rules.{r}.complete_backup_window_minutes"),
            "BKP6013 plans.Organization_Backup_Plan.rules.Yearly_Rule.lifecycle.delete_after_days",
        ],
    };

    [SharedTheory]
    [MemberData(nameof(Documented))]
    public void Documented_policy_parses_validates_and_round_trips_to_identical_json(string name)
    {
        var json = Text(name);
        var result = BackupPolicyDocument.Parse(json, name);
        Assert.Equal(Expected.GetValueOrDefault(name, []).Order(StringComparer.Ordinal), result.Diagnostics.Select(d => d.Code + " " + d.Property).Order(StringComparer.Ordinal));
        Assert.Equal(Canonical(json), Canonical(result.Document.ToJson()));
        Assert.Equal(result.Document.ToJson(), BackupPolicyDocument.Parse(result.Document.ToJson()).Document.ToJson());
        Assert.Empty(BackupPolicySchema.Check(json));
    }

    [SharedTheory]
    [MemberData(nameof(Documented))]
    public void Documented_policy_as_the_only_policy_of_an_account_is_complete_except_the_partial_one(string name)
    {
        var effective = EffectivePolicy.Of(BackupPolicyDocument.Parse(Text(name)).Document);
        var incomplete = effective.Diagnostics.Where(d => d.Code == "BKP6206").Select(d => d.Property).ToList();
        if (name.Contains("policy_definition", StringComparison.Ordinal))
        {
            // Valid only when merged with a parent that supplies the schedule (corpus README).
            Assert.Equal(["plans.backupplan00.rules.backuprule00.schedule_expression"], incomplete);
        }
        else
        {
            Assert.Empty(incomplete);
            Assert.DoesNotContain(effective.Diagnostics, d => d.Code is "BKP6010" or "BKP6024" or "BKP6025" or "BKP6035");
        }
    }

    [SharedFact]
    public void The_partial_corpus_policy_is_complete_under_a_parent_that_supplies_the_schedule()
    {
        var tree = new OrganizationTree("r-ab12");
        var ou = tree.Root.AddOrganizationalUnit("ou-ab12-11111111", "Workloads");
        ou.AddAccount("222222222222", "App");
        var parent = OrganizationCases.Json(d =>
        {
            var plan = (JsonObject)d["plans"]!["Daily"]!;
            d["plans"] = new JsonObject { ["BackupPlan00"] = new JsonObject { ["rules"] = new JsonObject { ["BackupRule00"] = new JsonObject { ["schedule_expression"] = OrganizationCases.Assign("cron(0 5 ? * * *)") } } } };
        });
        tree.Attach(tree.Root, BackupPolicyDocument.Parse(parent).Document, "parent");
        tree.Attach(ou, BackupPolicyDocument.Parse(File.ReadAllText(PolicySources.CorpusFiles.Single(f => f.Contains("policy_definition", StringComparison.Ordinal)))).Document, "policy_definition");
        var effective = EffectivePolicy.For(tree, "222222222222");
        Assert.False(effective.HasErrors, string.Join("\n", effective.Diagnostics));
        Assert.Equal("cron(0 5 ? * * *)", effective.Policy.Plans["BackupPlan00"].Rules!["BackupRule00"].ScheduleExpression!.Text);
        Assert.Equal("Default", effective.Policy.Plans["BackupPlan00"].Rules!["BackupRule00"].TargetBackupVaultName!.Text);
    }

    public static TheoryData<string> TemplatePolicies => new(PolicySources.TemplatePolicies().Select(p => p.Name));

    /// <summary>
    /// The policies inside the corpus's CloudFormation templates parse; what they report is what the catalog expects:
    /// the placeholder copy-action key of the AWS sample (ORG-017), and in aws-backup-automation the placeholder tokens
    /// that its Lambda replaces at deploy time (a schedule and a vault ARN that are not valid as written).
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(TemplatePolicies))]
    public void Policies_in_corpus_templates_parse_with_only_the_known_findings(string name)
    {
        var json = PolicySources.TemplatePolicies().Single(p => p.Name == name).Json;
        var codes = BackupPolicyDocument.Parse(json).Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
        string[] expected = name switch
        {
            _ when name.Contains("backup-recovery-with-aws-backup", StringComparison.Ordinal) => ["BKP6067"],
            _ when name.Contains("aws-backup-automation", StringComparison.Ordinal) => ["BKP6006", "BKP6018"],
            _ => [],
        };
        Assert.Equal(expected, codes);
    }

    [Fact]
    public void The_schema_rejects_broken_policies_and_the_reader_reports_them()
    {
        string[] broken =
        [
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["schedule"] = OrganizationCases.Assign("cron(0 5 ? * * *)")),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["schedule_expression"] = new JsonObject { ["@@append"] = "cron(0 5 ? * * *)" }),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["regions"] = OrganizationCases.Assign("eu-west-1")),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["@@operators_allowed_for_child_policies"] = new JsonArray("@@all", "@@none")),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["advanced_backup_settings"] = new JsonObject { ["ec2"] = new JsonObject { ["windows_vss"] = OrganizationCases.Assign("on") } }),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["index_actions"] = new JsonObject { ["resource_types"] = OrganizationCases.Assign(new JsonArray("EFS")) }),
            OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["lifecycle"]!["delete_after_days"] = OrganizationCases.Assign("thirty")),
            "{\"Plans\": {}}",
            "{\"plans\": {\"P\": {\"regions\": {\"@@assign\": [\"eu-west-1\"], \"@@append\": [\"us-east-1\"]}}}}",
        ];
        foreach (var json in broken)
        {
            Assert.NotEmpty(BackupPolicySchema.Check(json));
            Assert.True(BackupPolicyDocument.Parse(json).HasErrors, json);
        }

        Assert.Empty(BackupPolicySchema.Check(OrganizationCases.Json(_ => { })));
    }

    [Fact]
    public void Diagnostics_carry_the_json_path_and_suggest_the_nearest_key()
    {
        var json = OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["lifecycle"]!["delete_afterdays"] = OrganizationCases.Assign("35"));
        var d = Assert.Single(BackupPolicyDocument.Parse(json, "policies/daily.json").Diagnostics);
        Assert.Equal(("BKP6033", Severity.Error, "policies/daily.json", "plans.Daily.rules.Daily.lifecycle.delete_afterdays"), (d.Code, d.Severity, d.Path, d.Property));
        Assert.Contains("Did you mean 'delete_after_days'?", d.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Reading_never_throws_on_damaged_json()
    {
        var seed = PolicySources.SeedPolicy;
        var random = new Random(7);
        string[] extras = ["{}", "[]", "null", "true", "\"x\"", "42", "{\"plans\": []}", "{\"plans\": {\"P\": null}}", "{\"plans\": {\"P\": {\"rules\": {\"R\": {\"lifecycle\": {\"@@assign\": {}}}}}}}", "{\"plans\": {\"@@operators_allowed_for_child_policies\": \"@@none\"}}"];
        var inputs = extras.Concat(Enumerable.Range(0, 300).Select(_ =>
        {
            var at = random.Next(seed.Length);
            return random.Next(3) switch
            {
                0 => seed.Remove(at, Math.Min(random.Next(1, 30), seed.Length - at)),
                1 => seed.Insert(at, new[] { "{", "}", "[", "]", ",", "\"@@", ":", "\"a\":1," }[random.Next(8)]),
                _ => seed[..at],
            };
        }));
        foreach (var input in inputs)
        {
            var result = BackupPolicyDocument.Parse(input);
            Assert.NotNull(result.Document);
            _ = result.Document.ToJson();
            _ = EffectivePolicy.Of(result.Document);
        }
    }

    [Fact]
    public void A_policy_written_in_csharp_is_the_documented_json_and_the_template_content()
    {
        var role = "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole";
        var document = new BackupPolicyDocument
        {
            Plans = new()
            {
                ["Daily"] = new PolicyPlan
                {
                    Regions = PolicyValue.Append("eu-west-1", "eu-central-1"),
                    Rules = new()
                    {
                        ["Daily"] = new PolicyRule
                        {
                            ScheduleExpression = PolicyValue.Assign("cron(0 5 ? * * *)").Locked(),
                            StartBackupWindowMinutes = PolicyValue.Assign(60),
                            TargetBackupVaultName = PolicyValue.Assign("Default"),
                            EnableContinuousBackup = PolicyValue.Assign(false),
                            Lifecycle = PolicyLifecycle.DeleteAfter(35),
                            CopyActions = new() { ["arn:aws:backup:eu-central-1:$account:backup-vault:Secondary"] = PolicyCopyAction.To("arn:aws:backup:eu-central-1:$account:backup-vault:Secondary", PolicyLifecycle.DeleteAfter(35)) },
                            RecoveryPointTags = new() { ["owner"] = PolicyTag.Of("Owner", "Backup") },
                        },
                    },
                    Selections = new PolicySelections { Tags = new() { ["Tagged"] = PolicyTagSelection.Of(role, "backup", "daily") } },
                    BackupPlanTags = new() { ["stage"] = PolicyTag.Of("Stage", "Prod") },
                },
            },
        };
        var json = document.ToJson();
        Assert.Empty(BackupPolicyDocument.Parse(json).Diagnostics);
        Assert.Empty(BackupPolicySchema.Check(json));
        Assert.Contains("\"@@operators_allowed_for_child_policies\": [\n              \"@@none\"\n            ],\n            \"@@assign\": \"cron(0 5 ? * * *)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start_backup_window_minutes\": {\n            \"@@assign\": \"60\"", json, StringComparison.Ordinal);
        Assert.Contains("\"enable_continuous_backup\": {\n            \"@@assign\": false", json, StringComparison.Ordinal);

        var app = new BackupApp();
        var tree = new OrganizationTree("r-ab12");
        app.AddStack("Org", new() { Account = "111122223333", Region = "us-east-1" })
            .AddBackupPolicy("Daily", new BackupPolicyProps { Document = document, Targets = [tree.Root, PolicyTarget.Account("111122223333")], Description = "Daily backups", Tags = new Dictionary<string, string> { ["team"] = "backup" } });
        tree.Root.AddAccount("111122223333", "Management");
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var template = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement;
        var resource = Assert.Single(template.GetProperty("Resources").EnumerateObject()).Value;
        Assert.Equal("AWS::Organizations::Policy", resource.GetProperty("Type").GetString());
        var properties = resource.GetProperty("Properties");
        Assert.Equal("BACKUP_POLICY", properties.GetProperty("Type").GetString());
        Assert.Equal("Daily", properties.GetProperty("Name").GetString());
        Assert.Equal(["r-ab12", "111122223333"], properties.GetProperty("TargetIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Object, properties.GetProperty("Content").ValueKind);
        Assert.Equal(Canonical(json), Canonical(properties.GetProperty("Content").GetRawText()));
    }

    [Fact]
    public void A_policy_read_with_deploy_time_values_keeps_them_in_the_template()
    {
        var json = OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["target_backup_vault_name"] = OrganizationCases.Assign(new JsonObject { ["Ref"] = "VaultName" }));
        var result = BackupPolicyDocument.Parse(json);
        Assert.Empty(result.Diagnostics);
        var app = Fixture.App(s => s.AddBackupPolicy("Policy", new BackupPolicyProps { Document = result.Document, Targets = [PolicyTarget.Root("r-ab12")] }));
        var template = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(app.Synth().Graphs)).GetText()).RootElement;
        var content = Assert.Single(template.GetProperty("Resources").EnumerateObject()).Value.GetProperty("Properties").GetProperty("Content");
        var vault = content.GetProperty("plans").GetProperty("Daily").GetProperty("rules").GetProperty("Daily").GetProperty("target_backup_vault_name").GetProperty("@@assign");
        Assert.Equal("VaultName", vault.GetProperty("Ref").GetString());
    }

    [Fact]
    public void Reading_problems_are_reported_again_at_synth_at_the_policy_construct()
    {
        var json = OrganizationCases.Json(d => d["plans"]!["Daily"]!["rules"]!["Daily"]!["schedule"] = OrganizationCases.Assign("x"));
        var app = Fixture.App(s => s.AddBackupPolicy("Policy", new BackupPolicyProps { Document = BackupPolicyDocument.Parse(json).Document, Targets = [PolicyTarget.Root("r-ab12")] }));
        var d = Assert.Single(app.Synth().Errors);
        Assert.Equal(("BKP6033", "Test/Policy#plans.Daily.rules.Daily.schedule"), (d.Code, d.Location));
    }
}

/// <summary>Catalog rows that the model makes impossible to break (ORGP-001, ORGP-002), checked on real output.</summary>
public class BackupPolicyByConstructionTests
{
    [Fact]
    public void ORGP_001_and_ORGP_002_a_backup_policy_is_always_BACKUP_POLICY_with_its_content_as_a_map()
    {
        var app = Fixture.App(s =>
        {
            s.AddBackupPolicy("Empty", new BackupPolicyProps { Document = new BackupPolicyDocument(), Targets = [PolicyTarget.Root("r-ab12")] });
            s.AddBackupPolicy("Read", new BackupPolicyProps { Document = BackupPolicyDocument.Parse(Constraints.OrganizationCases.Json(_ => { })).Document, Targets = [PolicyTarget.Root("r-ab12")] });
        });
        var result = app.Synth();
        var resources = JsonDocument.Parse(CloudFormationEmitter.Emit(Assert.Single(result.Graphs)).GetText()).RootElement.GetProperty("Resources").EnumerateObject().ToList();
        Assert.Equal(2, resources.Count);
        Assert.All(resources, r =>
        {
            Assert.Equal("AWS::Organizations::Policy", r.Value.GetProperty("Type").GetString());
            Assert.Equal("BACKUP_POLICY", r.Value.GetProperty("Properties").GetProperty("Type").GetString());
            Assert.Equal(JsonValueKind.Object, r.Value.GetProperty("Properties").GetProperty("Content").ValueKind);
        });
        Assert.Throws<ArgumentNullException>(() => Fixture.App(s => s.AddBackupPolicy("Null", null!)));
    }
}
