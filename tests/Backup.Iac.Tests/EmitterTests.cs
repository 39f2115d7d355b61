using System.Text;
using System.Text.Json;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;
using YamlDotNet.RepresentationModel;

namespace Backup.Iac.Tests;

public class EmitterTests
{
    private static ResourceGraph Graph(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return Assert.Single(result.Graphs);
    }

    private static JsonElement Resource(string json, string logicalId) =>
        JsonDocument.Parse(json).RootElement.GetProperty("Resources").GetProperty(logicalId);

    [Fact]
    public void Json_is_utf8_lf_with_a_final_newline_and_no_bom()
    {
        var text = CloudFormationEmitter.Emit(Graph(QuickStart.QuickStartEstate.Build())).GetText();
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(Encoding.UTF8.GetBytes(text).AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs()
    {
        var first = CloudFormationEmitter.Emit(Graph(QuickStart.QuickStartEstate.Build())).GetText();
        var second = CloudFormationEmitter.Emit(Graph(QuickStart.QuickStartEstate.Build())).GetText();
        Assert.Equal(first, second);
        Assert.Equal(
            CloudFormationEmitter.Emit(Graph(QuickStart.QuickStartEstate.Build()), TemplateFormat.Yaml).GetText(),
            CloudFormationEmitter.Emit(Graph(QuickStart.QuickStartEstate.Build()), TemplateFormat.Yaml).GetText());
    }

    [Fact]
    public void Vaults_are_retained_unless_the_user_opts_out()
    {
        var app = Fixture.App(s =>
        {
            var kept = s.AddVault("Kept");
            s.AddVault("Dropped", new BackupVaultProps { RemovalPolicy = RemovalPolicy.Destroy });
            Fixture.Plan(s, kept, BackupPlanRule.Daily());
        });
        var json = CloudFormationEmitter.Emit(Graph(app)).GetText();
        var kept = Resource(json, LogicalIds.FromPath("Kept/Resource"));
        Assert.Equal("Retain", kept.GetProperty("DeletionPolicy").GetString());
        Assert.Equal("Retain", kept.GetProperty("UpdateReplacePolicy").GetString());
        var dropped = Resource(json, LogicalIds.FromPath("Dropped/Resource"));
        Assert.Equal("Delete", dropped.GetProperty("DeletionPolicy").GetString());
    }

    [Fact]
    public void References_between_constructs_become_ref_and_getatt()
    {
        var app = Fixture.App(s =>
        {
            var primary = s.AddVault("Primary");
            var copies = s.AddVault("Copies");
            Fixture.Plan(s, primary, BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(copies, Duration.Days(35))] });
        });
        var json = CloudFormationEmitter.Emit(Graph(app)).GetText();
        var rule = Resource(json, LogicalIds.FromPath("Plan/Resource")).GetProperty("Properties").GetProperty("BackupPlan").GetProperty("BackupPlanRule")[0];
        Assert.Equal(LogicalIds.FromPath("Primary/Resource"), rule.GetProperty("TargetBackupVault").GetProperty("Ref").GetString());
        var getAtt = rule.GetProperty("CopyActions")[0].GetProperty("DestinationBackupVaultArn").GetProperty("Fn::GetAtt");
        Assert.Equal(LogicalIds.FromPath("Copies/Resource"), getAtt[0].GetString());
        Assert.Equal("BackupVaultArn", getAtt[1].GetString());
        var selection = Resource(json, LogicalIds.FromPath("Plan/Sel/Resource")).GetProperty("Properties");
        Assert.Equal(LogicalIds.FromPath("Plan/Resource"), selection.GetProperty("BackupPlanId").GetProperty("Ref").GetString());
    }

    [Fact]
    public void A_json_null_in_a_raw_policy_is_written_as_null()
    {
        var app = Fixture.WithVault(new BackupVaultProps
        {
            AccessPolicy = VaultAccessPolicy.FromJson("""{ "Version": "2012-10-17", "Statement": [{ "Sid": null, "Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*" }] }"""),
        });
        var graph = Graph(app);
        var statement = Resource(CloudFormationEmitter.Emit(graph).GetText(), LogicalIds.FromPath("Vault/Resource")).GetProperty("Properties").GetProperty("AccessPolicy").GetProperty("Statement")[0];
        Assert.Equal(JsonValueKind.Null, statement.GetProperty("Sid").ValueKind);
        Assert.Contains("Sid: null", CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_optional_values_are_omitted_not_null()
    {
        var json = CloudFormationEmitter.Emit(Graph(Fixture.WithRule(BackupPlanRule.Daily()))).GetText();
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        var rule = Resource(json, LogicalIds.FromPath("Plan/Resource")).GetProperty("Properties").GetProperty("BackupPlan").GetProperty("BackupPlanRule")[0];
        Assert.False(rule.TryGetProperty("StartWindowMinutes", out _));
        Assert.False(rule.TryGetProperty("EnableContinuousBackup", out _));
        Assert.False(rule.TryGetProperty("CopyActions", out _));
    }

    [Fact]
    public void Generated_roles_get_the_backup_restore_and_s3_managed_policies()
    {
        var app = Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")], AllowRestores = true });
            plan.AddSelection("Buckets", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("logs-*")] });
            plan.AddSelection("RestorableBuckets", new BackupSelectionOptions { Resources = [BackupResource.S3Bucket("data-*")], AllowRestores = true });
        });
        var json = CloudFormationEmitter.Emit(Graph(app)).GetText();
        string Policies(string path) => Resource(json, LogicalIds.FromPath(path)).GetProperty("Properties").GetProperty("ManagedPolicyArns").GetRawText();
        var tables = Policies("Plan/Tables/Role/Resource");
        Assert.Contains("service-role/AWSBackupServiceRolePolicyForBackup", tables, StringComparison.Ordinal);
        Assert.Contains("service-role/AWSBackupServiceRolePolicyForRestores", tables, StringComparison.Ordinal);
        Assert.DoesNotContain("S3", tables, StringComparison.Ordinal);
        var buckets = Policies("Plan/Buckets/Role/Resource");
        Assert.Contains("AWSBackupServiceRolePolicyForS3Backup", buckets, StringComparison.Ordinal);
        Assert.DoesNotContain("Restore", buckets, StringComparison.Ordinal); // issue 16: AllowRestores defaults to false, as in the CDK
        var restorable = Policies("Plan/RestorableBuckets/Role/Resource");
        Assert.Contains("service-role/AWSBackupServiceRolePolicyForRestores", restorable, StringComparison.Ordinal);
        Assert.Contains("AWSBackupServiceRolePolicyForS3Restore", restorable, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fixture.Account, Fixture.Region, ":dynamodb:eu-west-1:111122223333:table/orders")]
    [InlineData(null, null, null)]
    public void Tokens_in_strings_become_joins_of_pseudo_parameters(string? account, string? region, string? literalTail)
    {
        var app = Fixture.App(
            s =>
            {
                var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault", new() { BackupVaultName = "v1" }), Rules = [BackupPlanRule.Daily()] });
                plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")], Role = BackupRole.FromArn(Fixture.RoleArn) });
            },
            account,
            region);
        var json = CloudFormationEmitter.Emit(Graph(app)).GetText();
        var arn = Resource(json, LogicalIds.FromPath("Plan/Sel/Resource")).GetProperty("Properties").GetProperty("BackupSelection").GetProperty("Resources")[0];
        var parts = arn.GetProperty("Fn::Join")[1];
        Assert.Equal("arn:", parts[0].GetString());
        Assert.Equal("AWS::Partition", parts[1].GetProperty("Ref").GetString()); // the partition stays a deploy-time value, as in the CDK
        if (literalTail is not null)
        {
            Assert.Equal(3, parts.GetArrayLength());
            Assert.Equal(literalTail, parts[2].GetString()); // a known environment is written literally
        }
        else
        {
            Assert.Equal("AWS::Region", parts[3].GetProperty("Ref").GetString());
            Assert.Equal("AWS::AccountId", parts[5].GetProperty("Ref").GetString());
            Assert.Equal(":table/orders", parts[parts.GetArrayLength() - 1].GetString());
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("cron(0 5 ? * * *)")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("123")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData("2024-01-01")]
    [InlineData("- leading dash")]
    [InlineData("* star")]
    [InlineData("a: colon")]
    [InlineData("hash #comment")]
    [InlineData("ends with colon:")]
    [InlineData("quote \" and back\\slash")]
    [InlineData("line\nbreak\ttab")]
    [InlineData("@at")]
    [InlineData("{brace}")]
    [InlineData("")]
    [InlineData(" leading space")]
    [InlineData("üñíçødé")]
    [InlineData("1:30")]
    [InlineData("5:00:00")]
    [InlineData("12:30.5")]
    [InlineData("0b1010")]
    [InlineData("1_0:30")]
    [InlineData("+1")]
    [InlineData(".5")]
    [InlineData("line\u2028separator")]
    [InlineData("next\u0085line")]
    [InlineData("bom\ufeff")]
    [InlineData("c1\u0090control")]
    [InlineData("emoji 😀")]
    [InlineData("<<")]
    [InlineData("=")]
    public void Yaml_reads_back_as_the_same_strings(string text)
    {
        var graph = new ResourceGraph("S", [new Resource("R", "AWS::Backup::BackupVault", "R", MapValue.Of(
            new KeyValuePair<string, Value?>("BackupVaultName", text),
            new KeyValuePair<string, Value?>(text.Length == 0 ? "k" : text, new ListValue([text, 7, true]))))]);
        var yaml = CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText();
        var json = CloudFormationEmitter.Emit(graph, TemplateFormat.Json).GetText();
        Assert.Equal(Normalize(JsonDocument.Parse(json).RootElement), Normalize(ParseYaml(yaml)));
        PyYaml.AssertSameAsJson(yaml, json);
    }

    [Fact]
    public void Yaml_and_json_of_the_quick_start_describe_the_same_template()
    {
        var graph = Graph(QuickStart.QuickStartEstate.Build());
        var json = JsonDocument.Parse(CloudFormationEmitter.Emit(graph).GetText()).RootElement;
        var yaml = ParseYaml(CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText());
        Assert.Equal(Normalize(json), Normalize(yaml));
        PyYaml.AssertSameAsJson(CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText(), CloudFormationEmitter.Emit(graph).GetText());
    }

    private static YamlNode ParseYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    /// <summary>A canonical text of a JSON or YAML tree; YAML plain scalars are typed as YAML 1.2 core would.</summary>
    private static string Normalize(object node) => node switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } o => "{" + string.Join(",", o.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + Normalize(p.Value))) + "}",
        JsonElement { ValueKind: JsonValueKind.Array } a => "[" + string.Join(",", a.EnumerateArray().Select(e => Normalize(e))) + "]",
        JsonElement { ValueKind: JsonValueKind.String } s => JsonSerializer.Serialize(s.GetString()),
        JsonElement e => e.GetRawText(),
        YamlMappingNode m => "{" + string.Join(",", m.Children.Select(p => JsonSerializer.Serialize(((YamlScalarNode)p.Key).Value) + ":" + Normalize(p.Value))) + "}",
        YamlSequenceNode q => "[" + string.Join(",", q.Children.Select(Normalize)) + "]",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } p when p.Value is "true" or "false" || long.TryParse(p.Value, out _) => p.Value!,
        YamlScalarNode s => JsonSerializer.Serialize(s.Value),
        _ => throw new ArgumentException(node.GetType().Name),
    };
}
