using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

public class LogicalIdTests
{
    [Theory]
    [InlineData("MyBucket/Resource", "MyBucketF68F3FF0")] // the AWS CDK's own, widely seen value for an L2 bucket
    [InlineData("Primary/Resource", "Primary503D6591")]
    [InlineData("MyVault", "MyVault")] // a single component is used as is
    [InlineData("My-Vault_1", "MyVault1")] // made alphanumeric
    [InlineData("Plan/Default", "Plan")] // Default is dropped entirely
    [InlineData("A/Default/B", "ABE649FC2C")] // ... also from the hash input
    [InlineData("Bucket/Bucket", "BucketDC7D6F65")] // a component the previous one ends with is not repeated
    [InlineData("Plan/Sel/Role/Resource", "PlanSelRole8437AF35")]
    public void Logical_ids_follow_the_cdk_rule(string path, string expected) =>
        Assert.Equal(expected, LogicalIds.FromPath(path));

    [Fact]
    public void Long_paths_are_cut_to_240_characters_plus_the_hash()
    {
        var id = LogicalIds.FromPath(new string('a', 200) + "/" + new string('b', 200));
        Assert.Equal(248, id.Length);
        Assert.Matches("^a{200}b{40}[0-9A-F]{8}$", id);
    }

    [Fact]
    public void Constructs_get_the_logical_id_of_their_resource_path()
    {
        var app = new BackupApp();
        var stack = app.AddStack("Prod");
        var vault = stack.AddVault("Primary");
        var plan = stack.AddPlan("DailyPlan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
        var selection = plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("a", "b")] });
        Assert.Equal("Primary503D6591", vault.LogicalId);
        Assert.Equal(LogicalIds.FromPath("DailyPlan/Resource"), plan.LogicalId);
        Assert.Equal(LogicalIds.FromPath("DailyPlan/Sel/Resource"), selection.LogicalId);
        Assert.Equal(LogicalIds.FromPath("DailyPlan/Sel/Role/Resource"), selection.GeneratedRoleLogicalId);
    }

    [Fact]
    public void Generated_vault_names_are_the_cdk_unique_id_cut_to_50_characters()
    {
        var app = new BackupApp();
        var vault = app.AddStack("Prod").AddVault("Primary");
        Assert.Equal("ProdPrimary8544A269", vault.VaultName);
        var longVault = app.AddStack("S").AddVault(new string('v', 60));
        Assert.Equal(50, longVault.VaultName.Length);
        Assert.Matches("^v{42}[0-9A-F]{8}$", longVault.VaultName);
    }
}
