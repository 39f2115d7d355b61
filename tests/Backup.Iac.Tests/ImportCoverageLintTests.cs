using System.Text;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>
/// What the importer reads so that lint runs the model's checks (synth–lint parity): backup policies inside templates as
/// the <see cref="BackupPolicy"/> construct, ARNs built with <c>Fn::Join</c>, and values that must be judged, not thrown.
/// </summary>
public class ImportCoverageLintTests
{
    private static LintedFile Lint(string text, string name = "template.yaml") => Linter.Lint(name, Encoding.UTF8.GetBytes(text));

    private const string Policy = """
        {"plans":{"Daily":{"regions":{"@@assign":["eu-west-1"]},"rules":{"Daily":{"schedule_expression":{"@@assign":"cron(0 5 ? * * *)"},"target_backup_vault_name":{"@@assign":"Default"},"lifecycle":{"delete_after_days":{"@@assign":"35"}}}},"selections":{"tags":{"Tagged":{"iam_role_arn":{"@@assign":"arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole"},"tag_key":{"@@assign":"backup"},"tag_value":{"@@assign":["daily"]}}}}}}}
        """;

    private static string PolicyTemplate(string content, string name = "daily", string targets = "      TargetIds: [r-ab12]\n") => $"""
        Resources:
          Daily:
            Type: AWS::Organizations::Policy
            Properties:
              Name: {name}
              Type: BACKUP_POLICY
        {targets}      Content: {content}

        """;

    [Fact]
    public void A_backup_policy_in_a_template_gets_the_checks_of_the_construct_on_its_name_and_targets()
    {
        var file = Lint(PolicyTemplate(Policy, name: new string('p', 129), targets: ""));
        var name = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP6104");
        Assert.Equal(new SourcePosition(5, 13), name.At); // the Name value
        Assert.Equal("Daily", name.Diagnostic.Path);
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP6155"); // no TargetIds
    }

    [Fact]
    public void A_backup_policy_whose_content_is_a_json_string_is_checked_as_one_written_as_an_object()
    {
        var misspelt = Policy.Replace("schedule_expression", "schedule", StringComparison.Ordinal).Trim();
        var asString = Lint(PolicyTemplate("'" + misspelt + "'"));
        var asObject = Lint(PolicyTemplate(misspelt));
        var d = Assert.Single(asString.Diagnostics, d => d.Diagnostic.Code == "BKP6033");
        Assert.Equal(8, d.At!.Value.Line); // the Content line (positions inside a string are the string's)
        Assert.Equal("Content.plans.Daily.rules.Daily.schedule", d.Diagnostic.Property);
        Assert.Contains(asObject.Diagnostics, d => d.Diagnostic.Code == "BKP6033" && d.Diagnostic.Property == "Content.plans.Daily.rules.Daily.schedule");
        Assert.Equal(1, asObject.Diagnostics.Count(d => d.Diagnostic.Code == "BKP6033")); // once: not also by the document check of the raw resource
    }

    [Fact]
    public void A_backup_policy_built_at_deploy_time_is_kept_as_written_and_a_valid_one_passes()
    {
        var deployTime = Lint(PolicyTemplate("!Sub '" + Policy.Trim() + "'"));
        Assert.False(deployTime.HasErrors, string.Join(" | ", deployTime.Diagnostics));
        var valid = Lint(PolicyTemplate(Policy));
        Assert.False(valid.HasErrors, string.Join(" | ", valid.Diagnostics));
        Assert.DoesNotContain(valid.Diagnostics, d => d.Diagnostic.Code.StartsWith("BKP61", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standalone_policy_file_over_10000_characters_is_refused()
    {
        var plans = string.Join(",", Enumerable.Range(0, 40).Select(i => Policy.Trim()[10..^2].Replace("\"Daily\":{\"regions\"", $"\"Daily{i}\":{{\"regions\"", StringComparison.Ordinal)));
        var file = Lint("{\"plans\":{" + plans + "}}", "policy.json");
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP6103");
    }

    [Fact]
    public void An_arn_joined_from_pseudo_parameters_keeps_its_known_parts_for_the_checks()
    {
        // The plan selects one EBS volume (Fn::Join of the partition and a literal): the vault key is then unused (VAULT-009).
        const string template = """
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                Properties:
                  BackupVaultName: primary
                  EncryptionKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
                DeletionPolicy: Retain
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: daily
                    BackupPlanRule:
                      - RuleName: Daily
                        ScheduleExpression: cron(0 5 * * ? *)
                        TargetBackupVault: !Ref Vault
                        Lifecycle: { DeleteAfterDays: 35 }
              Selection:
                Type: AWS::Backup::BackupSelection
                Properties:
                  BackupPlanId: !Ref Plan
                  BackupSelection:
                    SelectionName: volumes
                    IamRoleArn: arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole
                    Resources:
                      - !Join ['', ['arn:', !Ref AWS::Partition, ':ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0']]
            """;
        var file = Lint(template);
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP1009" && d.Diagnostic.Path == "Vault");
    }

    [Fact]
    public void An_empty_copy_destination_is_reported_not_thrown()
    {
        const string template = """
            Resources:
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: daily
                    BackupPlanRule:
                      - RuleName: Daily
                        ScheduleExpression: cron(0 5 * * ? *)
                        TargetBackupVault: Default
                        CopyActions:
                          - DestinationBackupVaultArn: ''
            """;
        var file = Lint(template);
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code == "BKP9199");
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP2301");
    }
}
