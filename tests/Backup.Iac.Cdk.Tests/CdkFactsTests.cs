using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using IamStatement = Amazon.CDK.AWS.IAM.PolicyStatement;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// The rows that need facts about other resources, checked on what the CDK tree shows (buckets and their policies,
/// topics and topic policies, KMS keys and their policies, DB instances, tables) in the CDK form of the estate; nothing
/// is reported where the CDK resource is imported or a value is unknown.
/// </summary>
public sealed class CdkFactsTests
{
    private const string BackupService = "backup.amazonaws.com";
    private const string ReportsRole = "arn:aws:iam::111122223333:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports";

    [Fact]
    public void NOTIF_010_a_CDK_topic_that_does_not_let_AWS_Backup_publish_is_reported()
    {
        var (_, stack, backup) = New();
        var silent = new Topic(stack, "Silent");
        var granted = new Topic(stack, "Granted");
        granted.GrantPublish(new ServicePrincipal(BackupService));
        var wrong = new Topic(stack, "Wrong");
        wrong.GrantPublish(new ServicePrincipal("events.amazonaws.com"));
        var imported = Topic.FromTopicArn(stack, "Imported", "arn:aws:sns:eu-west-1:111122223333:elsewhere");
        foreach (var (id, topic) in new (string, ITopic)[] { ("Silent", silent), ("Granted", granted), ("Wrong", wrong), ("Imported", imported) })
        {
            backup.AddVault(id, new BackupVaultProps { Notifications = new VaultNotifications { TopicArn = topic.TopicArn, Events = [BackupVaultEvent.BackupJobCompleted] } });
        }

        var found = backup.Diagnostics.Where(d => d.Code is "BKP1260" or "BKP1210").Select(d => (d.Code, d.Path, d.ConstraintId)).ToList();

        Assert.Equal([("BKP1260", "Prod/Silent", "NOTIF-010"), ("BKP1210", "Prod/Wrong", "NOTIF-010")], found);
        Assert.Contains(backup.Diagnostics, d => d.Code == "BKP1210" && d.Message.Contains("'Wrong'", StringComparison.Ordinal)); // the CDK topic by its construct path
    }

    [Fact]
    public void NOTIF_011_a_CDK_topic_encrypted_with_a_key_that_does_not_let_AWS_Backup_use_it_is_reported()
    {
        var (_, stack, backup) = New();
        var closed = new Topic(stack, "Closed", new TopicProps { MasterKey = new Key(stack, "ClosedKey") });
        var openKey = new Key(stack, "OpenKey");
        openKey.GrantEncryptDecrypt(new ServicePrincipal(BackupService));
        var open = new Topic(stack, "Open", new TopicProps { MasterKey = openKey });
        foreach (var (id, topic) in new[] { ("Closed", closed), ("Open", open) })
        {
            topic.GrantPublish(new ServicePrincipal(BackupService));
            backup.AddVault(id, new BackupVaultProps { Notifications = new VaultNotifications { TopicArn = topic.TopicArn, Events = [BackupVaultEvent.BackupJobCompleted] } });
        }

        var found = backup.Diagnostics.Where(d => d.ConstraintId is "NOTIF-010" or "NOTIF-011").Select(d => (d.Code, d.Path)).ToList();

        Assert.Equal([("BKP1211", "Prod/Closed")], found);
    }

    [Fact]
    public void XR_024_a_CDK_bucket_without_versioning_that_a_selection_names_is_reported()
    {
        var (_, stack, backup) = New();
        var plain = new Bucket(stack, "Plain");
        var versioned = new Bucket(stack, "Versioned", new BucketProps { Versioned = true });
        var expiring = new Bucket(stack, "Expiring", new BucketProps
        {
            Versioned = true,
            LifecycleRules = [new Amazon.CDK.AWS.S3.LifecycleRule { NoncurrentVersionExpiration = Amazon.CDK.Duration.Days(30) }],
        });
        var imported = Bucket.FromBucketName(stack, "Imported", "someone-elses-bucket");
        Selected(backup, BackupPlanRule.Daily(), BackupResource.FromS3Bucket(plain), BackupResource.FromS3Bucket(versioned), BackupResource.FromS3Bucket(expiring), BackupResource.FromS3Bucket(imported));

        var found = backup.Diagnostics.Where(d => d.ConstraintId == "XR-024").Select(d => (d.Code, d.Property)).ToList();

        Assert.Equal([("BKP7024", "Resources[0]"), ("BKP7124", "Resources[1]")], found);
    }

    [Fact]
    public void XR_024_buckets_found_by_FromConstruct_are_checked_too()
    {
        var (_, stack, backup) = New();
        var data = new Constructs.Construct(stack, "Data");
        _ = new Bucket(data, "Plain");
        Selected(backup, BackupPlanRule.Daily(), [.. BackupResource.FromConstruct(data)]);

        Assert.Contains(backup.Diagnostics, d => d.Code == "BKP7024" && d.Path == "Prod/Plan/Sel");
        Assert.NotEmpty(backup.Node.Validate()); // an error: cdk synth fails
    }

    [Fact]
    public void XR_025_a_CDK_DB_instance_with_its_own_backup_settings_under_a_continuous_rule_is_reported()
    {
        var (_, stack, backup) = New();
        var managed = Db(stack, "Managed", backupRetention: 7);
        var plain = Db(stack, "Plain", backupRetention: null);
        Selected(backup, BackupPlanRule.Continuous(Backup.Iac.Duration.Days(35)), BackupResource.RdsInstance(managed.Ref), BackupResource.RdsInstance(plain.Ref));

        var found = Assert.Single(backup.Diagnostics, d => d.ConstraintId == "XR-025");
        Assert.Equal(("BKP7025", "Resources[0]"), (found.Code, found.Property));
    }

    [Fact]
    public void XR_026_a_CDK_table_key_whose_policy_does_not_let_the_selections_role_use_it_is_reported()
    {
        var (_, stack, backup) = New();
        var closed = new CfnKey(stack, "ClosedKey", new CfnKeyProps { KeyPolicy = Policy(Allow("AWS", "arn:aws:iam::111122223333:role/Admins", "kms:*")) });
        var trusting = new Key(stack, "TrustingKey"); // the CDK's default key policy trusts the account: IAM policies may grant
        Selected(backup, BackupPlanRule.Daily(), BackupResource.DynamoDbTable(Table(stack, "Closed", closed.Ref).Ref), BackupResource.DynamoDbTable(Table(stack, "Trusting", trusting.KeyArn).Ref));

        var found = Assert.Single(backup.Diagnostics, d => d.ConstraintId == "XR-026");
        Assert.Equal(("BKP7026", "Prod/Plan/Sel", "Role"), (found.Code, found.Path, found.Property));
        Assert.Contains("'ClosedKey'", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RPT_022_to_024_a_CDK_report_bucket_that_the_reports_role_cannot_write_is_reported()
    {
        var (_, stack, backup) = New();
        var noPolicy = new Bucket(stack, "NoPolicy");
        // A key whose policy names only an administrators' role (the CDK's default key policy trusts the account, which
        // leaves it to IAM: not reported).
        var key = new CfnKey(stack, "ReportKey", new CfnKeyProps { KeyPolicy = Policy(Allow("AWS", "arn:aws:iam::111122223333:role/Admins", "kms:*")) });
        var keyed = new Bucket(stack, "Keyed", new BucketProps { Encryption = BucketEncryption.KMS, EncryptionKey = Key.FromCfnKey(key) });
        keyed.AddToResourcePolicy(new IamStatement(new PolicyStatementProps
        {
            Principals = [new ArnPrincipal(ReportsRole)],
            Actions = ["s3:PutObject"],
            Resources = [keyed.BucketArn + "/*"],
        }));
        backup.AddReportPlan("ToNoPolicy", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(noPolicy.BucketName, "jobs") });
        backup.AddReportPlan("ToKeyed", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(keyed.BucketName, "jobs") });

        var found = backup.Diagnostics.Where(d => d.ConstraintId is "RPT-022" or "RPT-023" or "RPT-024").Select(d => (d.Code, d.Path)).ToList();

        Assert.Equal([("BKP5822", "Prod/ToNoPolicy"), ("BKP5823", "Prod/ToKeyed"), ("BKP5824", "Prod/ToKeyed")], found);
    }

    [Fact]
    public void CTRL_ENC_03_an_unencrypted_CDK_DB_instance_under_the_encryption_control_is_reported()
    {
        var (_, stack, backup) = New();
        var plain = Db(stack, "Plain", backupRetention: null);
        var encrypted = Db(stack, "Encrypted", backupRetention: null, encrypted: true);
        backup.AddFramework("Audit", new FrameworkProps { FrameworkName = "Encryption", Controls = [Controls.BackupRecoveryPointEncrypted()] });
        Selected(backup, BackupPlanRule.Daily(), BackupResource.RdsInstance(plain.Ref), BackupResource.RdsInstance(encrypted.Ref));

        var found = Assert.Single(backup.Diagnostics, d => d.ConstraintId == "CTRL-ENC-03");
        Assert.Equal(("BKP5733", "Resources[0]"), (found.Code, found.Property));
    }

    [Fact]
    public void The_model_first_form_reads_no_CDK_facts()
    {
        var app = new App();
        var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        var plain = new Bucket(stack, "Plain");
        var model = new BackupApp();
        var prod = model.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        prod.AddPlan("Plan", new BackupPlanProps { Vault = prod.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromS3Bucket(plain)] });

        var estate = new BackupEstate(stack, "Backup", new BackupEstateProps { Stack = prod });

        Assert.DoesNotContain(estate.Diagnostics, d => d.ConstraintId == "XR-024"); // validated at once, before the CDK tree is complete
    }

    private static (App App, Stack Stack, BackupEstate Backup) New()
    {
        var app = new App();
        var stack = new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
        return (app, stack, new BackupEstate(stack, "Backup"));
    }

    private static void Selected(BackupEstate backup, BackupPlanRule rule, params BackupResource[] resources) =>
        backup.AddPlan("Plan", new BackupPlanProps { Vault = backup.AddVault("Vault"), Rules = [rule] })
            .AddSelection("Sel", new BackupSelectionOptions { Resources = resources });

    private static CfnDBInstance Db(Stack stack, string id, int? backupRetention, bool encrypted = false) => new(stack, id, new CfnDBInstanceProps
    {
        DbInstanceClass = "db.t3.micro",
        Engine = "mysql",
        AllocatedStorage = "20",
        MasterUsername = "admin",
        ManageMasterUserPassword = true,
        BackupRetentionPeriod = backupRetention,
        StorageEncrypted = encrypted ? true : null,
    });

    private static CfnTable Table(Stack stack, string id, string keyId) => new(stack, id, new CfnTableProps
    {
        BillingMode = "PAY_PER_REQUEST",
        KeySchema = new[] { new CfnTable.KeySchemaProperty { AttributeName = "id", KeyType = "HASH" } },
        AttributeDefinitions = new[] { new CfnTable.AttributeDefinitionProperty { AttributeName = "id", AttributeType = "S" } },
        SseSpecification = new CfnTable.SSESpecificationProperty { SseEnabled = true, SseType = "KMS", KmsMasterKeyId = keyId },
    });

    private static Dictionary<string, object> Policy(params Dictionary<string, object>[] statements) =>
        new() { ["Version"] = "2012-10-17", ["Statement"] = statements };

    private static Dictionary<string, object> Allow(string principalKind, string principal, string action) => new()
    {
        ["Effect"] = "Allow",
        ["Principal"] = new Dictionary<string, object> { [principalKind] = principal },
        ["Action"] = action,
        ["Resource"] = "*",
    };
}
