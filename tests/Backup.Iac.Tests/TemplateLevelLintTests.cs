using System.Text;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>
/// Lint on whole templates: deploy-time values of every shape are unknown (never empty), every intrinsic and rule
/// function parses in its short form, names taken from the file are not judged, and the template-level checks a
/// linter is expected to make (Ref, Fn::GetAtt, conditions, Fn::Sub variables, report bucket names).
/// </summary>
public class TemplateLevelLintTests
{
    private static LintedFile Lint(string text, string name = "template.yaml") => Linter.Lint(name, Encoding.UTF8.GetBytes(text));

    private static List<string> Codes(LintedFile file) => [.. file.Diagnostics.Select(d => d.Diagnostic.Code)];

    private const string Head = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          ResourceArns:
            Type: CommaDelimitedList
          Arns:
            Type: List<String>
          Volumes:
            Type: List<AWS::EC2::Volume::Id>
          SsmArns:
            Type: AWS::SSM::Parameter::Value<List<String>>
            Default: /backup/arns
          Env:
            Type: String
            Default: prod
        Mappings:
          Selections:
            prod:
              Arns: ["arn:aws:dynamodb:eu-west-1:111122223333:table/orders"]
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupVaultName: !Sub "${AWS::StackName}-vault"
          Plan:
            Type: AWS::Backup::BackupPlan
            Properties:
              BackupPlan:
                BackupPlanName: plan
                BackupPlanRule:
                  - RuleName: Daily
                    TargetBackupVault: !Ref Vault
                    ScheduleExpression: cron(0 5 * * ? *)
                    Lifecycle:
                      DeleteAfterDays: 35
          Selection:
            Type: AWS::Backup::BackupSelection
            Properties:
              BackupPlanId: !Ref Plan
              BackupSelection:
                SelectionName: selection
                IamRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/service-role/AWSBackupDefaultServiceRole

        """;

    public static TheoryData<string> DeployTimeLists => new()
    {
        "!Ref ResourceArns",
        "!Ref Arns",
        "!Ref Volumes",
        "!Ref SsmArns",
        "!Split [',', !Join [',', !Ref ResourceArns]]",
        "!If [IsProd, !Ref ResourceArns, !Ref Arns]",
        "!FindInMap [Selections, !Ref Env, Arns]",
        "!GetAZs ''",
        "!Cidr ['10.0.0.0/16', 4, 8]",
        "{ 'Fn::Transform': { Name: AWS::Include, Parameters: { Location: 's3://bucket/arns.yaml' } } }",
    };

    [Theory]
    [MemberData(nameof(DeployTimeLists))]
    public void A_selection_whose_resources_are_chosen_at_deploy_time_is_not_read_as_selecting_everything(string resources)
    {
        var file = Lint(Head + "        Resources: " + resources + "\n");
        Assert.False(file.Unreadable, string.Join("\n", file.Diagnostics));
        Assert.DoesNotContain("BKP3069", Codes(file));
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
    }

    [Fact]
    public void A_selection_with_no_resources_at_all_still_selects_everything()
    {
        var file = Lint(Head + "        Resources: []\n");
        Assert.Contains("BKP3069", Codes(file)); // the check still runs where the value is known
    }

    [Fact]
    public void A_restore_testing_selection_whose_arns_come_from_a_list_parameter_is_read_as_unknown()
    {
        const string template = """
            Parameters:
              Arns:
                Type: CommaDelimitedList
            Resources:
              TestPlan:
                Type: AWS::Backup::RestoreTestingPlan
                Properties:
                  RestoreTestingPlanName: weekly
                  ScheduleExpression: cron(0 1 ? * SUN *)
                  RecoveryPointSelection:
                    Algorithm: LATEST_WITHIN_WINDOW
                    IncludeVaults: ["*"]
                    RecoveryPointTypes: [SNAPSHOT]
              TestSelection:
                Type: AWS::Backup::RestoreTestingSelection
                Properties:
                  RestoreTestingPlanName: !Ref TestPlan
                  RestoreTestingSelectionName: ebs
                  ProtectedResourceType: EBS
                  IamRoleArn: arn:aws:iam::111122223333:role/restore
                  ProtectedResourceArns: !Ref Arns
            """;
        var file = Lint(template);
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
    }

    [Fact]
    public void Every_intrinsic_and_rule_function_parses_in_its_short_form_in_every_section()
    {
        const string template = """
            AWSTemplateFormatVersion: "2010-09-09"
            Metadata:
              Note: !Sub "${AWS::StackName} backups"
              Encoded: !Base64 "text"
            Parameters:
              Env:
                Type: String
                Default: prod
              Subnets:
                Type: List<AWS::EC2::Subnet::Id>
              Vpc:
                Type: AWS::EC2::VPC::Id
            Rules:
              ProdOnly:
                RuleCondition: !Equals [!Ref Env, prod]
                Assertions:
                  - Assert: !Contains [[prod, test], !Ref Env]
                  - Assert: !EachMemberEquals [!ValueOfAll ["AWS::EC2::Subnet::Id", VpcId], !Ref Vpc]
                  - Assert: !EachMemberIn [!ValueOfAll ["AWS::EC2::Subnet::Id", VpcId], !RefAll "AWS::EC2::VPC::Id"]
                  - Assert: !Not [!Equals [!ValueOf [Vpc, Tags], ""]]
                  - Assert: !And [!Or [!Equals [!Ref Env, prod], !Equals [!Ref Env, test]], !Not [!Equals [!Ref Env, ""]]]
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              HasSubnets: !Not [!Equals [!Join ["", !Ref Subnets], ""]]
              Both: !And [!Condition IsProd, !Condition HasSubnets]
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  BackupVaultName: !Join ["-", [!Ref "AWS::StackName", !Select [0, !Split ["-", !Ref Env]]]]
                  BackupVaultTags:
                    Zone: !Select [0, !GetAZs ""]
                    Net: !Select [0, !Cidr ["10.0.0.0/16", 2, 8]]
                    Shared: !ImportValue shared-tag
                    Mapped: !FindInMap [Names, !Ref Env, Tag]
            Mappings:
              Names:
                prod: { Tag: p }
                test: { Tag: t }
            Outputs:
              VaultArn:
                Condition: Both
                Value: !GetAtt Vault.BackupVaultArn
              Name:
                Value: !If [IsProd, !Ref Vault, !Ref "AWS::NoValue"]
            """;
        var file = Lint(template);
        Assert.False(file.Unreadable, string.Join("\n", file.Diagnostics));
        Assert.DoesNotContain("BKP9100", Codes(file));
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
    }

    [Fact]
    public void The_language_extension_functions_parse_in_their_short_form()
    {
        const string template = """
            Transform: AWS::LanguageExtensions
            Parameters:
              Subnets:
                Type: CommaDelimitedList
            Conditions:
              HasSubnets: !Not [!Equals [!Length [!Ref Subnets], 0]]
            Resources:
              Vault:
                Type: AWS::Backup::BackupVault
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  BackupVaultName: vault
                  BackupVaultTags:
                    Config: !ToJsonString { Subnets: !Ref Subnets }
            """;
        var file = Lint(template);
        Assert.DoesNotContain("BKP9100", Codes(file));
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
    }

    [Fact]
    public void A_stack_name_made_from_a_long_file_name_is_never_judged_as_a_stack_name()
    {
        var name = new string('a', 140) + "-backup.yaml";
        var file = Lint(Head + "        Resources: [arn:aws:dynamodb:eu-west-1:111122223333:table/orders]\n", name);
        Assert.DoesNotContain("BKP9004", Codes(file));
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics.Select(d => d.Diagnostic)));
        Assert.Equal(128, Linter.StackId(name).Length);
        Assert.Equal("T2024backups", Linter.StackId("2024-backups.yaml"));
    }

    private const string References = """
        Parameters:
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupVaultName: vault
          Topic:
            Type: AWS::SNS::Topic

        """;

    [Theory]
    [InlineData("Outputs:\n  Arn:\n    Value: !GetAtt Vualt.BackupVaultArn\n", "BKP9117", "Outputs.Arn.Value")]
    [InlineData("Outputs:\n  Arn:\n    Value: !Ref Missing\n", "BKP9117", "Outputs.Arn.Value")]
    [InlineData("Outputs:\n  Arn:\n    Value: !GetAtt Vault.Arn\n", "BKP9118", "Outputs.Arn.Value")]
    [InlineData("Outputs:\n  Arn:\n    Value: !Sub '${Vault.VaultArn}'\n", "BKP9118", "Outputs.Arn.Value")]
    [InlineData("Outputs:\n  Arn:\n    Value: !Ref Vault\n    Condition: IsProduction\n", "BKP9140", "Outputs.Arn.Condition")]
    [InlineData("Outputs:\n  Arn:\n    Value: !If [IsStaging, a, b]\n", "BKP9140", "Outputs.Arn.Value")]
    [InlineData("Outputs:\n  Arn:\n    Value: !Sub '${Enviroment}-vault'\n", "BKP9141", "Outputs.Arn.Value")]
    public void Outputs_are_checked(string outputs, string code, string property)
    {
        var file = Lint(References + outputs);
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == code);
        Assert.Equal(property, d.Diagnostic.Property);
        Assert.NotNull(d.At);
    }

    [Theory]
    [InlineData("  Other: !Equals [!Ref Envv, prod]\n", "BKP9117")]
    [InlineData("  Other: !And [!Condition IsProd, !Condition IsTest]\n", "BKP9140")]
    public void Conditions_are_checked(string condition, string code)
    {
        var template = References.Replace("  IsProd: !Equals [!Ref Env, prod]\n", "  IsProd: !Equals [!Ref Env, prod]\n" + condition, StringComparison.Ordinal);
        Assert.Contains(code, Codes(Lint(template)));
    }

    [Theory]
    [InlineData("  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref Topik\n", "BKP9117")]
    [InlineData("  Queue:\n    Type: AWS::SQS::Queue\n    DependsOn: Topik\n", "BKP9117")]
    [InlineData("  Queue:\n    Type: AWS::SQS::Queue\n    Condition: IsProduction\n", "BKP9140")]
    [InlineData("  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub '${Topic.Nmae}-${Queue}'\n", "")]
    [InlineData("  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub '${Unknown}-queue'\n", "BKP9141")]
    [InlineData("  Plan:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: !Sub '${Env}-${Stage}'\n        BackupPlanRule:\n          - RuleName: Daily\n            TargetBackupVault: !Ref Vault\n            Lifecycle: { DeleteAfterDays: 35 }\n", "BKP9141")]
    public void Resources_of_every_type_are_checked(string resource, string code)
    {
        var codes = Codes(Lint(References + resource)).Where(c => c is "BKP9117" or "BKP9118" or "BKP9140" or "BKP9141").ToList();
        if (code.Length == 0)
        {
            Assert.Empty(codes); // an attribute of a type without an embedded schema is not judged; the Sub's own resource is a name
        }
        else
        {
            Assert.Equal([code], codes);
        }
    }

    [Theory]
    [InlineData("!Sub '${!Literal}-${AWS::Region}-${AWS::AccountId}-${AWS::Partition}-${AWS::URLSuffix}-${AWS::StackId}-${AWS::StackName}'")]
    [InlineData("!Sub ['${Name}-${Vault}-${Vault.BackupVaultArn}-${Env}', { Name: !Ref Env }]")]
    [InlineData("!Sub ['${Name}', { Name: !If [IsProd, a, b] }]")]
    [InlineData("!Sub ['${Anything}', !Ref Env]")]
    [InlineData("!Sub '${ Env }'")]
    public void Sub_variables_that_name_something_are_accepted(string sub)
    {
        var file = Lint(References + "Outputs:\n  Out:\n    Value: " + sub + "\n");
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code is "BKP9117" or "BKP9118" or "BKP9140" or "BKP9141");
    }

    [Fact]
    public void A_template_with_a_transform_is_not_checked_for_names_the_transform_may_declare()
    {
        var file = Lint("Transform: AWS::Serverless-2016-10-31\n" + References + "Outputs:\n  Arn:\n    Value: !GetAtt FunctionRole.Arn\n");
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code is "BKP9117" or "BKP9140" or "BKP9141");
    }

    [Theory]
    [InlineData("Audit-Reports", true)]
    [InlineData("192.168.5.4", true)]
    [InlineData("xn--reports", true)]
    [InlineData("reports--ol-s3", true)]
    [InlineData("audit.reports-111122223333", false)]
    public void A_report_bucket_name_is_checked_against_the_S3_naming_rules(string bucket, bool bad)
    {
        var template = $"""
            Resources:
              Report:
                Type: AWS::Backup::ReportPlan
                Properties:
                  ReportPlanName: jobs
                  ReportDeliveryChannel:
                    S3BucketName: "{bucket}"
                    Formats: [CSV]
                  ReportSetting:
                    ReportTemplate: BACKUP_JOB_REPORT
            """;
        var codes = Codes(Lint(template));
        Assert.Equal(bad, codes.Contains("BKP5856"));
    }

    [Fact]
    public void A_report_bucket_name_given_at_deploy_time_is_not_judged()
    {
        const string template = """
            Parameters:
              Bucket:
                Type: String
            Resources:
              Report:
                Type: AWS::Backup::ReportPlan
                Properties:
                  ReportDeliveryChannel:
                    S3BucketName: !Sub "${Bucket}-Reports"
                  ReportSetting:
                    ReportTemplate: BACKUP_JOB_REPORT
            """;
        Assert.DoesNotContain("BKP5856", Codes(Lint(template)));
    }

    [Fact]
    public void Rules_of_one_plan_into_the_same_outside_vault_get_one_finding_naming_them()
    {
        const string template = """
            Parameters:
              VaultName:
                Type: String
            Resources:
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: plan
                    BackupPlanRule:
                      - RuleName: Daily
                        TargetBackupVault: !Ref VaultName
                        Lifecycle: { DeleteAfterDays: 35 }
                      - RuleName: Weekly
                        TargetBackupVault: !Ref VaultName
                        Lifecycle: { DeleteAfterDays: 90 }
                      - RuleName: Archive
                        TargetBackupVault: archive
                        Lifecycle: { DeleteAfterDays: 365 }
            """;
        var found = Lint(template).Diagnostics.Where(d => d.Diagnostic.Code == "BKP7002").ToList();
        Assert.Equal(2, found.Count); // one per outside vault, not one per rule
        Assert.Equal("Plan/Rules[Daily]", found[0].Diagnostic.Path);
        Assert.Contains("'Daily', 'Weekly'", found[0].Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Plan/Rules[Archive]", found[1].Diagnostic.Path);
    }

    [Fact]
    public void Sub_variables_are_read_as_CloudFormation_reads_them()
    {
        Assert.Equal(["A", "B.C", "AWS::Region"], TemplateChecks.SubVariables("${A}-${!Literal}-${B.C}-${A}-${AWS::Region}-${}"));
    }
}
