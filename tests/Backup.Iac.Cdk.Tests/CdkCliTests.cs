using System.Text.Json.Nodes;
using Amazon.CDK;
using Backup.Iac.Tests;

namespace Backup.Iac.Cdk.Tests;

/// <summary><c>npx cdk synth</c> at the repository root: the example synthesizes; its broken variant fails with Backup.Iac's diagnostics.</summary>
[Collection(SharedExamples.Name)]
public sealed class CdkCliTests(ExamplesFixture examples, CdkCliFixture cli) : IClassFixture<CdkCliFixture>
{
    [NodeFact]
    public void Cdk_synth_at_the_root_writes_the_CdkApp_template_with_the_same_Backup_resources()
    {
        var valid = cli.Valid!;
        Assert.True(valid.ExitCode == 0, valid.Output);
        var template = (JsonObject)JsonNode.Parse(File.ReadAllText(valid.Template))!;
        var inProcess = examples.TemplateOf(examples.CdkApp);
        var native = Templates.Native(examples.CdkApp.Graph!);
        var differences = Templates.Differences(native, template, Stack.Of(examples.CdkApp));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        foreach (var resource in examples.CdkApp.Graph!.Resources)
        {
            var a = inProcess["Resources"]![resource.LogicalId]!.DeepClone().AsObject();
            var b = template["Resources"]![resource.LogicalId]!.DeepClone().AsObject();
            Assert.Equal($"Prod/Backup/{resource.Path}", b["Metadata"]!["aws:cdk:path"]!.GetValue<string>()); // the CLI asks for path metadata
            b.Remove("Metadata");
            Assert.True(JsonNode.DeepEquals(a, b), $"{resource.LogicalId}\n  in process: {a?.ToJsonString()}\n  cdk synth:  {b?.ToJsonString()}");
        }

        Assert.Contains(template["Resources"]!.AsObject(), r => r.Value!["Type"]!.GetValue<string>() == "AWS::DynamoDB::Table");
        Assert.Contains(template["Resources"]!.AsObject(), r => r.Value!["Type"]!.GetValue<string>() == "AWS::RDS::DBInstance");
        Assert.DoesNotContain("error", valid.Output.Split('\n').Where(l => l.Contains("BKP", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.Contains("Backup.Iac info(s) not shown", valid.Output, StringComparison.Ordinal);
    }

    [NodeFact]
    public void The_CDK_template_passes_cfn_lint()
    {
        if (!CfnLint.Available)
        {
            return; // cfn-lint is optional on a developer machine; CI has it (CfnLint.Missing says how to install it)
        }

        var (code, output) = CfnLint.Run([cli.Valid!.Template]);
        Assert.True(code == 0, "cfn-lint:\n" + output);
    }

    [NodeFact]
    public void Cdk_synth_of_the_broken_variant_fails_with_the_coded_messages_and_writes_no_template()
    {
        var broken = cli.Broken!;
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("Validation failed", broken.Output, StringComparison.Ordinal);
        Assert.Contains("Prod/AppPlan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204: DeleteAfter (60 days) must be at least 90 days after MoveToColdStorageAfter (30 days).", broken.Output, StringComparison.Ordinal);
        Assert.Contains("Prod/AppPlan/Nothing", broken.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(broken.Template));
    }
}
