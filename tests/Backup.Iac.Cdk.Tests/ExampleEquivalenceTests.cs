using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Tests;

/// <summary>For every example, the Backup resources of the CDK-synthesized template equal the native template's.</summary>
[Collection(SharedExamples.Name)]
public sealed class ExampleEquivalenceTests(ExamplesFixture fixture)
{
    [Fact]
    public void QuickStart_in_a_CDK_stack_equals_the_native_template()
    {
        var native = Templates.Native(Assert.Single(global::QuickStart.QuickStartEstate.Build().Synth().Graphs));
        AssertEquivalent(native, fixture.TemplateOf(fixture.QuickStart), expectedResources: 7);
    }

    [Fact]
    public void AirGappedRecovery_in_a_CDK_stack_equals_the_native_template()
    {
        var native = Templates.Native(Assert.Single(global::AirGappedRecovery.AirGappedRecoveryEstate.Build().Synth().Graphs));
        AssertEquivalent(native, fixture.TemplateOf(fixture.AirGapped), expectedResources: 8);
        Assert.Equal("String", fixture.TemplateOf(fixture.AirGapped)["Parameters"]!["RestoreSubnetId"]!["Type"]!.GetValue<string>());
    }

    [Fact]
    public void The_resources_the_examples_do_not_show_equal_the_native_template()
    {
        var native = Templates.Native(Assert.Single(ExamplesFixture.MoreModel().Synth().Graphs));
        AssertEquivalent(native, fixture.TemplateOf(fixture.More), expectedResources: 6);
    }

    [Fact]
    public void Compliance_in_CDK_stacks_equals_the_native_templates()
    {
        var graphs = global::Compliance.ComplianceEstate.Build().Synth().Graphs;
        AssertAllEquivalent(graphs, fixture.Compliance, [ResourceTypes.Framework, ResourceTypes.ReportPlan, ResourceTypes.ConfigurationRecorder, ResourceTypes.ConfigDeliveryChannel]);
    }

    [Fact]
    public void Organization_in_CDK_stacks_equals_the_native_templates()
    {
        var graphs = global::Organization.OrganizationEstate.Build().Synth().Graphs;
        AssertAllEquivalent(graphs, fixture.Organization, [ResourceTypes.OrganizationsPolicy]);
    }

    [Fact]
    public void OrgRollout_in_CDK_stacks_equals_the_native_templates()
    {
        var graphs = global::OrgRollout.OrgRolloutEstate.Build().Synth().Graphs;
        AssertAllEquivalent(graphs, fixture.OrgRollout, [ResourceTypes.StackSet, ResourceTypes.OrganizationsPolicy, ResourceTypes.IamRole]);
        var management = fixture.OrgRollout[0];
        var stackSet = management.Graph!.Resources.First(r => r.Type == ResourceTypes.StackSet);
        Assert.IsType<Amazon.CDK.CfnStackSet>(management.ResourceOf(management.Stack.Children.Single(c => c.Id == stackSet.Path[..stackSet.Path.IndexOf('/', StringComparison.Ordinal)])));
    }

    [Fact]
    public void CdkApp_equals_the_native_template_of_its_own_graph_with_the_CDK_references_resolved()
    {
        var graph = fixture.CdkApp.Graph!;
        var native = Templates.Native(graph);
        var cdk = fixture.TemplateOf(fixture.CdkApp);
        var differences = Templates.Differences(native, cdk, Stack.Of(fixture.CdkApp));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(10, graph.Resources.Length);

        // The CDK objects are references in the output, not literal ARNs.
        var vault = cdk["Resources"]![LogicalIds.FromPath("AppVault/Resource")]!["Properties"]!;
        Assert.Equal("Arn", vault["EncryptionKeyArn"]!["Fn::GetAtt"]![1]!.GetValue<string>());
        Assert.StartsWith("BackupKey", vault["EncryptionKeyArn"]!["Fn::GetAtt"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("BackupEvents", vault["Notifications"]!["SNSTopicArn"]!["Ref"]!.GetValue<string>(), StringComparison.Ordinal);
        var selection = cdk["Resources"]![LogicalIds.FromPath("AppPlan/AppData/Resource")]!["Properties"]!["BackupSelection"]!;
        Assert.StartsWith("BackupRole", selection["IamRoleArn"]!["Fn::GetAtt"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var resources = selection["Resources"]!.ToJsonString();
        Assert.Contains("{\"Ref\":\"Orders", resources, StringComparison.Ordinal);
        Assert.Contains("{\"Ref\":\"Database", resources, StringComparison.Ordinal);
        Assert.Contains(":dynamodb:eu-west-1:111122223333:table/", resources, StringComparison.Ordinal);
        Assert.Contains(":rds:eu-west-1:111122223333:db:", resources, StringComparison.Ordinal);
        Assert.DoesNotContain("${Token[", cdk.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_L1_classes_render_what_2_160_has_and_the_generic_CfnResource_the_rest()
    {
        Assert.IsType<CfnBackupVault>(fixture.CdkApp.ResourceOf(fixture.CdkApp.Stack.Children.Single(c => c.Id == "AppVault")));
        Assert.IsType<CfnBackupPlan>(fixture.QuickStart.ResourceOf(fixture.QuickStart.Stack.Children.Single(c => c.Id == "ProdPlan")));
        var airGapped = fixture.AirGapped.ResourceOf(fixture.AirGapped.Stack.Children.Single(c => c.Id == "AirGapped"));
        Assert.Equal(typeof(CfnResource), airGapped!.GetType());
        Assert.IsType<CfnRestoreTestingPlan>(fixture.AirGapped.ResourceOf(fixture.AirGapped.Stack.Children.Single(c => c.Id == "RestoreTests")));
        Assert.Null(fixture.More.ResourceOf(fixture.More.Stack.Children.Single(c => c.Id == "Global")));
        Assert.Null(fixture.More.ResourceOf(fixture.QuickStart.Stack.Children.Single(c => c.Id == "ProdPlan"))); // another stack's construct
    }

    [Fact]
    public void The_CDK_template_holds_no_Backup_resource_beyond_the_graph()
    {
        foreach (var estate in new[] { fixture.QuickStart, fixture.AirGapped, fixture.More, fixture.CdkApp }.Concat(fixture.Compliance).Concat(fixture.Organization))
        {
            var ids = estate.Graph!.Resources.Where(r => r.Type.StartsWith("AWS::", StringComparison.Ordinal)).Select(r => r.LogicalId).ToHashSet();
            var backup = fixture.TemplateOf(estate)["Resources"]!.AsObject()
                .Where(r => r.Value!["Type"]!.GetValue<string>().StartsWith("AWS::Backup::", StringComparison.Ordinal)
                    || r.Value!["Metadata"]?["aws:cdk:path"]?.GetValue<string>().Contains("/Backup/", StringComparison.Ordinal) == true)
                .Select(r => r.Key);
            Assert.Subset(ids, backup.ToHashSet());
        }
    }

    /// <summary>Each native graph equals its estate's CDK template; together they hold each of the expected types.</summary>
    private void AssertAllEquivalent(IReadOnlyList<ResourceGraph> graphs, IReadOnlyList<BackupEstate> estates, string[] expectedTypes)
    {
        Assert.Equal(graphs.Select(g => g.StackName), estates.Select(e => e.Stack.StackName));
        var differences = graphs.Zip(estates).SelectMany(p => Templates.Differences(Templates.Native(p.First), fixture.TemplateOf(p.Second)).Select(d => $"{p.First.StackName}: {d}")).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Subset(graphs.SelectMany(g => g.Resources).Select(r => r.Type).ToHashSet(), expectedTypes.ToHashSet());
    }

    private static void AssertEquivalent(JsonObject native, JsonObject cdk, int expectedResources)
    {
        Assert.Equal(expectedResources, native["Resources"]!.AsObject().Count);
        var differences = Templates.Differences(native, cdk);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
