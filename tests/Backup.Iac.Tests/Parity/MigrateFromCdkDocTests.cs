using Backup.Iac.Graph;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The C# examples of docs/migrate-from-cdk.md compile, build their estate and synthesize without an error; the
/// logical IDs the page promises are the AWS CDK's.
/// </summary>
public sealed class MigrateFromCdkDocTests
{
    private static readonly Lazy<IReadOnlyList<BackupApp>> Examples = new(() => MarkdownExamples.Build(PagePath));

    [Fact]
    public void The_page_shows_C_sharp_examples()
    {
        Assert.True(Examples.Value.Count >= 3, $"docs/migrate-from-cdk.md shows {Examples.Value.Count} C# examples; expected 3 or more.");
    }

    [Fact]
    public void Each_example_synthesizes_without_an_error() => MarkdownExamples.AssertEachSynthesizesWithoutAnError(Examples.Value);

    [Fact]
    public void The_first_example_is_the_CDK_stack_it_converts()
    {
        var template = ParityTemplate.Of(Examples.Value[0]);

        template.HasResourceProperties("AWS::Backup::BackupVault", """
            { "AccessPolicy": { "Statement": [ { "Effect": "Deny", "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"] } ] } }
            """);
        template.HasResourceProperties("AWS::Backup::BackupPlan", """
            { "BackupPlan": { "BackupPlanName": "Plan", "BackupPlanRule": [ { "RuleName": "Daily" }, { "RuleName": "Weekly" }, { "RuleName": "Monthly5Year" } ] } }
            """);
        var policies = Assert.Single(template.Resources("AWS::IAM::Role")).Resource["Properties"]!["ManagedPolicyArns"]!.ToJsonString();
        Assert.Contains("service-role/AWSBackupServiceRolePolicyForBackup", policies, StringComparison.Ordinal);
        Assert.DoesNotContain("Restore", policies, StringComparison.Ordinal); // AllowRestores defaults to false, as in the CDK
        Assert.Contains(template.Resources("AWS::Backup::BackupVault"), r => r.LogicalId == "Vault23237E5B");
        Assert.Contains(template.Resources("AWS::Backup::BackupPlan"), r => r.LogicalId == "PlanDAF4E53A");
    }

    [Fact]
    public void The_second_example_keeps_continuous_backups_35_days_and_lets_the_role_restore()
    {
        var template = ParityTemplate.Of(Examples.Value[1]);

        template.HasResourceProperties("AWS::Backup::BackupPlan", """
            { "BackupPlan": { "BackupPlanRule": [ { "EnableContinuousBackup": true, "Lifecycle": { "DeleteAfterDays": 35 }, "RuleName": "PlanRule0" }, { "RuleName": "Daily" } ] } }
            """);
        var policies = Assert.Single(template.Resources("AWS::IAM::Role")).Resource["Properties"]!["ManagedPolicyArns"]!.AsArray();
        Assert.Contains(policies, p => p!.ToJsonString().Contains("AWSBackupServiceRolePolicyForRestores", StringComparison.Ordinal));
    }

    [Fact]
    public void The_moved_selection_keeps_the_CDK_logical_IDs()
    {
        // The IDs the CDK gives `new BackupSelection(stack, 'Selection', ...)`: from the paths Selection and Selection/Role.
        Assert.Equal("SelectionRoleD0EAEC83", LogicalIds.FromPath("Selection/Role/Resource"));
        var selection = LogicalIds.FromPath("Selection/Resource");

        var template = ParityTemplate.Of(Examples.Value[2]);

        // No OverrideLogicalId: the selection of the stack and the plan's own vault have the CDK's paths, hence its IDs.
        Assert.DoesNotContain("OverrideLogicalId", Page(), StringComparison.Ordinal);
        Assert.Contains(template.Resources("AWS::Backup::BackupSelection"), r => r.LogicalId == selection);
        Assert.Contains(template.Resources("AWS::IAM::Role"), r => r.LogicalId == "SelectionRoleD0EAEC83");
        Assert.Equal(["PlanVault0284B0C2"], template.Resources("AWS::Backup::BackupVault").Select(r => r.LogicalId));
        template.HasResourceProperties("AWS::Backup::BackupSelection", """{ "BackupSelection": { "IamRoleArn": { "Fn::GetAtt": ["SelectionRoleD0EAEC83", "Arn"] } } }""");
    }

    private const string PagePath = "docs/migrate-from-cdk.md";

    private static string Page() => MarkdownExamples.Text(PagePath);
}
