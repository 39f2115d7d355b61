using System.Text.Json.Nodes;
using QuickStart;

namespace Backup.Iac.Testing.Tests;

/// <summary>The CDK-style template assertions and matchers, on the quick start's template.</summary>
public class TemplateAssertionTests
{
    private static EstateTemplate QuickStart() => EstateTemplate.From(QuickStartEstate.Build().Stacks[0]);

    [Fact]
    public void Counts_and_finds_resources_by_type()
    {
        var template = QuickStart();
        template.ResourceCountIs("AWS::Backup::BackupVault", 2);
        template.ResourceCountIs("AWS::Backup::BackupSelection", 2);
        Assert.Single(template.FindResources("AWS::Backup::BackupVault", new { Properties = new { BackupVaultName = "prod-archive" } }));
        var e = Assert.Throws<BackupAssertionException>(() => template.ResourceCountIs("AWS::Backup::BackupVault", 3));
        Assert.Contains("Expected 3 resource(s) of type AWS::Backup::BackupVault", e.Message, StringComparison.Ordinal);
        Assert.Contains("AWS::Backup::BackupPlan x1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_match_partially_and_nested_objects_too()
    {
        var template = QuickStart();
        template.HasResourceProperties("AWS::Backup::BackupPlan", new
        {
            BackupPlan = new
            {
                BackupPlanName = "prod-daily-weekly-monthly",
                BackupPlanRule = Match.ArrayWith(
                    new { RuleName = "Daily", Lifecycle = new { DeleteAfterDays = 35 }, CopyActions = Match.AnyValue() },
                    new { RuleName = "Monthly1Year", Lifecycle = Match.ObjectEquals(new { MoveToColdStorageAfterDays = 30, DeleteAfterDays = 365 }) }),
            },
        });
        template.HasResource("AWS::Backup::BackupVault", new { DeletionPolicy = "Retain", UpdateReplacePolicy = "Retain", Properties = new { BackupVaultName = "prod-primary", LockConfiguration = Match.Absent() } });
        template.HasResourceProperties("AWS::Backup::BackupVault", new { BackupVaultName = Match.StringLikeRegexp("^prod-arch"), LockConfiguration = new { MinRetentionDays = 30 } });
    }

    [Fact]
    public void A_failure_names_the_closest_resource_and_each_difference()
    {
        var e = Assert.Throws<BackupAssertionException>(() => QuickStart().HasResourceProperties("AWS::Backup::BackupVault", new
        {
            BackupVaultName = "prod-archive",
            LockConfiguration = new { MinRetentionDays = 35 },
        }));
        Assert.Contains("The closest is 'Archive", e.Message, StringComparison.Ordinal);
        Assert.Contains("/LockConfiguration/MinRetentionDays: expected 35, found 30", e.Message, StringComparison.Ordinal);
        Assert.Contains("with 1 difference(s)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayWith_keeps_the_order_and_says_which_item_is_missing()
    {
        var template = QuickStart();
        var e = Assert.Throws<BackupAssertionException>(() => template.HasResourceProperties("AWS::Backup::BackupPlan", new
        {
            BackupPlan = new { BackupPlanRule = Match.ArrayWith(new { RuleName = "Monthly1Year" }, new { RuleName = "Daily" }) },
        }));
        Assert.Contains("/BackupPlan/BackupPlanRule: expected the list to contain", e.Message, StringComparison.Ordinal);
        Assert.Contains("after item 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_match_exactly_unless_ArrayWith_says_otherwise()
    {
        var template = QuickStart();
        var e = Assert.Throws<BackupAssertionException>(() => template.HasResourceProperties("AWS::Backup::BackupPlan", new
        {
            BackupPlan = new { BackupPlanRule = new[] { new { RuleName = "Daily" } } },
        }));
        Assert.Contains("expected a list of 1 item(s), found 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matchers_work_on_plain_json()
    {
        var value = JsonNode.Parse("""{"a": 1, "b": {"c": "x"}, "policy": "{\"Version\":\"2012-10-17\",\"Statement\":[]}"}""");
        Assert.Empty(Match.ObjectLike(new { a = 1 }).Test(value));
        Assert.Single(Match.ObjectEquals(new { a = 1 }).Test(value), m => m.Problem.StartsWith("unexpected key", StringComparison.Ordinal) && m.Path == "/b");
        Assert.Empty(Match.ObjectLike(new { b = new { c = Match.StringLikeRegexp("^x$") }, d = Match.Absent() }).Test(value));
        Assert.Single(Match.ObjectLike(new { a = Match.Absent() }).Test(value));
        Assert.Empty(Match.ObjectLike(new { policy = Match.SerializedJson(new { Version = "2012-10-17", Statement = Array.Empty<object>() }) }).Test(value));
        Assert.Single(Match.ObjectLike(new { policy = Match.SerializedJson(new { Version = "2008-10-17", Statement = Array.Empty<object>() }) }).Test(value));
        Assert.Single(Match.ObjectLike(new { a = Match.Not(1) }).Test(value));
        Assert.Equal("/missing", Assert.Single(Match.ObjectLike(new { missing = Match.AnyValue() }).Test(value)).Path);
        Assert.Empty(Match.ObjectLike(new Dictionary<string, object> { ["a"] = 1.0 }).Test(value));
    }

    [Fact]
    public void Outputs_are_matched_by_logical_id()
    {
        var template = EstateTemplate.FromJson("""{"Resources": {}, "Outputs": {"VaultArn": {"Value": {"Fn::GetAtt": ["V", "BackupVaultArn"]}}}}""");
        template.HasOutput("VaultArn", new { Value = new Dictionary<string, object> { ["Fn::GetAtt"] = new[] { "V", "BackupVaultArn" } } });
        template.HasOutput("*", new { Value = Match.AnyValue() });
        Assert.Throws<BackupAssertionException>(() => template.HasOutput("Other", new { Value = Match.AnyValue() }));
        Assert.Throws<BackupAssertionException>(() => template.HasOutput("VaultArn", new { Export = Match.AnyValue() }));
    }
}
