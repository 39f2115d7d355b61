using System.Text.Json.Nodes;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Emit.Pulumi.Mappings;
using Backup.Iac.Graph;
using Backup.Iac.Tests;

namespace Backup.Iac.Pulumi.Tests;

public class PulumiEmitterTests
{
    private static JsonObject Program(BackupApp app) => YamlTree.Load(PulumiEmitter.Emit(Assert.Single(app.Synth().Graphs)).GetText());

    private static JsonObject Resources(BackupApp app) => Program(app)["resources"]!.AsObject();

    [Fact]
    public void A_vault_is_split_into_the_provider_resources_and_what_refers_to_it_depends_on_them()
    {
        var resources = Resources(Programs.EveryProperty());
        var vault = LogicalIds.FromPath("Locked/Resource");
        Assert.Equal("aws:backup:Vault", resources[vault]!["type"]!.GetValue<string>());
        Assert.Equal("aws:backup:VaultLockConfiguration", resources[vault + "-lock"]!["type"]!.GetValue<string>());
        Assert.Equal("aws:backup:VaultPolicy", resources[vault + "-policy"]!["type"]!.GetValue<string>());
        Assert.Equal("aws:backup:VaultNotifications", resources[vault + "-notifications"]!["type"]!.GetValue<string>());
        foreach (var part in new[] { "-lock", "-policy", "-notifications" })
        {
            Assert.Equal("${" + vault + ".name}", resources[vault + part]!["properties"]!["backupVaultName"]!.GetValue<string>());
        }

        Assert.NotNull(resources[vault + "-policy"]!["properties"]!["policy"]!["fn::toJSON"]); // structured, not a string
        var plan = resources[LogicalIds.FromPath("Plan/Resource")]!;
        var dependsOn = plan["options"]!["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        Assert.Contains("${" + vault + "-lock}", dependsOn);
        Assert.Contains("${" + vault + "-policy}", dependsOn);
        Assert.DoesNotContain("${" + vault + "}", dependsOn); // implied by the reference
    }

    [Fact]
    public void A_generated_role_keeps_its_IAM_options_inline_policies_become_role_policies()
    {
        var app = Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Tables", new BackupSelectionOptions
            {
                Resources = [BackupResource.DynamoDbTable("orders")],
                GeneratedRole = new GeneratedRoleOptions
                {
                    RoleName = "orders-backup",
                    DisableDefaultPolicies = true,
                    ManagedPolicyArns = [GeneratedRoleOptions.AwsManagedPolicyArn("service-role/AWSBackupServiceRolePolicyForBackup")],
                    InlinePolicies =
                    [
                        RolePolicy.Of("kms", new RolePolicyStatement { Actions = ["kms:Decrypt"], Resources = [Fixture.KeyArn] }),
                        RolePolicy.FromJson("tags", """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "tag:GetResources", "Resource": "*" }] }"""),
                    ],
                    PermissionsBoundaryArn = "arn:aws:iam::111122223333:policy/boundary",
                },
            });
        });
        var emitted = PulumiEmitter.Emit(Assert.Single(app.Synth().Graphs));
        Assert.Empty(emitted.Diagnostics); // nothing left out (BKP8106)
        var resources = YamlTree.Load(emitted.GetText())["resources"]!.AsObject();
        var role = LogicalIds.FromPath("Plan/Tables/Role/Resource");

        var properties = resources[role]!["properties"]!;
        Assert.Equal(("aws:iam:Role", "orders-backup", "arn:aws:iam::111122223333:policy/boundary"),
            (resources[role]!["type"]!.GetValue<string>(), properties["name"]!.GetValue<string>(), properties["permissionsBoundary"]!.GetValue<string>()));
        Assert.Single(resources[role + "-policies"]!["properties"]!["policyArns"]!.AsArray());
        foreach (var (i, name) in new[] { (0, "kms"), (1, "tags") })
        {
            var policy = resources[$"{role}-inline-{i}"]!;
            Assert.Equal("aws:iam:RolePolicy", policy["type"]!.GetValue<string>());
            Assert.Equal(("${" + role + ".name}", name), (policy["properties"]!["role"]!.GetValue<string>(), policy["properties"]!["name"]!.GetValue<string>()));
            Assert.NotNull(policy["properties"]!["policy"]!["fn::toJSON"]); // structured, as the vault policy
        }
    }

    [Fact]
    public void Retained_vaults_and_their_parts_are_kept_on_delete_and_destroyed_ones_are_not()
    {
        var resources = Resources(Programs.EveryProperty());
        var locked = LogicalIds.FromPath("Locked/Resource");
        Assert.True(resources[locked]!["options"]!["retainOnDelete"]!.GetValue<bool>());
        Assert.True(resources[locked + "-lock"]!["options"]!["retainOnDelete"]!.GetValue<bool>());
        Assert.Null(resources[LogicalIds.FromPath("Scratch/Resource")]!["options"]?["retainOnDelete"]);
        Assert.Null(resources[LogicalIds.FromPath("Plan/Resource")]!["options"]?["retainOnDelete"]);
    }

    [Fact]
    public void A_bound_region_is_project_configuration_and_an_unbound_one_comes_from_the_provider()
    {
        var bound = Program(Fixture.App(s => s.AddVault("Vault")));
        Assert.Equal(Fixture.Region, bound["config"]!["aws:region"]!["value"]!.GetValue<string>());

        var unbound = PulumiEmitter.Emit(Assert.Single(Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")] });
        }, account: null, region: null).Synth().Graphs));
        var program = YamlTree.Load(unbound.Text!);
        Assert.Null(program["config"]?["aws:region"]);
        Assert.Equal("region", program["variables"]!["aws-region"]!["fn::invoke"]!["return"]!.GetValue<string>());
        Assert.Equal("accountId", program["variables"]!["aws-account-id"]!["fn::invoke"]!["return"]!.GetValue<string>());
        Assert.Contains("${aws-region}:${aws-account-id}:table/orders", unbound.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_become_config_keys_with_their_descriptions_as_comments()
    {
        var text = PulumiEmitter.Emit(Assert.Single(AirGappedRecovery.AirGappedRecoveryEstate.Build().Synth().Graphs)).GetText();
        Assert.Contains("  # The subnet restored instances start in.\n  RestoreSubnetId:\n    type: string\n", text, StringComparison.Ordinal);
        Assert.Contains("subnetId: \"${RestoreSubnetId}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_dollars_are_escaped_and_read_back_as_written()
    {
        var graph = Programs.Single(ResourceTypes.BackupVault, MapValue.Of(
            new("BackupVaultName", "vault"),
            new("BackupVaultTags", MapValue.Of(new KeyValuePair<string, Value?>("price", "${not.a.reference} costs $5")))));
        var text = PulumiEmitter.Emit(graph).GetText();
        Assert.Contains("price: \"$${not.a.reference} costs $$5\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_the_logical_ids_so_both_outputs_name_a_resource_alike()
    {
        foreach (var (_, graph, program) in Programs.All.Take(40))
        {
            var names = YamlTree.Load(program.Text!)["resources"]!.AsObject().Select(r => r.Key).ToHashSet();
            Assert.Superset(graph.Resources.Where(r => PulumiMappings.ByType.ContainsKey(r.Type)).Select(r => r.LogicalId).ToHashSet(), names);
        }
    }

    [Fact]
    public void Organizations_policies_get_one_attachment_per_target_and_keep_their_content_structured()
    {
        var program = YamlTree.Load(PulumiEmitter.Emit(Programs.Governance()).GetText());
        var resources = program["resources"]!.AsObject();
        Assert.Equal("BACKUP_POLICY", resources["OrgPolicy7E3F9A21"]!["properties"]!["type"]!.GetValue<string>());
        Assert.Equal("org-vault", resources["OrgPolicy7E3F9A21"]!["properties"]!["content"]!["fn::toJSON"]!["plans"]!["OrgDaily"]!["rules"]!["Daily"]!["target_backup_vault_name"]!["@@assign"]!.GetValue<string>());
        Assert.Equal("${OrgPolicy7E3F9A21.id}", resources["OrgPolicy7E3F9A21-attachment-ou-abcd-12345678"]!["properties"]!["policyId"]!.GetValue<string>());
        Assert.Equal("444455556666", resources["OrgPolicy7E3F9A21-attachment-444455556666"]!["properties"]!["targetId"]!.GetValue<string>());
        Assert.Equal("${Framework1D9E5B9C.arn}", resources["ReportA1B2C3D4"]!["properties"]!["reportSetting"]!["frameworkArns"]![0]!.GetValue<string>());
        Assert.Equal("daily", resources["Framework1D9E5B9C"]!["properties"]!["controls"]![1]!["scope"]!["tags"]!["backup"]!.GetValue<string>());
    }

    [Fact]
    public void Config_recorders_are_started_by_a_status_after_their_delivery_channel()
    {
        var emitted = PulumiEmitter.Emit(Programs.Governance());
        Assert.Empty(emitted.Diagnostics);
        var resources = YamlTree.Load(emitted.Text!)["resources"]!.AsObject();
        var recorder = resources["TrackingRecorder3C4D"]!;
        Assert.Equal("aws:cfg:Recorder", recorder["type"]!.GetValue<string>());
        Assert.Equal("arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/${TrackingServiceLinkedRole5A1B.name}", recorder["properties"]!["roleArn"]!.GetValue<string>());
        Assert.Equal("EXCLUSION_BY_RESOURCE_TYPES", recorder["properties"]!["recordingGroup"]!["recordingStrategies"]![0]!["useOnly"]!.GetValue<string>());
        Assert.Equal("AWS::EC2::NetworkInterface", recorder["properties"]!["recordingGroup"]!["exclusionByResourceTypes"]![0]!["resourceTypes"]![0]!.GetValue<string>());
        Assert.Equal("DAILY", recorder["properties"]!["recordingMode"]!["recordingModeOverride"]!["recordingFrequency"]!.GetValue<string>());
        Assert.Equal("${TrackingServiceLinkedRole5A1B}", recorder["options"]!["dependsOn"]![0]!.GetValue<string>());
        var channel = resources["TrackingDeliveryChannel5E6F"]!;
        Assert.Equal("aws:cfg:DeliveryChannel", channel["type"]!.GetValue<string>());
        Assert.Equal("TwentyFour_Hours", channel["properties"]!["snapshotDeliveryProperties"]!["deliveryFrequency"]!.GetValue<string>());
        Assert.Equal(["${TrackingRecorder3C4D}"], channel["options"]!["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()));
        var status = resources["TrackingRecorder3C4D-status"]!;
        Assert.Equal("aws:cfg:RecorderStatus", status["type"]!.GetValue<string>());
        Assert.True(status["properties"]!["isEnabled"]!.GetValue<bool>());
        Assert.Equal("${TrackingRecorder3C4D.name}", status["properties"]!["name"]!.GetValue<string>());
        Assert.Equal(["${TrackingDeliveryChannel5E6F}", "${TrackingRecorder3C4D}"], status["options"]!["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("config.amazonaws.com", resources["TrackingServiceLinkedRole5A1B"]!["properties"]!["awsServiceName"]!.GetValue<string>());
    }

    [Fact]
    public void A_recorder_without_a_delivery_channel_gets_no_status_and_extra_mode_overrides_are_reported()
    {
        var overrides = new ListValue([.. Enumerable.Range(0, 3).Select(i => (Value)MapValue.Of(
            new KeyValuePair<string, Value?>("RecordingFrequency", "DAILY"),
            new KeyValuePair<string, Value?>("ResourceTypes", new ListValue(["AWS::Backup::BackupVault"]))))]);
        var graph = Programs.Single(ResourceTypes.ConfigurationRecorder, MapValue.Of(
            new KeyValuePair<string, Value?>("RoleARN", "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"),
            new KeyValuePair<string, Value?>("RecordingMode", MapValue.Of(new KeyValuePair<string, Value?>("RecordingModeOverrides", overrides)))));
        var emitted = PulumiEmitter.Emit(graph, "Test");
        Assert.All(emitted.Diagnostics, d => Assert.Equal(("BKP8106", "Test/Thing"), (d.Code, d.Path)));
        Assert.Equal(
            ["RecordingMode.RecordingModeOverrides[1].RecordingFrequency", "RecordingMode.RecordingModeOverrides[1].ResourceTypes",
             "RecordingMode.RecordingModeOverrides[2].RecordingFrequency", "RecordingMode.RecordingModeOverrides[2].ResourceTypes"],
            emitted.Diagnostics.Select(d => d.Property).Order(StringComparer.Ordinal));
        var resources = YamlTree.Load(emitted.Text!)["resources"]!.AsObject();
        Assert.Equal(["Thing12345678"], resources.Select(r => r.Key));
    }

    // ---- Limits: one case that reports each code, one that does not ----

    public static TheoryData<string, bool> Limits => new()
    {
        { "BKP8101", true }, { "BKP8101", false },
        { "BKP8102", true }, { "BKP8102", false },
        { "BKP8103", true }, { "BKP8103", false },
        { "BKP8104", true }, { "BKP8104", false },
        { "BKP8105", true }, { "BKP8105", false },
        { "BKP8106", true }, { "BKP8106", false },
        { "BKP8107", true }, { "BKP8107", false },
        { "BKP8108", true }, { "BKP8108", false },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Each_limit_is_reported_where_it_applies_and_only_there(string code, bool violates)
    {
        var (graph, path, property) = LimitCase(code, violates);
        var program = PulumiEmitter.Emit(graph, "Test");
        var reported = program.Diagnostics.Where(d => d.Code == code).ToList();
        if (!violates)
        {
            Assert.Empty(reported);
            return;
        }

        var d = Assert.Single(reported);
        Assert.Equal(path, d.Path);
        Assert.Equal(property, d.Property);
        var limit = Assert.Single(PulumiLimits.All, l => l.Code == code);
        Assert.Equal(limit.Severity, d.Severity);
        Assert.Equal(limit.Severity == Severity.Error, program.Text is null);
        Assert.EndsWith(".", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", d.Message, StringComparison.Ordinal);
    }

    private static (ResourceGraph Graph, string Path, string? Property) LimitCase(string code, bool violates)
    {
        Resource Of(string type, MapValue properties) => new(LogicalIds.FromPath("Thing/Resource"), type, "Thing/Resource", properties);
        ResourceGraph Graph(params Resource[] resources) => new("Test", [.. resources]) { Region = Fixture.Region };
        ResourceGraph FromApp(Action<BackupStack> build) => Assert.Single(Fixture.App(build).Synth().Graphs);
        var vault = MapValue.Of(new KeyValuePair<string, Value?>("BackupVaultName", "vault"));
        switch (code)
        {
            case "BKP8101":
                return (FromApp(s =>
                {
                    s.AddVault("Vault", new BackupVaultProps { BackupVaultName = "held" });
                    if (violates)
                    {
                        s.AddLegalHold("Hold", new LegalHoldProps { Title = "Case 1", Description = "Audit.", VaultNames = ["held"] });
                    }
                }), "Test/Hold", null);
            case "BKP8102":
                return (FromApp(s =>
                {
                    var v = s.AddVault("Vault", new BackupVaultProps { BackupVaultName = "tiered" });
                    if (violates)
                    {
                        s.AddTieringConfiguration("Tiering", new TieringConfigurationProps
                        {
                            TieringConfigurationName = "cold_after_90", Vault = v,
                            ResourceSelection = [new TieringResourceSelection { Resources = ["*"], TieringDownAfter = Duration.Days(90) }],
                        });
                    }
                }), "Test/Tiering", null);
            case "BKP8103":
                var rule = BackupPlanRule.Daily() with { IndexActions = violates ? [IndexAction.For("EBS")] : [] };
                return (FromApp(s => Fixture.Plan(s, s.AddVault("Vault"), rule)), "Test/Plan/Rules[Daily]", "IndexActions");
            case "BKP8104":
                return (FromApp(s => s.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps
                {
                    MinRetention = Duration.Days(7), MaxRetention = Duration.Days(90),
                    MpaApprovalTeamArn = violates ? "arn:aws:backup:eu-west-1:111122223333:approval-team/team1" : null,
                })), "Test/AirGapped", "MpaApprovalTeamArn");
            case "BKP8105":
                return (FromApp(s => s.AddRegionSettings("Region", new RegionSettingsProps
                {
                    ResourceTypeOptInPreference = violates ? null : new Dictionary<string, bool> { ["EBS"] = true },
                    ResourceTypeManagementPreference = new Dictionary<string, bool> { ["DynamoDB"] = true },
                })), "Test/Region", "ResourceTypeOptInPreference");
            case "BKP8106":
                var lifecycle = MapValue.Of(new KeyValuePair<string, Value?>("DeleteAfterDays", 35L), new("FutureSetting", violates ? 7L : null));
                var plan = MapValue.Of(new KeyValuePair<string, Value?>("BackupPlan", MapValue.Of(
                    new KeyValuePair<string, Value?>("BackupPlanName", "plan"),
                    new("BackupPlanRule", new ListValue([MapValue.Of(
                        new KeyValuePair<string, Value?>("RuleName", "Daily"), new("TargetBackupVault", "vault"), new("Lifecycle", lifecycle))])))));
                return (Graph(Of(ResourceTypes.BackupPlan, plan)), "Test/Thing", "BackupPlan.BackupPlanRule[0].Lifecycle.FutureSetting");
            case "BKP8107":
                return (Graph(Of(violates ? "AWS::SNS::Topic" : ResourceTypes.BackupVault, vault)), "Test/Thing", null);
            case "BKP8108":
                Value name = violates ? new OpaqueValue("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>("Fn::Sub", "${AWS::StackName}-vault"))) : "vault";
                return (Graph(Of(ResourceTypes.BackupVault, MapValue.Of(new KeyValuePair<string, Value?>("BackupVaultName", name)))), "Test/Thing", "BackupVaultName");
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, null);
        }
    }

    [Fact]
    public void Every_limit_has_a_case_and_a_page_in_the_rule_book()
    {
        Assert.Equal(PulumiLimits.All.Select(l => l.Code).Order(), Limits.Select(r => (string)r[0]).Distinct().Order());
        Assert.All(PulumiLimits.All, l =>
        {
            Assert.Matches("^BKP81[0-9]{2}$", l.Code);
            Assert.Same(l, RuleBook.Find(l.Code));
            Assert.StartsWith("https://", l.Url, StringComparison.Ordinal);
        });
    }
}
