using System.Text.Json.Nodes;
using Backup.Iac.Emit;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>
/// A string built with <see cref="Token.AsString"/> (a reference, an attribute, a parameter, a pseudo parameter) inside a
/// raw resource's properties or a property override is written as the value it stands for in every output, as the
/// kinds' own strings are; before issue 16 the marker text (<c>${Token[...]}</c>) was written literally.
/// </summary>
public class RawResourceTokenTests
{
    private const string Selection = "AWS::Backup::BackupSelection";

    /// <summary>
    /// A stack whose raw selection names the plan by <see cref="BackupPlan.BackupPlanId"/> (a token), its role by an
    /// attribute token, and a resource by an ARN joined from pseudo parameters and a parameter; and a vault whose
    /// notification topic is overridden with a reference token.
    /// </summary>
    /// <param name="topic">Whether to add the SNS topic (which the Pulumi output has no mapping for: a reference to it is BKP8108 there).</param>
    private static (BackupApp App, BackupPlan Plan, RawResource Role, RawResource? Topic) Estate(bool topic = true)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = stack.AddPlan("Plan", new BackupPlanProps { Rules = [BackupPlanRule.Daily()] });
        var role = stack.AddRawResource("Role", "AWS::IAM::Role", MapValue.Of(new KeyValuePair<string, Value?>("AssumeRolePolicyDocument", MapValue.Of(
            new KeyValuePair<string, Value?>("Version", new StringValue("2012-10-17")),
            new KeyValuePair<string, Value?>("Statement", new ListValue([MapValue.Of(
                new KeyValuePair<string, Value?>("Effect", new StringValue("Allow")),
                new KeyValuePair<string, Value?>("Principal", MapValue.Of(new KeyValuePair<string, Value?>("Service", new StringValue("backup.amazonaws.com")))),
                new KeyValuePair<string, Value?>("Action", new StringValue("sts:AssumeRole")))]))))));
        var table = new StackParameter("TableName").Value;
        stack.AddRawResource("Raw", Selection, MapValue.Of(
            new KeyValuePair<string, Value?>("BackupPlanId", new StringValue(plan.BackupPlanId)),
            new KeyValuePair<string, Value?>("BackupSelection", MapValue.Of(
                new KeyValuePair<string, Value?>("SelectionName", new StringValue("raw")),
                new KeyValuePair<string, Value?>("IamRoleArn", new StringValue(Token.AsString(new AttributeValue(role.LogicalId, "Arn")))),
                new KeyValuePair<string, Value?>("Resources", new ListValue([new StringValue($"arn:{Aws.Partition}:dynamodb:{Aws.Region}:{Aws.AccountId}:table/{table}")]))))));
        if (!topic)
        {
            return (app, plan, role, null);
        }

        var sns = stack.AddRawResource("Topic", "AWS::SNS::Topic", MapValue.Empty);
        var vault = stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = "prod" });
        vault.AddPropertyOverride("Notifications", MapValue.Of(
            new KeyValuePair<string, Value?>("SNSTopicArn", new StringValue(Token.AsString(new ReferenceValue(sns.LogicalId)))),
            new KeyValuePair<string, Value?>("BackupVaultEvents", new ListValue([new StringValue("BACKUP_JOB_COMPLETED")]))));
        return (app, plan, role, sns);
    }

    [Fact]
    public void CloudFormation_writes_the_references_joins_and_parameters_a_raw_resource_holds()
    {
        var (app, plan, role, topic) = Estate();
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        foreach (var format in new[] { TemplateFormat.Json, TemplateFormat.Yaml })
        {
            var text = CloudFormationEmitter.Emit(Assert.Single(result.Graphs), format).GetText();
            Assert.DoesNotContain("Token[", text, StringComparison.Ordinal);
        }

        var json = CloudFormationEmitter.Emit(result.Graphs[0], TemplateFormat.Json).GetText();
        var resources = JsonNode.Parse(json)!["Resources"]!;
        var raw = resources[LogicalIds.FromPath("Raw/Resource")]!["Properties"]!;
        Assert.Equal($$"""{"Ref":"{{plan.LogicalId}}"}""", raw["BackupPlanId"]!.ToJsonString());
        Assert.Equal($$"""{"Fn::GetAtt":["{{role.LogicalId}}","Arn"]}""", raw["BackupSelection"]!["IamRoleArn"]!.ToJsonString());
        // The stack names its account and Region: they are filled in, as in every kind; the partition and the parameter stay deploy-time values.
        Assert.Equal("""{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":dynamodb:eu-west-1:111122223333:table/",{"Ref":"TableName"}]]}""",
            raw["BackupSelection"]!["Resources"]![0]!.ToJsonString());
        Assert.NotNull(JsonNode.Parse(json)!["Parameters"]!["TableName"]); // a parameter met only inside a raw resource is declared
        var vault = resources[LogicalIds.FromPath("Vault/Resource")]!["Properties"]!;
        Assert.Equal($$"""{"Ref":"{{topic!.LogicalId}}"}""", vault["Notifications"]!["SNSTopicArn"]!.ToJsonString());
    }

    [Fact]
    public void Pulumi_writes_the_references_a_raw_resource_holds_as_resource_outputs()
    {
        var (app, _, _, _) = Estate(topic: false);
        var graph = Assert.Single(app.Synth().Graphs);

        var pulumi = PulumiEmitter.Emit(graph, "Prod");

        Assert.True(pulumi.Status == EmitStatus.Succeeded && pulumi.Diagnostics.IsEmpty, string.Join("\n", pulumi.Diagnostics));
        var text = pulumi.GetText();
        Assert.DoesNotContain("Token[", text, StringComparison.Ordinal);
        Assert.Matches(@"planId: ""\$\{[A-Za-z0-9]+\.id\}""", text);
        Assert.Matches(@"iamRoleArn: ""\$\{[A-Za-z0-9]+\.arn\}""", text);
    }

    [Fact]
    public void A_raw_resource_without_tokens_is_written_as_given()
    {
        var app = new BackupApp();
        var stack = app.AddStack("Prod", new BackupStackProps());
        var properties = MapValue.Of(new KeyValuePair<string, Value?>("TopicName", new StringValue("plain ${not-a-token}")));
        stack.AddRawResource("Topic", "AWS::SNS::Topic", properties);

        var resource = Assert.Single(Assert.Single(app.Synth().Graphs).Resources);

        Assert.Same(properties, resource.Properties);
    }

    // The outputs pass the tools that know the targets: cfn-lint (CloudFormation's registry schemas) and the Pulumi
    // provider check, for a plan's own vault, a selection of the stack and a raw resource holding tokens.
    [CfnLintFact(NeedsShared = true)]
    public void The_outputs_pass_cfn_lint_and_the_pulumi_provider_check()
    {
        var (app, plan, _, _) = Estate(topic: false);
        plan.Stack.AddSelection("Selection", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromTag("backup", "daily")] });
        var graph = Assert.Single(app.Synth().Graphs);
        var dir = Directory.CreateTempSubdirectory("backup-iac-raw-tokens-").FullName;
        try
        {
            var template = Path.Combine(dir, "Prod.template.json");
            File.WriteAllText(template, CloudFormationEmitter.Emit(graph, TemplateFormat.Json).GetText());
            var (exit, output) = CfnLint.Run([template]);
            Assert.True((exit & 2) == 0, output); // no error (warnings and infos are bits 4 and 8)

            var program = Path.Combine(dir, "Pulumi.yaml");
            File.WriteAllText(program, PulumiEmitter.Emit(graph, "Prod").GetText());
            if (Tool.Run("python3", ["-c", "import yaml"], out _) == 0)
            {
                var code = Tool.Run("python3", [Path.Combine(Repo.Shared, "tools", "check-pulumi.py"), program], out var check);
                Assert.True(code == 0, check);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
