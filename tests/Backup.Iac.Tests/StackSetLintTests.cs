using System.Text;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary><c>lint</c> reads the member template inside an <c>AWS::CloudFormation::StackSet</c> (a string or a mapping, YAML or JSON).</summary>
public class StackSetLintTests
{
    private const string Yaml = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Vaults:
            Type: AWS::CloudFormation::StackSet
            Properties:
              StackSetName: member-vaults
              PermissionModel: SERVICE_MANAGED
              StackInstancesGroup:
                - DeploymentTargets: { OrganizationalUnitIds: [ou-a1b2-pr000001] }
                  Regions: [us-east-1, eu-west-1]
              TemplateBody: |
                Resources:
                  Vault:
                    Type: AWS::Backup::BackupVault
                    DeletionPolicy: Retain
                    UpdateReplacePolicy: Retain
                    Properties:
                      BackupVaultName: org-vault
                      LockConfiguration: { MinRetentionDays: 400, MaxRetentionDays: 365 }
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: org-backup-role
                      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] }
        """;

    private static LintedFile Lint(string name, string text) => Linter.Lint(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_yaml_string_body_is_checked_with_the_StackSet_Regions_at_the_TemplateBody_line()
    {
        var file = Lint("estate.yaml", Yaml);
        var lockError = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP1306");
        Assert.Equal("Vaults/TemplateBody/Vault", lockError.Diagnostic.Path);
        Assert.Equal(11, lockError.At?.Line);
        Assert.EndsWith("(line 8:46 of the member template)", lockError.Diagnostic.Message, StringComparison.Ordinal);
        var role = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP7063");
        Assert.Equal("Vaults/TemplateBody/Role", role.Diagnostic.Path);
        Assert.Contains("2 Regions (us-east-1, eu-west-1)", role.Diagnostic.Message, StringComparison.Ordinal);
        Assert.True(file.HasErrors);
    }

    [Fact]
    public void A_Sub_body_is_read_as_its_text_and_another_intrinsic_is_skipped()
    {
        var sub = Lint("estate.yaml", Yaml.Replace("TemplateBody: |", "TemplateBody: !Sub |", StringComparison.Ordinal));
        Assert.Contains(sub.Diagnostics, d => d.Diagnostic.Code == "BKP1306" && d.Diagnostic.Path == "Vaults/TemplateBody/Vault");
        var joined = Lint("estate.yaml", Yaml[..Yaml.IndexOf("      TemplateBody", StringComparison.Ordinal)] + "      TemplateBody: !Join ['', [a, b]]\n");
        Assert.DoesNotContain(joined.Diagnostics, d => d.Diagnostic.Path.Contains("TemplateBody", StringComparison.Ordinal));
    }

    [Fact]
    public void One_Region_is_no_role_collision()
    {
        var file = Lint("estate.yaml", Yaml.Replace("[us-east-1, eu-west-1]", "[us-east-1]", StringComparison.Ordinal));
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code == "BKP7063");
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP1306");
    }

    [Fact]
    public void A_mapping_body_keeps_the_outer_file_positions()
    {
        var json = """
            {
              "Resources": {
                "Vaults": {
                  "Type": "AWS::CloudFormation::StackSet",
                  "Properties": {
                    "StackSetName": "member-vaults",
                    "PermissionModel": "SERVICE_MANAGED",
                    "TemplateBody": {
                      "Resources": {
                        "Vault": {
                          "Type": "AWS::Backup::BackupVault",
                          "DeletionPolicy": "Retain",
                          "Properties": { "BackupVaultName": "org-vault", "LockConfiguration": { "MinRetentionDays": 400, "MaxRetentionDays": 365 } }
                        }
                      }
                    }
                  }
                }
              }
            }
            """;
        var d = Assert.Single(Lint("estate.json", json).Diagnostics, d => d.Diagnostic.Code == "BKP1306");
        Assert.Equal(13, d.At?.Line);
        Assert.DoesNotContain("of the member template", d.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_body_is_reported_at_TemplateBody()
    {
        var file = Lint("estate.yaml", Yaml.Replace("Resources:\n          Vault:", "Resources: [\n          Vault:", StringComparison.Ordinal));
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == ImportConstraints.Unreadable.Code);
        Assert.Equal("Vaults/TemplateBody", d.Diagnostic.Path);
        Assert.Equal(11, d.At?.Line);
    }

    [Fact]
    public void The_OrgRollout_management_template_lints_its_member_templates_without_errors()
    {
        var management = OrgRollout.OrgRolloutEstate.Build().Synth().Graphs.Single(g => g.StackName == "Management");
        var file = Lint("Management.template.json", CloudFormationEmitter.Emit(management).GetText());
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP1312" && d.Diagnostic.Path.StartsWith("MemberVaultsStackSet", StringComparison.Ordinal));
    }
}
