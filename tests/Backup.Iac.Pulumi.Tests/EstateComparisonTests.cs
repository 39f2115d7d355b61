using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// For every example, the CloudFormation template and the Pulumi program describe the same estate: each output is read
/// on its own terms (CloudFormation's Ref/GetAtt/Join, Pulumi's interpolations, split vault resources and invokes) into a
/// neutral description of vaults, locks, notifications, policies, rules (schedule, windows, lifecycle, copies),
/// selections and restore tests, and the two descriptions must be equal.
/// </summary>
public partial class EstateComparisonTests
{
    public static TheoryData<string> Examples => new(Programs.Apps().Select(a => a.Name).Where(n => n is "QuickStart" or "AirGappedRecovery" or "EveryProperty"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_template_and_the_program_describe_the_same_estate(string name)
    {
        var app = Programs.Apps().Single(a => a.Name == name).App;
        foreach (var graph in app.Synth().Graphs)
        {
            var template = (JsonObject)JsonNode.Parse(CloudFormationEmitter.Emit(graph).GetText())!;
            var program = YamlTree.Load(PulumiEmitter.Emit(graph).GetText());
            var fromTemplate = FromTemplate(template);
            var fromProgram = FromProgram(program);
            Assert.NotEmpty(fromTemplate);
            Assert.Equal(Render(fromTemplate), Render(fromProgram));
        }
    }

    [Fact]
    public void The_comparison_sees_a_difference()
    {
        var graph = Assert.Single(QuickStart.QuickStartEstate.Build().Synth().Graphs);
        var template = (JsonObject)JsonNode.Parse(CloudFormationEmitter.Emit(graph).GetText())!;
        var text = PulumiEmitter.Emit(graph).GetText();
        foreach (var (from, to) in new[] { ("startWindow: 60", "startWindow: 61"), ("coldStorageAfter: 30", "coldStorageAfter: 31"), ("- COPY_JOB_FAILED\n", ""), ("minRetentionDays: 30", "minRetentionDays: 31") })
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            Assert.NotEqual(Render(FromTemplate(template)), Render(FromProgram(YamlTree.Load(text.Replace(from, to, StringComparison.Ordinal)))));
        }
    }

    private static string Render(SortedDictionary<string, string> estate) => string.Join("\n", estate.Select(e => e.Key + " = " + e.Value));

    // ---- CloudFormation, read on its own terms ----

    private static SortedDictionary<string, string> FromTemplate(JsonObject template)
    {
        var resources = template["Resources"]!.AsObject();
        string Eval(JsonNode? node) => node switch
        {
            JsonObject o when o.ContainsKey("Ref") => RefOf(o["Ref"]!.GetValue<string>()),
            JsonObject o when o.ContainsKey("Fn::GetAtt") => AttOf(o["Fn::GetAtt"]![0]!.GetValue<string>(), o["Fn::GetAtt"]![1]!.GetValue<string>()),
            JsonObject o when o.ContainsKey("Fn::Join") => string.Join(o["Fn::Join"]![0]!.GetValue<string>(), o["Fn::Join"]![1]!.AsArray().Select(Eval)),
            JsonObject o => "{" + string.Join(",", o.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ":" + Eval(e.Value))) + "}",
            JsonArray a => "[" + string.Join(",", a.Select(Eval)) + "]",
            null => "",
            _ => node.ToString(),
        };
        string RefOf(string id) => id switch
        {
            "AWS::Partition" => "<partition>",
            "AWS::Region" => "<region>",
            "AWS::AccountId" => "<account>",
            _ when !resources.ContainsKey(id) => "<param:" + id + ">",
            _ => resources[id]!["Type"]!.GetValue<string>() switch
            {
                "AWS::Backup::BackupVault" or "AWS::Backup::LogicallyAirGappedBackupVault" => Eval(resources[id]!["Properties"]!["BackupVaultName"]),
                "AWS::Backup::BackupPlan" => "plan:" + Eval(resources[id]!["Properties"]!["BackupPlan"]!["BackupPlanName"]),
                "AWS::Backup::RestoreTestingPlan" => Eval(resources[id]!["Properties"]!["RestoreTestingPlanName"]),
                _ => "ref:" + id,
            },
        };
        string AttOf(string id, string attribute) => (resources[id]!["Type"]!.GetValue<string>(), attribute) switch
        {
            (_, "BackupVaultArn") => "vault-arn:" + Eval(resources[id]!["Properties"]!["BackupVaultName"]),
            ("AWS::IAM::Role", "Arn") => "role:" + id + ":" + Eval(resources[id]!["Properties"]!["ManagedPolicyArns"]),
            _ => $"att:{id}.{attribute}",
        };

        var estate = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, node) in resources)
        {
            var p = node!["Properties"] ?? new JsonObject();
            switch (node["Type"]!.GetValue<string>())
            {
                case "AWS::Backup::BackupVault" or "AWS::Backup::LogicallyAirGappedBackupVault":
                    var vault = "vault " + Eval(p["BackupVaultName"]);
                    estate[vault] = $"kms={Eval(p["EncryptionKeyArn"])} tags={Eval(p["BackupVaultTags"])} retain={node["DeletionPolicy"]?.GetValue<string>() == "Retain"}";
                    estate[vault + " retention"] = $"min={Eval(p["MinRetentionDays"] ?? p["LockConfiguration"]?["MinRetentionDays"])} max={Eval(p["MaxRetentionDays"] ?? p["LockConfiguration"]?["MaxRetentionDays"])} changeable={Eval(p["LockConfiguration"]?["ChangeableForDays"])} locked={p["LockConfiguration"] is not null}";
                    estate[vault + " notifications"] = $"{Eval(p["Notifications"]?["SNSTopicArn"])} {Eval(p["Notifications"]?["BackupVaultEvents"])}";
                    estate[vault + " policy"] = Eval(p["AccessPolicy"]);
                    break;
                case "AWS::Backup::BackupPlan":
                    var plan = "plan " + Eval(p["BackupPlan"]!["BackupPlanName"]);
                    estate[plan] = $"tags={Eval(p["BackupPlanTags"])} advanced={Eval(p["BackupPlan"]!["AdvancedBackupSettings"])}";
                    foreach (var rule in p["BackupPlan"]!["BackupPlanRule"]!.AsArray())
                    {
                        estate[plan + " rule " + Eval(rule!["RuleName"])] =
                            $"vault={Eval(rule["TargetBackupVault"])} schedule={Eval(rule["ScheduleExpression"])} tz={Eval(rule["ScheduleExpressionTimezone"])} "
                            + $"start={Eval(rule["StartWindowMinutes"])} completion={Eval(rule["CompletionWindowMinutes"])} continuous={Eval(rule["EnableContinuousBackup"])} "
                            + $"life={Life(rule["Lifecycle"], Eval)} tags={Eval(rule["RecoveryPointTags"])} copies=["
                            + string.Join(";", (rule["CopyActions"]?.AsArray() ?? []).Select(c => Eval(c!["DestinationBackupVaultArn"]) + " " + Life(c["Lifecycle"], Eval))) + "]";
                    }

                    break;
                case "AWS::Backup::BackupSelection":
                    var s = p["BackupSelection"]!;
                    var conditions = s["Conditions"]?.AsObject().SelectMany(op => op.Value!.AsArray().Select(c => $"{op.Key}({Eval(c!["ConditionKey"])}={Eval(c["ConditionValue"])})")) ?? [];
                    estate[$"selection {RefOf(p["BackupPlanId"]!["Ref"]!.GetValue<string>())} {Eval(s["SelectionName"])}"] =
                        $"role={Eval(s["IamRoleArn"])} resources={Eval(s["Resources"])} not={Eval(s["NotResources"])} "
                        + $"tags={string.Join(";", (s["ListOfTags"]?.AsArray() ?? []).Select(t => $"{Eval(t!["ConditionType"])}({Eval(t["ConditionKey"])}={Eval(t["ConditionValue"])})"))} "
                        + $"conditions={string.Join(";", conditions.Order(StringComparer.Ordinal))}";
                    break;
                case "AWS::Backup::RestoreTestingPlan":
                    estate["restore plan " + Eval(p["RestoreTestingPlanName"])] =
                        $"{Eval(p["ScheduleExpression"])} tz={Eval(p["ScheduleExpressionTimezone"])} start={Eval(p["StartWindowHours"])} selection={Eval(p["RecoveryPointSelection"])} tags={Eval(p["Tags"])}";
                    break;
                case "AWS::Backup::RestoreTestingSelection":
                    estate[$"restore selection {Eval(p["RestoreTestingPlanName"])} {Eval(p["RestoreTestingSelectionName"])}"] =
                        $"{Eval(p["ProtectedResourceType"])} role={Eval(p["IamRoleArn"])} arns={Eval(p["ProtectedResourceArns"])} conditions={Eval(p["ProtectedResourceConditions"])} "
                        + $"overrides={Eval(p["RestoreMetadataOverrides"])} window={Eval(p["ValidationWindowHours"])}";
                    break;
            }
        }

        return estate;
    }

    private static string Life(JsonNode? life, Func<JsonNode?, string> eval) =>
        life is null ? "-" : $"cold={eval(life["MoveToColdStorageAfterDays"])} delete={eval(life["DeleteAfterDays"])} archive={eval(life["OptInToArchiveForSupportedResources"])}";

    // ---- Pulumi, read on its own terms ----

    private static SortedDictionary<string, string> FromProgram(JsonObject program)
    {
        var resources = program["resources"]!.AsObject();
        JsonNode? Props(string name) => resources[name]!["properties"];
        string Interpolated(string text) => Interpolation().Replace(text.Replace("$$", "\u0001", StringComparison.Ordinal), m => Access(m.Groups[1].Value, m.Groups[2].Value)).Replace("\u0001", "$", StringComparison.Ordinal);
        string Access(string root, string output)
        {
            if (program["variables"]?[root]?["fn::invoke"]?["return"]?.GetValue<string>() is { } returned)
            {
                return returned switch { "partition" => "<partition>", "region" => "<region>", _ => "<account>" };
            }

            if (!resources.ContainsKey(root))
            {
                return "<param:" + root + ">";
            }

            return (resources[root]!["type"]!.GetValue<string>(), output) switch
            {
                ("aws:backup:Vault" or "aws:backup:LogicallyAirGappedVault", "name") => Eval(Props(root)!["name"]),
                ("aws:backup:Vault" or "aws:backup:LogicallyAirGappedVault", "arn") => "vault-arn:" + Eval(Props(root)!["name"]),
                ("aws:backup:Plan", "id") => "plan:" + Eval(Props(root)!["name"]),
                ("aws:backup:RestoreTestingPlan", "name") => Eval(Props(root)!["name"]),
                ("aws:iam:Role", "arn") => "role:" + root + ":" + Eval(resources.Where(r => r.Value!["type"]!.GetValue<string>() == "aws:iam:RolePolicyAttachmentsExclusive"
                    && r.Value["properties"]!["roleName"]!.GetValue<string>() == "${" + root + ".name}").Select(r => r.Value!["properties"]!["policyArns"]).SingleOrDefault()),
                var (type, o) => $"att:{root}.{type}.{o}",
            };
        }

        string Eval(JsonNode? node) => node switch
        {
            JsonObject o when o.ContainsKey("fn::toJSON") => Eval(o["fn::toJSON"]),
            JsonObject o => "{" + string.Join(",", o.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ":" + Eval(e.Value))) + "}",
            JsonArray a => "[" + string.Join(",", a.Select(Eval)) + "]",
            JsonValue v when v.TryGetValue<string>(out var s) => Interpolated(s),
            null => "",
            _ => node.ToString(),
        };
        JsonNode? Part(string owner, string type, string key) => resources
            .Where(r => r.Value!["type"]!.GetValue<string>() == type && r.Value["properties"]!["backupVaultName"]!.GetValue<string>() == "${" + owner + ".name}")
            .Select(r => r.Value!["properties"]![key]).SingleOrDefault();
        string Retained(string name) => (resources[name]!["options"]?["retainOnDelete"]?.GetValue<bool>() ?? false).ToString();

        // CloudFormation's map-style names of nested properties, to compare like with like.
        string Tags(JsonNode? tags) => Eval(tags);
        string Life(JsonNode? life) => life is null ? "-" : $"cold={Eval(life["coldStorageAfter"])} delete={Eval(life["deleteAfter"])} archive={Eval(life["optInToArchiveForSupportedResources"])}";

        var estate = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in resources)
        {
            var p = node!["properties"] ?? new JsonObject();
            switch (node["type"]!.GetValue<string>())
            {
                case "aws:backup:Vault" or "aws:backup:LogicallyAirGappedVault":
                    var isAirGapped = node["type"]!.GetValue<string>() == "aws:backup:LogicallyAirGappedVault";
                    var vault = "vault " + Eval(p["name"]);
                    estate[vault] = $"kms={Eval(p["kmsKeyArn"] ?? p["encryptionKeyArn"])} tags={Tags(p["tags"])} retain={Retained(name)}";
                    var hasLock = Part(name, "aws:backup:VaultLockConfiguration", "backupVaultName") is not null;
                    estate[vault + " retention"] = isAirGapped
                        ? $"min={Eval(p["minRetentionDays"])} max={Eval(p["maxRetentionDays"])} changeable= locked=False"
                        : $"min={Eval(Part(name, "aws:backup:VaultLockConfiguration", "minRetentionDays"))} max={Eval(Part(name, "aws:backup:VaultLockConfiguration", "maxRetentionDays"))} changeable={Eval(Part(name, "aws:backup:VaultLockConfiguration", "changeableForDays"))} locked={hasLock}";
                    estate[vault + " notifications"] = $"{Eval(Part(name, "aws:backup:VaultNotifications", "snsTopicArn"))} {Eval(Part(name, "aws:backup:VaultNotifications", "backupVaultEvents"))}";
                    estate[vault + " policy"] = Eval(Part(name, "aws:backup:VaultPolicy", "policy"));
                    break;
                case "aws:backup:Plan":
                    var plan = "plan " + Eval(p["name"]);
                    var advanced = p["advancedBackupSettings"]?.AsArray().Select(a => new JsonObject { ["BackupOptions"] = a!["backupOptions"]!.DeepClone(), ["ResourceType"] = a["resourceType"]!.DeepClone() });
                    estate[plan] = $"tags={Tags(p["tags"])} advanced={(advanced is null ? "" : Eval(new JsonArray([.. advanced])))}";
                    foreach (var rule in p["rules"]!.AsArray())
                    {
                        estate[plan + " rule " + Eval(rule!["ruleName"])] =
                            $"vault={Eval(rule["targetVaultName"])} schedule={Eval(rule["schedule"])} tz={Eval(rule["scheduleExpressionTimezone"])} "
                            + $"start={Eval(rule["startWindow"])} completion={Eval(rule["completionWindow"])} continuous={Eval(rule["enableContinuousBackup"])} "
                            + $"life={Life(rule["lifecycle"])} tags={Eval(rule["recoveryPointTags"])} copies=["
                            + string.Join(";", (rule["copyActions"]?.AsArray() ?? []).Select(c => Eval(c!["destinationVaultArn"]) + " " + Life(c["lifecycle"]))) + "]";
                    }

                    break;
                case "aws:backup:Selection":
                    var conditions = (p["conditions"]?.AsArray() ?? []).SelectMany(c => c!.AsObject().SelectMany(op => op.Value!.AsArray().Select(kv =>
                        $"{op.Key switch { "stringEquals" => "StringEquals", "stringLikes" => "StringLike", "stringNotEquals" => "StringNotEquals", _ => "StringNotLike" }}({Eval(kv!["key"])}={Eval(kv["value"])})")));
                    estate[$"selection {Eval(p["planId"])} {Eval(p["name"])}"] =
                        $"role={Eval(p["iamRoleArn"])} resources={Eval(p["resources"])} not={Eval(p["notResources"])} "
                        + $"tags={string.Join(";", (p["selectionTags"]?.AsArray() ?? []).Select(t => $"{Eval(t!["type"])}({Eval(t["key"])}={Eval(t["value"])})"))} "
                        + $"conditions={string.Join(";", conditions.Order(StringComparer.Ordinal))}";
                    break;
                case "aws:backup:RestoreTestingPlan":
                    var rps = p["recoveryPointSelection"]!;
                    var selection = new JsonObject();
                    foreach (var (key, value) in rps.AsObject())
                    {
                        selection[char.ToUpperInvariant(key[0]) + key[1..]] = value!.DeepClone();
                    }

                    var tags = p["tags"]?.AsObject().Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value!.DeepClone() });
                    estate["restore plan " + Eval(p["name"])] =
                        $"{Eval(p["scheduleExpression"])} tz={Eval(p["scheduleExpressionTimezone"])} start={Eval(p["startWindowHours"])} selection={Eval(selection)} tags={(tags is null ? "" : Eval(new JsonArray([.. tags])))}";
                    break;
                case "aws:backup:RestoreTestingSelection":
                    var c = p["protectedResourceConditions"];
                    var cfnConditions = c is null ? null : new JsonObject(c.AsObject().Select(op => KeyValuePair.Create<string, JsonNode?>(
                        char.ToUpperInvariant(op.Key[0]) + op.Key[1..],
                        new JsonArray([.. op.Value!.AsArray().Select(kv => (JsonNode)new JsonObject { ["Key"] = kv!["key"]!.DeepClone(), ["Value"] = kv["value"]!.DeepClone() })]))));
                    estate[$"restore selection {Eval(p["restoreTestingPlanName"])} {Eval(p["name"])}"] =
                        $"{Eval(p["protectedResourceType"])} role={Eval(p["iamRoleArn"])} arns={Eval(p["protectedResourceArns"])} conditions={Eval(cfnConditions)} "
                        + $"overrides={Eval(p["restoreMetadataOverrides"])} window={Eval(p["validationWindowHours"])}";
                    break;
            }
        }

        return estate;
    }

    [GeneratedRegex(@"\$\{([^.\[}]+)(?:\.([A-Za-z0-9_]+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Interpolation();
}
