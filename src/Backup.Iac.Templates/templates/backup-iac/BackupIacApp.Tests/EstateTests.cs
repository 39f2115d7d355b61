using Backup.Iac;
using Backup.Iac.Testing;
using Xunit;

namespace BackupIacApp.Tests;

/// <summary>What the estate must keep doing: each test fails when a change removes that protection.</summary>
public class EstateTests
{
    private const string Orders = "arn:aws:dynamodb:eu-west-1:111122223333:table/orders";

    [Fact]
    public void Synth_reports_no_error_and_no_warning() =>
        Diagnostics.Of(Estate.Build()).HasNoErrors().HasNoWarnings();

    [Fact]
    public void Tagged_tables_are_backed_up_daily_and_kept_35_days() =>
        Protection.Of(Estate.Build())
            .For(Orders, new Dictionary<string, string> { ["backup"] = "daily" })
            .IsBackedUp()
            .AtLeastEvery(TimeSpan.FromDays(1))
            .RetainedAtLeast(Duration.Days(35));

    [Fact]
    public void Untagged_resources_are_not_backed_up() =>
        Protection.Of(Estate.Build()).For(Orders).IsNotBackedUp();

    [Fact]
    public void The_vault_is_kept_when_the_stack_is_deleted()
    {
        var app = Estate.Build();
        var template = EstateTemplate.From(app.Stacks[0]);
        template.ResourceCountIs("AWS::Backup::BackupVault", 1);
        template.HasResource("AWS::Backup::BackupVault", new
        {
            DeletionPolicy = "Retain",
            Properties = new { BackupVaultName = "prod-primary" },
        });
        template.HasResourceProperties("AWS::Backup::BackupPlan", new
        {
            BackupPlan = new { BackupPlanRule = Match.ArrayWith(new { RuleName = "Daily", Lifecycle = new { DeleteAfterDays = 35 } }) },
        });
    }
}
