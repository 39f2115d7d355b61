using QuickStart;

namespace Backup.Iac.Testing.Tests;

/// <summary>The intent assertions on the quick start's estate: what it promises holds, and a change that breaks a promise fails.</summary>
public class QuickStartProtectionTests
{
    private const string Orders = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders";
    private const string Scratch = "arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/fs-0123456789abcdef0";

    [Fact]
    public void The_orders_table_is_backed_up_daily_kept_35_days_and_copied_to_Frankfurt() =>
        Protection.Of(QuickStartEstate.Build()).For(Orders)
            .IsBackedUp()
            .AtLeastEvery(TimeSpan.FromDays(1))
            .RetainedAtLeast(Duration.Days(35))
            .CopiedTo(region: "eu-central-1", retainedAtLeast: Duration.Days(35));

    [Fact]
    public void Monthly_backups_go_to_the_locked_vault_for_a_year()
    {
        var protection = Protection.Of(QuickStartEstate.Build()).For(Orders).RetainedAtLeast(Duration.Days(365)).InLockedVault();
        Assert.Equal(["Monthly1Year"], protection.Rules.Select(r => r.RuleName));
    }

    [Fact]
    public void Tagged_resources_are_backed_up_and_the_excluded_file_system_is_not()
    {
        Protection.Of(QuickStartEstate.Build()).ForTags(new Dictionary<string, string> { ["backup"] = "prod" }).IsBackedUp().AtLeastEvery(TimeSpan.FromDays(1));
        Protection.Of(QuickStartEstate.Build()).For("arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/fs-1111").IsBackedUp();
        var e = Assert.Throws<BackupAssertionException>(() => Protection.Of(QuickStartEstate.Build()).For(Scratch).IsBackedUp());
        Assert.Contains("Prod/ProdPlan/Data: its NotResources excludes it", e.Message, StringComparison.Ordinal);
        Protection.Of(QuickStartEstate.Build()).For(Scratch).IsNotBackedUp();
    }

    [Fact]
    public void A_resource_in_another_Region_or_account_is_not_picked_by_the_stack()
    {
        var e = Assert.Throws<BackupAssertionException>(() =>
            Protection.Of(QuickStartEstate.Build()).For("arn:aws:dynamodb:us-east-1:111122223333:table/orders").IsBackedUp());
        Assert.Contains("its plan is in Region eu-west-1, the resource in us-east-1", e.Message, StringComparison.Ordinal);
        Protection.Of(QuickStartEstate.Build()).For("arn:aws:dynamodb:eu-west-1:999999999999:table/orders").IsNotBackedUp();
    }

    [Fact]
    public void Nothing_is_copied_to_a_Region_it_is_not_copied_to()
    {
        var e = Assert.Throws<BackupAssertionException>(() =>
            Protection.Of(QuickStartEstate.Build()).For(Orders).CopiedTo(region: "us-east-1"));
        Assert.Contains("rule 'Daily'", e.Message, StringComparison.Ordinal);
        Assert.Contains("goes to Region eu-central-1", e.Message, StringComparison.Ordinal);
        Assert.Contains("rule 'Weekly'", e.Message, StringComparison.Ordinal);
        Assert.Contains("it makes no copy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_narrow_to_one_rule_that_meets_them_all()
    {
        // The daily rule runs daily but keeps 35 days; the monthly rule keeps a year but runs monthly: no single rule does both.
        var e = Assert.Throws<BackupAssertionException>(() =>
            Protection.Of(QuickStartEstate.Build()).For(Orders).AtLeastEvery(TimeSpan.FromDays(1)).RetainedAtLeast(Duration.Days(365)));
        Assert.Contains("retained at least 365 days by a rule that is backed up, at least every 1 day(s)", e.Message, StringComparison.Ordinal);
        Assert.Contains("kept only 35 days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_that_shortens_retention_breaks_the_promise()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var vault = prod.AddVault("Primary");
        var plan = prod.AddPlan("DailyPlan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily() with { Lifecycle = Lifecycle.Retain(Duration.Days(7)) }] });
        plan.AddSelection("Orders", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")] });

        var e = Assert.Throws<BackupAssertionException>(() => Protection.Of(app).For(Orders).AtLeastEvery(TimeSpan.FromDays(1)).RetainedAtLeast(Duration.Days(35)));
        Assert.Contains("Prod/DailyPlan rule 'Daily' (selected by Prod/DailyPlan/Orders): its recovery points are kept only 7 days", e.Message, StringComparison.Ordinal);
        var weekly = Assert.Throws<BackupAssertionException>(() => Protection.Of(app).For(Orders).AtLeastEvery(TimeSpan.FromHours(12)));
        Assert.Contains("it runs only every 24 hours", weekly.Message, StringComparison.Ordinal);
        var locked = Assert.Throws<BackupAssertionException>(() => Protection.Of(app).For(Orders).InLockedVault());
        Assert.Contains("its vault Prod/Primary has no lock", locked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_on_tags_are_judged_from_the_resource_tags()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = prod.AddPlan("Plan", new BackupPlanProps { Vault = prod.AddVault("V"), Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Prod", new BackupSelectionOptions
        {
            Resources = [BackupResource.FromArn("arn:aws:dynamodb:*:*:table/*")],
            Conditions = new SelectionConditions { StringEquals = [new ConditionParameter("aws:ResourceTag/env", "prod")] },
        });

        Protection.Of(app).For(Orders, new Dictionary<string, string> { ["env"] = "prod" }).IsBackedUp();
        var e = Assert.Throws<BackupAssertionException>(() => Protection.Of(app).For(Orders, new Dictionary<string, string> { ["env"] = "dev" }).IsBackedUp());
        Assert.Contains("its condition StringEquals env=prod does not hold (the resource has env=dev)", e.Message, StringComparison.Ordinal);
    }
}
