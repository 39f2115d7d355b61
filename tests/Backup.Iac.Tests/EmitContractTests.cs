using System.Text;
using System.Text.Json;
using Backup.Iac.Emit;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Emit.Pulumi;
using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>
/// One emitter contract (issue 15): every emitter returns an <see cref="EmitResult"/> (status, diagnostics, output),
/// refuses by itself when its own checks find an error, and reports what its target cannot express.
/// </summary>
public class EmitContractTests
{
    private static ResourceGraph Graph(Action<BackupStack> build)
    {
        var result = Fixture.App(build).Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return Assert.Single(result.Graphs);
    }

    [Fact]
    public void A_result_with_an_error_has_no_output_and_never_makes_it()
    {
        var error = new Diagnostic("BKP8105", Severity.Error, "Test/Region", "no");
        var warning = new Diagnostic("BKP8001", Severity.Warning, "Test/Global", "left out");
        var made = false;
        var failed = EmitResult.Of([warning, error], () =>
        {
            made = true;
            return EmitOutput.FromText("x");
        });
        Assert.Equal(EmitStatus.Failed, failed.Status);
        Assert.False(failed.Succeeded);
        Assert.Null(failed.Output);
        Assert.Null(failed.Text);
        Assert.False(made);
        Assert.Equal([warning, error], failed.Diagnostics.ToArray());
        Assert.Contains("BKP8105", Assert.Throws<InvalidOperationException>(failed.GetText).Message, StringComparison.Ordinal);

        var succeeded = EmitResult.Of([warning], () => EmitOutput.FromText("héllo\n"));
        Assert.Equal(EmitStatus.Succeeded, succeeded.Status);
        Assert.Equal("héllo\n", succeeded.GetText());
        using var stream = new MemoryStream();
        succeeded.Output!.WriteTo(stream);
        Assert.Equal(new UTF8Encoding(false).GetBytes("héllo\n"), stream.ToArray());
    }

    [Fact]
    public void The_cloudformation_emitter_reports_an_own_type_it_cannot_write_and_writes_every_cloudformation_type()
    {
        var graph = Graph(s =>
        {
            s.AddVault("Vault");
            s.AddRawResource("Access", "Backup::RestoreAccessSettings", MapValue.Of(new KeyValuePair<string, Value?>("Enabled", true)));
            s.AddRawResource("Hook", "Custom::BackupHook", MapValue.Of(new KeyValuePair<string, Value?>("ServiceToken", "arn:aws:lambda:eu-west-1:111122223333:function:hook")));
        });
        var emitted = CloudFormationEmitter.Emit(graph, stackPath: "Test");
        Assert.Equal(EmitStatus.Succeeded, emitted.Status);
        var d = Assert.Single(emitted.Diagnostics);
        Assert.Equal(("BKP8004", Severity.Warning, "Test/Access"), (d.Code, d.Severity, d.Path));
        Assert.Contains("The Backup::RestoreAccessSettings resource is not in the CloudFormation template", d.Message, StringComparison.Ordinal);

        var types = JsonDocument.Parse(emitted.GetText()).RootElement.GetProperty("Resources").EnumerateObject()
            .Select(r => r.Value.GetProperty("Type").GetString()).ToList();
        Assert.Contains("Custom::BackupHook", types); // a CloudFormation type, so it is written
        Assert.DoesNotContain("Backup::RestoreAccessSettings", types);
        Assert.Equal(emitted.Diagnostics.ToArray(), CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml, "Test").Diagnostics.ToArray());
    }

    [Fact]
    public void A_graph_the_cloudformation_emitter_fully_expresses_has_no_diagnostics_and_the_stack_name_prefixes_paths_by_default()
    {
        Assert.Empty(CloudFormationEmitter.Emit(Graph(s => s.AddVault("Vault"))).Diagnostics);
        var graph = Graph(s => s.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true }));
        Assert.Equal(graph.StackName + "/Global", Assert.Single(CloudFormationEmitter.Emit(graph).Diagnostics).Path);
    }

    [Fact]
    public void The_pulumi_emitter_refuses_on_its_own_error_with_the_same_result_shape()
    {
        // The provider's Region settings require the opt-in preferences (BKP8105, an error of the Pulumi emitter only).
        var graph = Graph(s => s.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeManagementPreference = new Dictionary<string, bool> { ["DynamoDB"] = true } }));
        var pulumi = PulumiEmitter.Emit(graph, "Test");
        Assert.Equal(EmitStatus.Failed, pulumi.Status);
        Assert.Null(pulumi.Output);
        Assert.Contains(pulumi.Diagnostics, d => d.Code == "BKP8105" && d.Severity == Severity.Error);

        var cloudFormation = CloudFormationEmitter.Emit(graph, stackPath: "Test");
        Assert.Equal(EmitStatus.Succeeded, cloudFormation.Status); // the settings are left out with a warning there
        Assert.Equal("BKP8002", Assert.Single(cloudFormation.Diagnostics).Code);
    }

    [Theory]
    [InlineData(TemplateFormat.Json)]
    [InlineData(TemplateFormat.Yaml)]
    public void The_output_writes_the_same_bytes_each_time(TemplateFormat format)
    {
        var emitted = CloudFormationEmitter.Emit(Graph(s => s.AddVault("Vault")), format);
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        emitted.Output!.WriteTo(first);
        emitted.Output.WriteTo(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(emitted.GetText(), Encoding.UTF8.GetString(first.ToArray()));
    }
}
