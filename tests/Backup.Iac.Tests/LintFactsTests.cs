using System.Text;
using Backup.Iac.Graph;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary>
/// Lint keeps a template's other resources (buckets, topics, keys, DB instances, ... and their policies) as facts, and its
/// AWS Config recorder as resource tracking (issue 16): the cross-resource checks run, what is unknown stays unknown,
/// and the graph that <c>convert</c> writes still holds the AWS Backup resources only.
/// </summary>
public class LintFactsTests
{
    private const string Head = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Versioning:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Versioning, Enabled]
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupVaultName: prod-vault
          Plan:
            Type: AWS::Backup::BackupPlan
            Properties:
              BackupPlan:
                BackupPlanName: Plan
                BackupPlanRule:
                  - RuleName: Daily
                    ScheduleExpression: cron(0 5 * * ? *)
                    StartWindowMinutes: 60
                    CompletionWindowMinutes: 480
                    Lifecycle:
                      DeleteAfterDays: 35
                    TargetBackupVault: !Ref Vault
          Selection:
            Type: AWS::Backup::BackupSelection
            Properties:
              BackupPlanId: !Ref Plan
              BackupSelection:
                SelectionName: Buckets
                IamRoleArn: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/service-role/AWSBackupDefaultServiceRole
                Resources:
                  - !Sub arn:${AWS::Partition}:s3:::${Orders}

        """;

    private static LintedFile Lint(string text) => Linter.Lint("template.yaml", Encoding.UTF8.GetBytes(text));

    private static string Bucket(string extra, string attributes = "") => $"""
          Orders:
            Type: AWS::S3::Bucket
        {attributes}    Properties:
              BucketName: orders-data
        {extra}
        """;

    [Fact]
    public void XR_024_a_bucket_without_versioning_named_with_Sub_is_reported_at_the_selection_in_template_terms()
    {
        var text = Head + Bucket("");
        var file = Lint(text);
        var d = Assert.Single(file.Diagnostics, d => d.Diagnostic.Code == "BKP7024");
        Assert.Equal("Plan/Selection", d.Diagnostic.Path);
        Assert.Equal("Resources[0]", d.Diagnostic.Property);
        Assert.Contains("of this template", d.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("of this app", d.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("${Orders}", text.Split('\n')[d.At!.Value.Line - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("      VersioningConfiguration: !If [IsProd, {Status: Enabled}, !Ref AWS::NoValue]", "")]
    [InlineData("      VersioningConfiguration:\n        Status: !Ref Versioning", "")]
    [InlineData("", "    Condition: IsProd\n")]
    public void XR_024_a_versioning_chosen_at_deploy_time_or_a_conditional_bucket_is_not_judged(string extra, string attributes)
    {
        var file = Lint(Head + Bucket(extra, attributes));
        Assert.DoesNotContain(file.Diagnostics, d => d.Diagnostic.Code is "BKP7024" or "BKP7074" or "BKP7124");
    }

    [Fact]
    public void XR_024_a_versioning_configuration_that_is_Ref_AWS_NoValue_is_absent()
    {
        var file = Lint(Head + Bucket("      VersioningConfiguration: !Ref AWS::NoValue"));
        Assert.Contains(file.Diagnostics, d => d.Diagnostic.Code == "BKP7024");
    }

    [Fact]
    public void Other_resources_are_facts_only_the_graph_that_convert_writes_is_unchanged()
    {
        var file = Lint(Head + Bucket("      VersioningConfiguration:\n        Status: Enabled"));
        var graph = Assert.IsType<ResourceGraph>(file.Graph);
        Assert.DoesNotContain(graph.Resources, r => r.Type == "AWS::S3::Bucket");
        Assert.Equal(["AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::Backup::BackupVault"], graph.Resources.Select(r => r.Type).Order(StringComparer.Ordinal));
    }

    private const string Reports = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: audit-reports-111122223333
          ReportsPolicy:
            Type: AWS::S3::BucketPolicy
        DEPENDS
            Properties:
              Bucket: !Ref Reports
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports
                    Action: s3:PutObject
                    Resource: !Sub ${Reports.Arn}/*
          Jobs:
            Type: AWS::Backup::ReportPlan
            Properties:
              ReportDeliveryChannel:
                S3BucketName: !Ref Reports
              ReportSetting:
                ReportTemplate: BACKUP_JOB_REPORT
        """;

    [Fact]
    public void RPT_023_a_bucket_policy_that_DependsOn_the_report_plan_is_created_after_the_role()
    {
        Assert.Contains(Lint(Reports.Replace("DEPENDS\n", "", StringComparison.Ordinal)).Diagnostics, d => d.Diagnostic.Code == "BKP5823");
        var ordered = Lint(Reports.Replace("DEPENDS", "    DependsOn: Jobs", StringComparison.Ordinal));
        Assert.DoesNotContain(ordered.Diagnostics, d => d.Diagnostic.Code is "BKP5823" or "BKP5822");
    }

    [Fact]
    public void RPT_022_a_bucket_policy_whose_properties_are_chosen_at_deploy_time_may_be_the_bucket_s()
    {
        const string text = """
            Conditions:
              Never: !Equals [a, b]
            Resources:
              Reports:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: audit-reports-111122223333
              ReportsPolicy:
                Type: AWS::S3::BucketPolicy
                Properties: !If
                  - Never
                  - Bucket: !Ref Reports
                    PolicyDocument: {Version: "2012-10-17", Statement: []}
                  - !Ref AWS::NoValue
              Jobs:
                Type: AWS::Backup::ReportPlan
                Properties:
                  ReportDeliveryChannel:
                    S3BucketName: !Ref Reports
                  ReportSetting:
                    ReportTemplate: BACKUP_JOB_REPORT
            """;
        Assert.DoesNotContain(Lint(text).Diagnostics, d => d.Diagnostic.Code == "BKP5822");
        Assert.Contains(Lint(Reports.Replace("DEPENDS\n", "", StringComparison.Ordinal).Replace("!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports", "arn:aws:iam::111122223333:role/Operators", StringComparison.Ordinal)).Diagnostics,
            d => d.Diagnostic.Code == "BKP5822");
    }

    [Fact]
    public void NOTIF_010_a_topic_without_a_policy_in_the_template_is_reported_at_the_vault_s_SNSTopicArn()
    {
        const string text = """
            Resources:
              Events:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: backup-events
              Vault:
                Type: AWS::Backup::BackupVault
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  BackupVaultName: prod-vault
                  Notifications:
                    SNSTopicArn: !Ref Events
                    BackupVaultEvents: [BACKUP_JOB_COMPLETED]
            """;
        var d = Assert.Single(Lint(text).Diagnostics, d => d.Diagnostic.Code == "BKP1260");
        Assert.Equal("Vault", d.Diagnostic.Path);
        Assert.Equal("Notifications.SNSTopicArn", d.Diagnostic.Property);
        Assert.Contains("the template has no AWS::SNS::TopicPolicy", d.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XR_025_a_retention_that_an_Fn_If_may_leave_out_is_not_judged()
    {
        const string db = """
              Orders:
                Type: AWS::RDS::DBInstance
                Properties:
                  DBInstanceIdentifier: orders-db
                  Engine: postgres
                  DBInstanceClass: db.t4g.micro
                  BackupRetentionPeriod: RETENTION
            """;
        var head = Head.Replace("Lifecycle:", "EnableContinuousBackup: true\n            Lifecycle:", StringComparison.Ordinal)
            .Replace("arn:${AWS::Partition}:s3:::${Orders}", "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:${Orders}", StringComparison.Ordinal);
        Assert.Contains(Lint(head + db.Replace("RETENTION", "7", StringComparison.Ordinal)).Diagnostics, d => d.Diagnostic.Code == "BKP7025");
        Assert.DoesNotContain(Lint(head + db.Replace("RETENTION", "!If [IsProd, 7, !Ref AWS::NoValue]", StringComparison.Ordinal)).Diagnostics, d => d.Diagnostic.Code == "BKP7025");
    }

    private const string Recorder = """
        Resources:
          Recorder:
            Type: AWS::Config::ConfigurationRecorder
            Properties:
              RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig
        GROUP
          Audit:
            Type: AWS::Backup::Framework
            Properties:
              FrameworkControls:
                - ControlName: BACKUP_RECOVERY_POINT_ENCRYPTED
        """;

    private const string Channel = """
          Channel:
            Type: AWS::Config::DeliveryChannel
            Properties:
              S3BucketName: config-bucket-111122223333
        """;

    [Fact]
    public void PRE_the_template_s_recorder_is_its_resource_tracking()
    {
        // Without a RecordingGroup AWS Config records every supported type; with a delivery channel nothing is reported.
        var all = Lint(Recorder.Replace("GROUP\n", "", StringComparison.Ordinal) + "\n" + Channel);
        Assert.DoesNotContain(all.Diagnostics, d => d.Diagnostic.Code is "BKP5901" or "BKP5902" or "BKP5903" or "BKP5905");
        Assert.DoesNotContain(Assert.IsType<ResourceGraph>(all.Graph).Resources, r => r.Type.StartsWith("AWS::Config::", StringComparison.Ordinal) || r.DependsOn.Length > 0);

        // A list without AWS::Config::ResourceCompliance and without the recovery point type, and no delivery channel.
        var listed = Lint(Recorder.Replace("GROUP", "      RecordingGroup:\n        AllSupported: false\n        ResourceTypes:\n          - AWS::Backup::BackupPlan", StringComparison.Ordinal));
        var pre002 = Assert.Single(listed.Diagnostics, d => d.Diagnostic.Code == "BKP5902");
        Assert.Equal("Recorder", pre002.Diagnostic.Path);
        Assert.Equal("RecordingGroup.ResourceTypes", pre002.Diagnostic.Property);
        Assert.Contains(listed.Diagnostics, d => d.Diagnostic.Code == "BKP5903" && d.Diagnostic.Path.StartsWith("Audit", StringComparison.Ordinal));
        Assert.Contains(listed.Diagnostics, d => d.Diagnostic.Code == "BKP5905" && d.Diagnostic.Path == "Recorder" && d.Diagnostic.Message.Contains("AWS::Config::DeliveryChannel", StringComparison.Ordinal));

        // A recording group chosen at deploy time records what it may: not judged.
        var unknown = Lint(Recorder.Replace("GROUP", "      RecordingGroup: !If [Never, {AllSupported: true}, {ResourceTypes: [AWS::Backup::BackupPlan]}]", StringComparison.Ordinal) + "\n" + Channel);
        Assert.DoesNotContain(unknown.Diagnostics, d => d.Diagnostic.Code is "BKP5902" or "BKP5903" or "BKP5905");
    }
}
