using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Amazon.CDK.AWS.Config;
using Amazon.CDK.AWS.IAM;
using Backup.Iac.Cdk.Rendering;
using Backup.Iac.Graph;
using OrganizationsPolicy = Amazon.CDK.AWS.Organizations.CfnPolicy;
using Resource = Backup.Iac.Graph.Resource;

namespace Backup.Iac.Cdk.Tests;

using Construct = Constructs.Construct;

/// <summary>
/// Hand-built graphs: the governance types another part of the model adds (Framework, ReportPlan, Organizations
/// policy, in their CloudFormation shape), and the corners of the value tree (JSON nulls, opaque expressions,
/// parameters in number fields, unknown types, missing required fields). One app, synthesized once.
/// </summary>
public sealed class GraphMappingTests
{
    private static readonly Lazy<Rendered> Shared = new(Render);

    [Fact]
    public void Framework_report_plan_and_organizations_policy_use_their_L1_classes_and_equal_the_native_template()
    {
        var r = Shared.Value;
        Assert.IsType<CfnFramework>(r.Resources["Framework"]);
        Assert.IsType<CfnReportPlan>(r.Resources["Report"]);
        Assert.IsType<OrganizationsPolicy>(r.Resources["Policy"]);
        var differences = Templates.Differences(Only(r.Native, "Framework", "Report", "Policy"), r.Cdk);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal("FrameworkArn", r.Cdk["Resources"]!["Report"]!["Properties"]!["ReportSetting"]!["FrameworkArns"]![0]!["Fn::GetAtt"]![1]!.GetValue<string>());
    }

    [Fact]
    public void Resource_tracking_uses_the_Config_and_IAM_L1_classes_with_dependencies_and_removal_policies_as_natively()
    {
        var r = Shared.Value;
        Assert.IsType<CfnServiceLinkedRole>(r.Resources["ConfigRole"]);
        Assert.IsType<CfnConfigurationRecorder>(r.Resources["Recorder"]);
        Assert.IsType<CfnDeliveryChannel>(r.Resources["Channel"]);
        var differences = Templates.Differences(Only(r.Native, "ConfigRole", "Recorder", "Channel"), r.Cdk);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(["ConfigRole"], r.Cdk["Resources"]!["Recorder"]!["DependsOn"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("Retain", r.Cdk["Resources"]!["Channel"]!["DeletionPolicy"]!.GetValue<string>());
        Assert.Equal("RoleARN", Assert.Single(r.Cdk["Resources"]!["Recorder"]!["Properties"]!.AsObject(), p => p.Key.StartsWith("Role", StringComparison.Ordinal)).Key);
    }

    /// <summary>A vault's topic policy (<c>CreateTopicPolicy</c>) is the SNS L1 class and equals the native template.</summary>
    [Fact]
    public void A_topic_policy_uses_the_SNS_L1_class_and_equals_the_native_template()
    {
        var r = Shared.Value;
        Assert.IsType<Amazon.CDK.AWS.SNS.CfnTopicPolicy>(r.Resources["TopicPolicy"]);
        var differences = Templates.Differences(Only(r.Native, "TopicPolicy"), r.Cdk);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>Every CloudFormation type the core's graph can hold is typed where 2.160 has a class, generic where it has none.</summary>
    [Fact]
    public void Every_CloudFormation_type_of_the_graph_has_a_typed_factory_or_is_one_2_160_lacks()
    {
        string[] without2160Class = [ResourceTypes.LogicallyAirGappedBackupVault, ResourceTypes.LegalHold, ResourceTypes.TieringConfiguration];
        var cfnTypes = typeof(ResourceTypes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Where(t => t.StartsWith("AWS::", StringComparison.Ordinal)).ToList();
        Assert.True(cfnTypes.Count >= 15, string.Join(", ", cfnTypes));
        Assert.Empty(cfnTypes.Except(TypedResources.Factories.Keys).Except(without2160Class));
        Assert.Empty(TypedResources.Factories.Keys.Intersect(without2160Class));
    }

    /// <summary>Each factory class (one file per type in Rendering/Factories) is found, once, under its own type.</summary>
    [Fact]
    public void Factories_are_found_by_reflection_one_per_type()
    {
        var classes = typeof(TypedResources).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rendering.Factories.L1Factory)) && !t.IsAbstract).ToList();
        Assert.Equal(classes.Count, TypedResources.Factories.Count);
        Assert.All(TypedResources.Factories, f => Assert.Equal(f.Key, f.Value.CloudFormationType));
        Assert.All(classes, c => Assert.EndsWith("Factory", c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_resource_is_a_readable_difference()
    {
        var native = new JsonObject { ["Resources"] = new JsonObject { ["Recorder"] = new JsonObject { ["Type"] = "AWS::Config::ConfigurationRecorder" } } };
        Assert.Equal(["the CDK template has no Resources section; native resources: Recorder (AWS::Config::ConfigurationRecorder)"], Templates.Differences(native, []));
        Assert.Equal(["Recorder (AWS::Config::ConfigurationRecorder): missing from the CDK template"], Templates.Differences(native, new JsonObject { ["Resources"] = new JsonObject() }));
        Assert.Empty(Templates.Differences(new JsonObject { ["Resources"] = new JsonObject() }, [])); // an empty stack: the CDK writes no Resources
    }

    [Fact]
    public void Values_the_typed_fields_cannot_hold_are_overrides_and_unknown_or_incomplete_resources_are_generic()
    {
        var r = Shared.Value;
        Assert.IsType<CfnBackupPlan>(r.Resources["Plan"]); // its parameter and opaque values are overrides
        Assert.Equal(typeof(CfnResource), r.Resources["Unnamed"].GetType()); // BackupVaultName missing: written as is
        Assert.Equal(typeof(CfnResource), r.Resources["Gateway"].GetType());
        var differences = Templates.Differences(Only(r.Native, "Plan", "Unnamed", "Gateway", "Sub"), r.Cdk);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal("Window", r.Cdk["Resources"]!["Plan"]!["Properties"]!["BackupPlan"]!["BackupPlanRule"]![0]!["StartWindowMinutes"]!["Ref"]!.GetValue<string>());
        Assert.Equal(["Unnamed"], r.Cdk["Resources"]!["Plan"]!["DependsOn"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void A_document_holding_a_JSON_null_is_written_as_JSON_text_which_parses_to_the_native_document()
    {
        var r = Shared.Value;
        var text = r.Cdk["Resources"]!["Nulls"]!["Properties"]!["AccessPolicy"]!.GetValue<string>();
        Assert.True(JsonNode.DeepEquals(r.Native["Resources"]!["Nulls"]!["Properties"]!["AccessPolicy"], JsonNode.Parse(text)), text);
        Assert.Contains("\"Sid\":null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_have_no_CloudFormation_resource_and_are_not_rendered()
    {
        var r = Shared.Value;
        Assert.False(r.Resources.ContainsKey("Global"));
        Assert.Null(r.Cdk["Resources"]!["Global"]);
    }

    /// <summary>CDK's own logical ID allocation is the oracle for <see cref="LogicalIds"/>: same path, same ID.</summary>
    [Theory]
    [InlineData("Primary/Resource")]
    [InlineData("ProdPlan/Data/Role/Resource")]
    [InlineData("Vault")]
    [InlineData("A/Default/Resource")]
    [InlineData("Plan/Plan/Resource")]
    [InlineData("Plan/Rules[Daily]/Resource")]
    [InlineData("Daily-Plan_1/Selection.2/Resource")]
    public void Logical_ids_equal_the_CDKs_for_the_same_path(string path)
    {
        var stack = new Stack(Shared.Value.App, "Ids" + Math.Abs(path.GetHashCode(StringComparison.Ordinal)));
        Construct parent = stack;
        var components = path.Split('/');
        foreach (var component in components[..^1])
        {
            parent = new Construct(parent, component);
        }

        var resource = new CfnResource(parent, components[^1], new CfnResourceProps { Type = "AWS::Backup::BackupVault" });
        Assert.Equal(stack.Resolve(resource.LogicalId), LogicalIds.FromPath(path));
    }

    [Fact]
    public void A_long_path_is_cut_and_hashed_as_the_CDK_does()
    {
        Logical_ids_equal_the_CDKs_for_the_same_path(string.Join("/", Enumerable.Range(0, 12).Select(i => new string((char)('a' + i), 30))) + "/Resource");
    }

    private static JsonObject Only(JsonObject template, params string[] ids)
    {
        var copy = (JsonObject)template.DeepClone();
        var resources = copy["Resources"]!.AsObject();
        foreach (var id in resources.Select(r => r.Key).Where(k => !ids.Contains(k)).ToList())
        {
            resources.Remove(id);
        }

        return copy;
    }

    private static Rendered Render()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-graph-").FullName;
        var app = new App(new AppProps { Outdir = outdir });
        var stack = new Stack(app, "Graph");
        var graph = BuildGraph();
        var resources = GraphRenderer.Render(new Construct(stack, "Backup"), graph);
        var assembly = app.Synth();
        return new Rendered(app, resources, Templates.Native(graph), Templates.Cdk(assembly, stack));
    }

    private sealed record Rendered(App App, Dictionary<string, CfnResource> Resources, JsonObject Native, JsonObject Cdk);

    private static MapValue Map(params (string Key, Value? Value)[] entries) => MapValue.Of(entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)));

    private static ListValue List(params Value[] items) => new([.. items]);

    private static ListValue Tags(params (string Key, string Value)[] tags) => new([.. tags.Select(t => Map(("Key", t.Key), ("Value", t.Value)))]);

    private static Resource Res(string id, string type, params (string Key, Value? Value)[] properties) =>
        new(id, type, id + "/Resource", Map(properties));

    private static ResourceGraph BuildGraph()
    {
        var window = new Parameter("Window") { Type = "Number", Default = "60" };
        return new ResourceGraph("Graph",
        [
            Res("Framework", "AWS::Backup::Framework",
                ("FrameworkName", "retention"),
                ("FrameworkDescription", "Minimum retention"),
                ("FrameworkControls", List(
                    Map(("ControlName", "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK"),
                        ("ControlInputParameters", List(Map(("ParameterName", "requiredRetentionDays"), ("ParameterValue", "35")))),
                        ("ControlScope", Map(("ComplianceResourceTypes", List("EBS", "RDS")), ("Tags", Tags(("b", "1"), ("B", "2")))))),
                    Map(("ControlName", "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN")))),
                ("FrameworkTags", Tags(("team", "platform"), ("Cost", "backup")))),
            Res("Report", "AWS::Backup::ReportPlan",
                ("ReportPlanName", "compliance"),
                ("ReportDeliveryChannel", Map(("S3BucketName", "reports-bucket"), ("S3KeyPrefix", "backup"), ("Formats", List("CSV", "JSON")))),
                ("ReportSetting", Map(("ReportTemplate", "CONTROL_COMPLIANCE_REPORT"), ("FrameworkArns", List(new AttributeValue("Framework", "FrameworkArn"))))),
                ("ReportPlanTags", Tags(("team", "platform")))),
            Res("Policy", "AWS::Organizations::Policy",
                ("Name", "backup-baseline"),
                ("Type", "BACKUP_POLICY"),
                ("Description", "Daily backups everywhere"),
                ("TargetIds", List("ou-abcd-12345678")),
                ("Content", Map(("plans", Map(("daily", Map(("regions", Map(("@@assign", List("eu-west-1")))))))))),
                ("Tags", Tags(("team", "platform")))),
            Res("ConfigRole", ResourceTypes.ServiceLinkedRole, ("AWSServiceName", "config.amazonaws.com"), ("Description", "Config"), ("CustomSuffix", "backup")),
            Res("Recorder", ResourceTypes.ConfigurationRecorder,
                ("Name", "default"),
                ("RoleARN", new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::", new PseudoParameterValue(PseudoParameters.AccountId), ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"])),
                ("RecordingGroup", Map(("AllSupported", false), ("IncludeGlobalResourceTypes", false), ("ResourceTypes", List("AWS::Backup::BackupPlan", "AWS::Backup::RecoveryPoint"))))) with
            {
                DependsOn = ["ConfigRole"],
            },
            Res("Channel", ResourceTypes.ConfigDeliveryChannel,
                ("S3BucketName", "config-bucket"),
                ("S3KeyPrefix", "config"),
                ("S3KmsKeyArn", "arn:aws:kms:eu-west-1:111122223333:key/abcd"),
                ("SnsTopicARN", "arn:aws:sns:eu-west-1:111122223333:config"),
                ("ConfigSnapshotDeliveryProperties", Map(("DeliveryFrequency", "TwentyFour_Hours")))) with
            {
                DependsOn = ["Recorder"],
                RemovalPolicy = Graph.RemovalPolicy.Retain,
            },
            Res("Unnamed", "AWS::Backup::BackupVault", ("BackupVaultTags", Map(("a", "b")))),
            Res("Sub", "AWS::Backup::BackupVault",
                ("BackupVaultName", new OpaqueValue("cloudformation", Map(("Fn::Sub", "vault-${AWS::Region}"))))),
            Res("Plan", "AWS::Backup::BackupPlan",
                ("BackupPlan", Map(
                    ("BackupPlanName", new JoinValue(["plan-", new PseudoParameterValue(PseudoParameters.StackName)])),
                    ("BackupPlanRule", List(Map(
                        ("RuleName", "Daily"),
                        ("TargetBackupVault", new ReferenceValue("Unnamed")),
                        ("StartWindowMinutes", new ParameterValue(window)),
                        ("Lifecycle", Map(("DeleteAfterDays", 35L), ("OptInToArchiveForSupportedResources", true))))))))) with
            {
                DependsOn = ["Unnamed"],
            },
            Res("Nulls", "AWS::Backup::BackupVault",
                ("BackupVaultName", "nulls"),
                ("AccessPolicy", Map(("Version", "2012-10-17"), ("Statement", List(Map(
                    ("Sid", NullValue.Instance), ("Effect", "Deny"), ("Principal", Map(("AWS", "*"))), ("Action", "backup:DeleteRecoveryPoint"),
                    ("Resource", "*"))))))) with
            {
                RemovalPolicy = Graph.RemovalPolicy.Destroy,
            },
            Res("TopicPolicy", ResourceTypes.SnsTopicPolicy,
                ("Topics", List("arn:aws:sns:eu-west-1:111122223333:backup-events")),
                ("PolicyDocument", Map(("Version", "2012-10-17"), ("Statement", List(Map(
                    ("Effect", "Allow"), ("Principal", Map(("Service", "backup.amazonaws.com"))), ("Action", "sns:Publish"),
                    ("Resource", "arn:aws:sns:eu-west-1:111122223333:backup-events"),
                    ("Condition", Map(("ArnEquals", Map(("aws:SourceArn", new AttributeValue("Sub", "BackupVaultArn")))), ("StringEquals", Map(("aws:SourceAccount", new PseudoParameterValue(PseudoParameters.AccountId)))))))))))),
            Res("Gateway", "AWS::BackupGateway::Hypervisor", ("Host", "10.0.0.1"), ("Name", "hv")),
            Res("Global", ResourceTypes.GlobalSettings, ("GlobalSettings", Map(("isCrossAccountBackupEnabled", "true")))),
        ])
        {
            Parameters = [window],
        };
    }
}
