using System.Text;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>Issue 12, items 8, 9, 10 and 18: what lint reports around deploy-time values, logical IDs and open vault policies.</summary>
public sealed class LintHardeningTests
{
    private static string Template(string ruleExtra = "", string vaultExtra = "", string planId = "Plan", string vaultId = "Vault", string rule = "") => $$"""
        Parameters:
          Env: {Type: String}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          {{vaultId}}:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupVaultName: vault-a
        {{vaultExtra}}
          {{planId}}:
            Type: AWS::Backup::BackupPlan
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupPlan:
                BackupPlanName: daily
                BackupPlanRule:
                  - RuleName: Daily
                    TargetBackupVault: !Ref {{vaultId}}
                    ScheduleExpression: cron(0 5 ? * * *)
                    Lifecycle: {MoveToColdStorageAfterDays: 90, DeleteAfterDays: 179}
        {{ruleExtra}}
        {{rule}}
        """;

    private static List<string> Codes(string yaml, Severity? severity = null) =>
        [.. Linter.Lint("t.yaml", Encoding.UTF8.GetBytes(yaml)).Diagnostics
            .Where(d => severity is null || d.Diagnostic.Severity == severity).Select(d => d.Diagnostic.Code)];

    [Theory]
    [InlineData("")]
    [InlineData("            RecoveryPointTags: !If [IsProd, {tier: gold}, !Ref AWS::NoValue]")]
    [InlineData("            CopyActions: !If [IsProd, [{DestinationBackupVaultArn: !GetAtt Vault.BackupVaultArn}], !Ref AWS::NoValue]")]
    [InlineData("            EnableContinuousBackup: !If [IsProd, true, false]")]
    [InlineData("            CompletionWindowMinutes: 600.0")]
    [InlineData("            StartWindowMinutes: 1.5")]
    public void A_deploy_time_or_odd_value_hides_only_the_checks_that_need_it(string extra)
    {
        Assert.Contains("BKP2204", Codes(Template(ruleExtra: extra), Severity.Error)); // cfn-lint E3504
    }

    [Fact]
    public void A_vault_with_deploy_time_notifications_is_still_checked()
    {
        var yaml = Template(vaultExtra: """
                  Notifications: !If [IsProd, {BackupVaultEvents: [BACKUP_JOB_COMPLETED], SNSTopicArn: arn:aws:sns:eu-west-1:111122223333:t}, !Ref AWS::NoValue]
                  BackupVaultTags: {"aws:reserved": x}
            """);
        Assert.Contains("BKP1010", Codes(yaml, Severity.Error));
    }

    [Fact]
    public void A_whole_number_written_with_a_fraction_is_that_number()
    {
        // 60.0 is 60 to CloudFormation: the completion window is read, and checked against the start window.
        Assert.Equal(
            Codes(Template(ruleExtra: "            StartWindowMinutes: 120\n            CompletionWindowMinutes: 60")),
            Codes(Template(ruleExtra: "            StartWindowMinutes: 120.0\n            CompletionWindowMinutes: 60.0")));
    }

    [Fact]
    public void Logical_ids_that_are_not_alphanumeric_are_reported_and_still_checked()
    {
        var codes = Codes(Template(planId: "My-Plan", vaultId: "Vault😀"), Severity.Error);
        Assert.Equal(2, codes.Count(c => c == "BKP9130"));
        Assert.Contains("BKP2204", codes);
        Assert.DoesNotContain("BKP9117", codes); // the Ref to the renamed vault follows it
    }

    [Fact]
    public void A_vault_policy_that_lets_anyone_delete_is_an_error_in_lint()
    {
        var yaml = Template(vaultExtra: """
                  AccessPolicy:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: "*"
                        Action: [backup:DeleteRecoveryPoint, backup:DeleteBackupVault, backup:PutBackupVaultAccessPolicy]
                        Resource: "*"
            """);
        Assert.Contains("BKP1190", Codes(yaml, Severity.Error));
    }

    [Fact]
    public void Copy_helpers_refuse_arguments_that_open_the_vault()
    {
        Assert.Throws<ArgumentException>(() => VaultAccessPolicy.AllowCopyIntoFromAccounts("*"));
        Assert.Throws<ArgumentException>(() => VaultAccessPolicy.AllowCopyIntoFromAccounts());
        Assert.Throws<ArgumentException>(() => VaultAccessPolicy.AllowCopyIntoFromOrganization(""));
        Assert.Throws<ArgumentException>(() => VaultAccessPolicy.AllowCopyIntoFromOrganization("*"));
        _ = VaultAccessPolicy.AllowCopyIntoFromAccounts(new StackParameter("Source").Value); // a deploy-time value is AWS's to check
        _ = VaultAccessPolicy.AllowCopyIntoFromOrganization("o-a1b2c3d4e5");
    }

    [Theory]
    [InlineData("            Lifecycle: !If [IsProd, {DeleteAfterDays: 35}, {DeleteAfterDays: 7}]", "Lifecycle")]
    [InlineData("", null)]
    public void An_intrinsic_in_place_of_a_rule_or_lifecycle_is_reported_as_info_BKP9120(string copyRule, string? property)
    {
        var yaml = Template(rule: copyRule.Length == 0
            ? "          - !If [IsProd, {RuleName: Extra, TargetBackupVault: !Ref Vault}, !Ref AWS::NoValue]"
            : "          - RuleName: Second\n            TargetBackupVault: !Ref Vault\n            ScheduleExpression: cron(0 6 ? * * *)\n" + copyRule);
        var infos = Linter.Lint("t.yaml", Encoding.UTF8.GetBytes(yaml)).Diagnostics.Where(d => d.Diagnostic.Code == "BKP9120").ToList();
        Assert.Contains(infos, d => d.Diagnostic.Property == property && d.At is not null);
        Assert.Contains("BKP2204", Codes(yaml, Severity.Error)); // the first rule is still checked
    }
}
