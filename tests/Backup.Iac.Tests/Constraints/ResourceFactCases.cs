using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// Rows that need facts about other resources of the app (issue 16): SNS topics and topic policies, KMS keys, S3
/// buckets and bucket policies, RDS instances, DynamoDB tables, given as raw resources (<see cref="BackupStack.AddRawResource"/>).
/// </summary>
internal static class ResourceFactCases
{
    private const string Backup = "backup.amazonaws.com";
    private const string ReportBucket = "audit-reports-111122223333";
    private const string ReportsRole = "arn:aws:iam::111122223333:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports";
    private const string OtherRole = "arn:aws:iam::111122223333:role/Operators";

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // NOTIF-010: the topic policy.
        Bad("NOTIF-010 a topic of the app without any topic policy is reported", "BKP1260", () => Notified(_ => { }), "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-010 a topic policy that allows backup.amazonaws.com SNS:Publish is accepted", "BKP1260",
            () => Notified(s => TopicPolicy(s, Allow(Service(Backup), "SNS:Publish")))),
        Good("NOTIF-010 a topic outside the app is not judged", "BKP1260", () => Notified(_ => { }, "arn:aws:sns:eu-west-1:111122223333:other-events")),
        Good("NOTIF-010 a topic policy for a topic chosen at deploy time may be the topic's", "BKP1260",
            () => Notified(s => s.AddRawResource("OtherPolicy", "AWS::SNS::TopicPolicy", M(("Topics", L(new ParameterValue(new Parameter("TopicArn")))), ("PolicyDocument", Doc(Allow(Service(Backup), "SNS:Publish"))))))),
        Bad("NOTIF-010 a topic policy that allows only the account is rejected", "BKP1210",
            () => Notified(s => TopicPolicy(s, Allow(Aws("arn:aws:iam::111122223333:root"), "SNS:Publish"))), "Test/Vault", "Notifications.TopicArn"),
        Bad("NOTIF-010 a topic named by its literal ARN whose policy allows another service is rejected", "BKP1210",
            () => Notified(s => TopicPolicy(s, Allow(Service("events.amazonaws.com"), "sns:Publish")), Fixture.TopicArn)),
        Good("NOTIF-010 a JSON topic policy with the guide's confused-deputy conditions is accepted", "BKP1210",
            () => Notified(s => s.AddRawResource("TopicPolicy", "AWS::SNS::TopicPolicy", M(("Topics", L(new ReferenceValue(Id("Topic")))), ("PolicyDocument",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"backup.amazonaws.com"},"Action":"SNS:Publish","Resource":"*","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}"""))))),
        Good("NOTIF-010 a statement whose action is a deploy-time value is not judged", "BKP1210",
            () => Notified(s => TopicPolicy(s, M(("Effect", "Allow"), ("Principal", Service(Backup)), ("Action", new ParameterValue(new Parameter("Action"))), ("Resource", "*"))))),

        // NOTIF-010: the topic policy a vault's CreateTopicPolicy writes, and topics outside the app with declared facts.
        Good("NOTIF-010 a topic of the app whose policy the vault creates (CreateTopicPolicy) is accepted", "BKP1260", () => Notified(_ => { }, create: true)),
        Good("NOTIF-010 a vault is covered by the topic policy another vault of the stack creates for the same topic", "BKP1260",
            () => Notified(s => s.AddVault("Other", new BackupVaultProps { Notifications = Notify(Tok(new ReferenceValue(Id("Topic"))), create: true) }))),
        Bad("NOTIF-010 a topic outside the app declared not to let AWS Backup publish is rejected", "BKP1213",
            () => External(ExternalTopic.FromArn(Fixture.TopicArn) with { AllowsBackupToPublish = false }), "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-010 a topic declared not to let AWS Backup publish whose policy the vault creates is accepted", "BKP1213",
            () => External(ExternalTopic.FromArn(Fixture.TopicArn) with { AllowsBackupToPublish = false }, create: true)),
        Good("NOTIF-010 a topic outside the app with nothing declared is not judged", "BKP1213", () => External(Fixture.TopicArn)),
        Good("NOTIF-010 a topic named by name in the stack's account and Region, declared to allow publishing, is accepted", "BKP1213",
            () => External(ExternalTopic.FromName("backup-events") with { AllowsBackupToPublish = true })),
        Bad("NOTIF-010 a raw topic policy of the app for the topic whose policy the vault creates is reported", "BKP1212",
            () => Notified(s => TopicPolicy(s, Allow(Service(Backup), "SNS:Publish")), create: true), "Test/Vault", "Notifications.CreateTopicPolicy"),
        Bad("NOTIF-010 two stacks that create the policy of one literal topic are reported", "BKP1212", () => TwoStacks("111122223333"), "Test/Vault", "Notifications.CreateTopicPolicy"),
        Good("NOTIF-010 stacks that create the policies of topics of different accounts are accepted", "BKP1212", () => TwoStacks("444455556666")),
        Good("NOTIF-010 two vaults of one stack share the one topic policy it creates", "BKP1212",
            () => External(Fixture.TopicArn, create: true, more: s => s.AddVault("Other", new BackupVaultProps { Notifications = Notify(Fixture.TopicArn, create: true) }))),

        // NOTIF-011: the topic's KMS key.
        Bad("NOTIF-011 a topic outside the app whose declared key does not let AWS Backup use it is rejected", "BKP1211",
            () => External(ExternalTopic.FromArn(Fixture.TopicArn) with { AllowsBackupToPublish = true, EncryptionKey = ExternalKey.FromArn(Fixture.KeyArn) with { AllowsBackupService = false } }),
            "Test/Vault", "Notifications.TopicArn"),
        Good("NOTIF-011 a topic outside the app whose declared key lets AWS Backup use it is accepted", "BKP1211",
            () => External(ExternalTopic.FromArn(Fixture.TopicArn) with { EncryptionKey = ExternalKey.FromArn(Fixture.KeyArn) with { AllowsBackupService = true } })),
        Bad("NOTIF-011 a topic key whose policy allows only the account root is rejected", "BKP1211",
            () => EncryptedTopic(Allow(Aws("arn:aws:iam::111122223333:root"), "kms:*")), "Test/Vault", "Notifications.TopicArn"),
        Bad("NOTIF-011 a topic encrypted with the AWS managed key alias/aws/sns is rejected", "BKP1211",
            () => Notified(s => TopicPolicy(s, Allow(Service(Backup), "SNS:Publish")), topicKey: "alias/aws/sns")),
        Good("NOTIF-011 a topic key that allows backup.amazonaws.com GenerateDataKey* and Decrypt is accepted", "BKP1211",
            () => EncryptedTopic(Allow(Service(Backup), "kms:GenerateDataKey*", "kms:Decrypt"))),
        Good("NOTIF-011 a topic key given by a key ARN outside the app is not judged", "BKP1211",
            () => Notified(s => TopicPolicy(s, Allow(Service(Backup), "SNS:Publish")), topicKey: Fixture.KeyArn)),

        // XR-024: S3 versioning.
        Bad("XR-024 a bucket without versioning that the selection names is rejected", "BKP7024",
            () => Selected(s => [BackupResource.FromArn(Tok(new AttributeValue(Bucket(s, versioned: false).LogicalId, "Arn")))]), "Test/Plan/Sel", "Resources[0]"),
        Bad("XR-024 a bucket with suspended versioning named by its literal name is rejected", "BKP7024",
            () => Selected(s => { Bucket(s, versioned: false, status: "Suspended"); return [BackupResource.S3Bucket("orders-data")]; })),
        Good("XR-024 a versioned bucket that the selection names is accepted", "BKP7024",
            () => Selected(s => [BackupResource.FromArn(Tok(new AttributeValue(Bucket(s, versioned: true).LogicalId, "Arn")))])),
        Good("XR-024 a versioning status chosen at deploy time is not judged", "BKP7024",
            () => Selected(s => { Bucket(s, versioned: true, status: new ParameterValue(new Parameter("Versioning"))); return [BackupResource.S3Bucket("orders-data")]; })),
        Bad("XR-024 a bucket without versioning that carries the selection's tag is reported", "BKP7074",
            () => Selected(s => { Bucket(s, versioned: false, tag: ("backup", "true")); return [BackupResource.FromTag("backup", "true")]; }), "Test/Plan/Sel", "Resources"),
        Good("XR-024 a bucket without the selection's tag is not matched", "BKP7074",
            () => Selected(s => { Bucket(s, versioned: false, tag: ("backup", "false")); return [BackupResource.FromTag("backup", "true")]; })),
        Bad("XR-024 a named versioned bucket that keeps noncurrent versions forever is reported", "BKP7124",
            () => Selected(s => { Bucket(s, versioned: true); return [BackupResource.S3Bucket("orders-data")]; }), "Test/Plan/Sel", "Resources[0]"),
        Good("XR-024 a named versioned bucket that expires noncurrent versions is accepted", "BKP7124",
            () => Selected(s => { Bucket(s, versioned: true, expiresNoncurrent: true); return [BackupResource.S3Bucket("orders-data")]; })),

        Bad("XR-024 a bucket outside the app declared unversioned is rejected", "BKP7024",
            () => Selected(_ => [BackupResource.S3Bucket(ExternalBucket.FromName("orders-data") with { Versioned = false })]), "Test/Plan/Sel", "Resources[0]"),
        Good("XR-024 a bucket outside the app declared versioned is accepted", "BKP7024",
            () => Selected(_ => [BackupResource.S3Bucket(ExternalBucket.FromName("orders-data") with { Versioned = true })])),
        Good("XR-024 a bucket outside the app with nothing declared is not judged", "BKP7024", () => Selected(_ => [BackupResource.S3Bucket(ExternalBucket.FromName("orders-data"))])),

        // XR-025: RDS backup settings under a continuous rule.
        Bad("XR-025 a DB instance with its own backup retention under a continuous rule is reported", "BKP7025",
            () => Selected(s => { Db(s, ("BackupRetentionPeriod", 7)); return [BackupResource.RdsInstance("orders-db")]; }, BackupPlanRule.Continuous(Duration.Days(35))), "Test/Plan/Sel", "Resources[0]"),
        Bad("XR-025 a tagged DB instance with a backup window that a continuous rule's tag selection matches is reported", "BKP7025",
            () => Selected(s => { Db(s, ("PreferredBackupWindow", "03:00-04:00"), ("Tags", L(M(("Key", "backup"), ("Value", "true"))))); return [BackupResource.FromTag("backup", "true")]; },
                BackupPlanRule.Continuous(Duration.Days(35)))),
        Good("XR-025 the same DB instance under a snapshot rule only is accepted", "BKP7025",
            () => Selected(s => { Db(s, ("BackupRetentionPeriod", 7)); return [BackupResource.RdsInstance("orders-db")]; })),
        Good("XR-025 a DB instance without its own backup settings under a continuous rule is accepted", "BKP7025",
            () => Selected(s => { Db(s); return [BackupResource.RdsInstance("orders-db")]; }, BackupPlanRule.Continuous(Duration.Days(35)))),

        // RULE-016: a snapshot rule that starts in the hour before, or during, a DB instance's maintenance window.
        Bad("RULE-016 a daily 05:00 UTC rule and a Sunday 05:30 maintenance window is reported", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "sun:05:30-sun:06:00")), BackupPlanRule.Daily()), "Test/Plan/Sel", "Resources[0]"),
        Bad("RULE-016 a rule in Europe/Paris at 07:00 during a 06:00 UTC maintenance window in winter is reported", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "Wed:06:00-Wed:06:30")), BackupPlanRule.Daily() with { Schedule = Schedule.Daily(hour: 7), ScheduleTimeZone = "Europe/Paris" })),
        Bad("RULE-016 a tag selection that matches the instance is reported", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "mon:04:30-mon:05:30"), ("Tags", L(M(("Key", "backup"), ("Value", "true"))))), [BackupResource.FromTag("backup", "true")], false, BackupPlanRule.Daily()),
            "Test/Plan/Sel", "Resources"),
        Good("RULE-016 a maintenance window that starts more than an hour after the rule is accepted", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "sun:06:01-sun:06:30")), BackupPlanRule.Daily())),
        Good("RULE-016 a maintenance window that ends at the rule's start is accepted", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "sat:04:00-sat:05:00")), BackupPlanRule.Daily())),
        Good("RULE-016 an Aurora instance is exempt", "BKP2116",
            () => Windowed(s => s.AddRawResource("Db", "AWS::RDS::DBInstance", M(("DBInstanceIdentifier", "orders-db"), ("Engine", "aurora-postgresql"), ("DBInstanceClass", "db.r6g.large"),
                ("PreferredMaintenanceWindow", "sun:05:30-sun:06:00"))), BackupPlanRule.Daily())),
        Good("RULE-016 a plan with a continuous rule lets AWS Backup schedule around the window", "BKP2116",
            () => Windowed(s => Db(s, ("PreferredMaintenanceWindow", "sun:05:30-sun:06:00")), BackupPlanRule.Daily(), BackupPlanRule.Continuous(Duration.Days(35)))),

        // RULE-017: several snapshots a day and a start window over the instance's automated backup window.
        Bad("RULE-017 a twice-daily plan whose 8-hour start window covers the RDS backup window is reported", "BKP2117",
            () => Windowed(s => Db(s, ("PreferredBackupWindow", "06:00-06:30")), BackupPlanRule.Daily(), Evening), "Test/Plan/Sel", "Resources[0]"),
        Bad("RULE-017 an RDS backup window over midnight inside a 17:00 rule's start window is reported", "BKP2117",
            () => Windowed(s => Db(s, ("PreferredBackupWindow", "23:45-00:15")), BackupPlanRule.Daily() with { StartWindow = Duration.Minutes(60) }, Evening)),
        Good("RULE-017 a plan that takes one snapshot a day is not reported (the seed names multiple daily snapshots)", "BKP2117",
            () => Windowed(s => Db(s, ("PreferredBackupWindow", "06:00-06:30")), BackupPlanRule.Daily())),
        Good("RULE-017 start windows of an hour that end before the RDS backup window are accepted", "BKP2117",
            () => Windowed(s => Db(s, ("PreferredBackupWindow", "03:00-03:30")), BackupPlanRule.Daily() with { StartWindow = Duration.Minutes(60) }, Evening with { StartWindow = Duration.Minutes(60) })),
        Good("RULE-017 an instance with automated backups off has no backup window", "BKP2117",
            () => Windowed(s => Db(s, ("BackupRetentionPeriod", 0), ("PreferredBackupWindow", "06:00-06:30")), BackupPlanRule.Daily(), Evening)),

        // PLAN-012: Windows VSS and EC2 instance types it does not support.
        Bad("PLAN-012 a t3.micro instance that a VSS plan's tag selection matches is reported", "BKP2012",
            () => Windowed(s => Instance(s, "t3.micro"), [BackupResource.FromTag("backup", "true")], true, BackupPlanRule.Daily()), "Test/Plan/Sel", "Resources"),
        Bad("PLAN-012 a t2.nano instance that a VSS plan names by its ARN is reported", "BKP2012",
            () => Windowed(s => Instance(s, "t2.nano"), [BackupResource.FromArn(Tok(new JoinValue(["arn:aws:ec2:eu-west-1:111122223333:instance/", new ReferenceValue(Id("Server"))])))], true, BackupPlanRule.Daily()),
            "Test/Plan/Sel", "Resources[0]"),
        Good("PLAN-012 a supported instance type under VSS is accepted", "BKP2012",
            () => Windowed(s => Instance(s, "m5.large"), [BackupResource.FromTag("backup", "true")], true, BackupPlanRule.Daily())),
        Good("PLAN-012 a t3.micro instance in a plan without VSS is accepted", "BKP2012",
            () => Windowed(s => Instance(s, "t3.micro"), [BackupResource.FromTag("backup", "true")], false, BackupPlanRule.Daily())),
        Good("PLAN-012 a VSS plan whose selection cannot match the small instance is accepted", "BKP2012",
            () => Windowed(s => Instance(s, "t3.micro"), [BackupResource.FromTag("backup", "gold")], true, BackupPlanRule.Daily())),

        // XR-026: the selection's role and the source's KMS key.
        Bad("XR-026 a table whose key policy names only another role is rejected", "BKP7026",
            () => Selected(s => { Table(s, Allow(Aws(OtherRole), "kms:*")); return [BackupResource.DynamoDbTable("orders")]; }), "Test/Plan/Sel", "Role"),
        Bad("XR-026 a table whose key policy ignores the generated role is rejected", "BKP7026",
            () => Selected(s => { Table(s, Allow(Aws(OtherRole), "kms:*")); return [BackupResource.DynamoDbTable("orders")]; }, generatedRole: true)),
        Good("XR-026 a key policy that names the selection's role as a key user is accepted", "BKP7026",
            () => Selected(s => { Table(s, Allow(Aws(Fixture.RoleArn), "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey")); return [BackupResource.DynamoDbTable("orders")]; })),
        Good("XR-026 a key policy that names the generated role by reference is accepted", "BKP7026",
            () => Selected(s => { Table(s, Allow(Aws(new AttributeValue(LogicalIds.FromPath("Plan/Sel/Role/Resource"), "Arn")), "kms:*"), Allow(Aws(OtherRole), "kms:*")); return [BackupResource.DynamoDbTable("orders")]; }, generatedRole: true)),
        Good("XR-026 a key policy that lets IAM policies of the account decide is not judged", "BKP7026",
            () => Selected(s => { Table(s, Allow(Aws("arn:aws:iam::111122223333:root"), "kms:*")); return [BackupResource.DynamoDbTable("orders")]; })),

        // RPT-022..024: the report bucket's policy and key.
        Bad("RPT-022 a report bucket of the app without a bucket policy is reported", "BKP5822", () => Reported((_, _) => { }), "Test/Jobs", "ReportDeliveryChannel.S3BucketName"),
        Bad("RPT-022 a report bucket policy for another principal is reported", "BKP5822",
            () => Reported((s, _) => BucketPolicy(s, AllowObjects(Aws(OtherRole), "s3:PutObject")))),
        Good("RPT-022 a bucket policy that lets the reports role put objects is accepted", "BKP5822",
            () => Reported((s, _) => BucketPolicy(s, AllowObjects(Aws(ReportsRole), "s3:PutObject")))),
        Good("RPT-022 a report bucket outside the app is not judged", "BKP5822", () => Reported((_, _) => { }, bucketName: "other-reports-111122223333")),
        Bad("RPT-022 a report bucket outside the app declared not to let the reports role put objects is reported", "BKP5822",
            () => Reported((_, _) => { }, bucket: ExternalBucket.FromName("other-reports-111122223333") with { AllowsReportDelivery = false }), "Test/Jobs", "ReportDeliveryChannel.S3BucketName"),
        Good("RPT-022 a report bucket outside the app declared to let the reports role put objects is accepted", "BKP5822",
            () => Reported((_, _) => { }, bucket: ExternalBucket.FromName("other-reports-111122223333") with { AllowsReportDelivery = true })),
        Bad("RPT-023 a bucket policy naming the reports role with no reference to the report plan is reported", "BKP5823",
            () => Reported((s, _) => BucketPolicy(s, AllowObjects(Aws(ReportsRole), "s3:PutObject"))), "Test/Jobs", "ReportDeliveryChannel.S3BucketName"),
        Good("RPT-023 a bucket policy that names the role through a service-linked role of the stack is accepted", "BKP5823",
            () => Reported((s, _) =>
            {
                var role = s.AddRawResource("ReportsRole", "AWS::IAM::ServiceLinkedRole", M(("AWSServiceName", "reports.backup.amazonaws.com")));
                BucketPolicy(s, AllowObjects(Aws(new JoinValue(["arn:aws:iam::111122223333:role/aws-service-role/reports.backup.amazonaws.com/", new ReferenceValue(role.LogicalId)])), "s3:PutObject"));
            })),
        Good("RPT-023 a bucket policy that refers to the report plan is accepted", "BKP5823",
            () => Reported((s, plan) => BucketPolicy(s, M(("Effect", "Allow"), ("Principal", Aws(ReportsRole)), ("Action", "s3:PutObject"), ("Resource", "arn:aws:s3:::" + ReportBucket + "/*"),
                ("Condition", M(("StringEquals", M(("aws:SourceArn", new AttributeValue(plan.LogicalId, "ReportPlanArn")))))))))),
        Bad("RPT-024 a report bucket key that lets the reports role only encrypt is reported", "BKP5824",
            () => Reported((s, _) => BucketPolicy(s, AllowObjects(Aws(ReportsRole), "s3:PutObject")), key: Allow(Aws(ReportsRole), "kms:Encrypt")), "Test/Jobs", "ReportDeliveryChannel.S3BucketName"),
        Good("RPT-024 a report bucket key with GenerateDataKey and Decrypt for the reports role is accepted", "BKP5824",
            () => Reported((s, _) => BucketPolicy(s, AllowObjects(Aws(ReportsRole), "s3:PutObject")), key: Allow(Aws(ReportsRole), "kms:GenerateDataKey", "kms:Decrypt"))),

        // CTRL-ENC-03: encryption of sources without full AWS Backup management.
        Bad("CTRL-ENC-03 an unencrypted DB instance under a recovery-point encryption control is reported", "BKP5733",
            () => Selected(s => { Db(s); return [BackupResource.RdsInstance("orders-db")]; }, more: Encrypted), "Test/Plan/Sel", "Resources[0]"),
        Good("CTRL-ENC-03 an encrypted DB instance under the control is accepted", "BKP5733",
            () => Selected(s => { Db(s, ("StorageEncrypted", true)); return [BackupResource.RdsInstance("orders-db")]; }, more: Encrypted)),
        Good("CTRL-ENC-03 an unencrypted DB instance without the control is not reported", "BKP5733",
            () => Selected(s => { Db(s); return [BackupResource.RdsInstance("orders-db")]; })),

        // RSET-005: Region settings and Organizations-managed plans.
        Bad("RSET-005 Region settings in an app with an Organizations backup policy are explained", "BKP6905", () => OptIn(withPolicy: true), "Test/Region", "ResourceTypeOptInPreference"),
        Good("RSET-005 Region settings without a backup policy in the app are not explained", "BKP6905", () => OptIn(withPolicy: false)),
    ];

    private static MapValue M(params (string Key, Value? Value)[] entries) => MapValue.Of(entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)));

    private static ListValue L(params Value[] items) => new([.. items]);

    private static string Tok(Value value) => Token.AsString(value);

    /// <summary>The logical ID of a raw resource added to the stack with this construct ID.</summary>
    private static string Id(string constructId) => LogicalIds.FromPath(constructId + "/Resource");

    private static MapValue Doc(params Value[] statements) => M(("Version", "2012-10-17"), ("Statement", L(statements)));

    private static MapValue Allow(Value principal, params string[] actions) =>
        M(("Effect", "Allow"), ("Principal", principal), ("Action", L([.. actions.Select(a => (Value)a)])), ("Resource", "*"));

    /// <summary>An Allow statement on the report bucket's objects (a bucket policy's resources are ARNs).</summary>
    private static MapValue AllowObjects(Value principal, params string[] actions) =>
        M(("Effect", "Allow"), ("Principal", principal), ("Action", L([.. actions.Select(a => (Value)a)])), ("Resource", "arn:aws:s3:::" + ReportBucket + "/*"));

    private static MapValue Service(string service) => M(("Service", service));

    private static MapValue Aws(Value arn) => M(("AWS", arn));

    /// <summary>A vault <c>Test/Vault</c> that notifies the topic <c>Topic</c> (<c>backup-events</c>, by Ref unless <paramref name="topicArn"/>) with <paramref name="resources"/>.</summary>
    private static BackupApp Notified(Action<BackupStack> resources, string? topicArn = null, Value? topicKey = null, bool create = false) => Fixture.App(s =>
    {
        var topic = s.AddRawResource("Topic", "AWS::SNS::Topic", M(("TopicName", "backup-events"), ("KmsMasterKeyId", topicKey)));
        resources(s);
        var vault = s.AddVault("Vault", new BackupVaultProps { Notifications = Notify(topicArn ?? Tok(new ReferenceValue(topic.LogicalId)), create) });
        Fixture.Plan(s, vault, BackupPlanRule.Daily());
    });

    private static VaultNotifications Notify(ExternalTopic topic, bool create = false) =>
        new() { TopicArn = topic, Events = [BackupVaultEvent.BackupJobCompleted], CreateTopicPolicy = create };

    /// <summary>A vault <c>Test/Vault</c> that notifies a topic outside the app.</summary>
    private static BackupApp External(ExternalTopic topic, bool create = false, Action<BackupStack>? more = null) => Fixture.App(s =>
    {
        var vault = s.AddVault("Vault", new BackupVaultProps { Notifications = Notify(topic, create) });
        Fixture.Plan(s, vault, BackupPlanRule.Daily());
        more?.Invoke(s);
    });

    /// <summary>Stacks <c>Test</c> (account 111122223333) and <c>Other</c> (<paramref name="otherAccount"/>), each creating the policy of <c>backup-events</c> in its own account.</summary>
    private static BackupApp TwoStacks(string otherAccount)
    {
        var app = External(ExternalTopic.FromName("backup-events"), create: true);
        var other = app.AddStack("Other", new BackupStackProps { Account = otherAccount, Region = Fixture.Region });
        other.AddVault("Vault", new BackupVaultProps { Notifications = Notify(ExternalTopic.FromName("backup-events"), create: true) });
        return app;
    }

    /// <summary>A topic policy <c>TopicPolicy</c> for <c>Topic</c>.</summary>
    private static void TopicPolicy(BackupStack s, MapValue statement) =>
        s.AddRawResource("TopicPolicy", "AWS::SNS::TopicPolicy", M(("Topics", L(new ReferenceValue(Id("Topic")))), ("PolicyDocument", Doc(statement))));

    /// <summary>The topic <c>Topic</c> encrypted with the key <c>TopicKey</c> whose policy has <paramref name="keyStatement"/>, and a topic policy that allows AWS Backup.</summary>
    private static BackupApp EncryptedTopic(MapValue keyStatement) => Notified(
        s =>
        {
            s.AddRawResource("TopicKey", "AWS::KMS::Key", M(("KeyPolicy", Doc(keyStatement))));
            TopicPolicy(s, Allow(Service(Backup), "SNS:Publish"));
        },
        topicKey: new AttributeValue(Id("TopicKey"), "Arn"));

    private static RawResource Bucket(BackupStack s, bool versioned, Value? status = null, (string Key, string Value)? tag = null, bool expiresNoncurrent = false) =>
        s.AddRawResource("Bucket", "AWS::S3::Bucket", M(
            ("BucketName", "orders-data"),
            ("VersioningConfiguration", versioned || status is not null ? M(("Status", status ?? "Enabled")) : null),
            ("LifecycleConfiguration", expiresNoncurrent ? M(("Rules", L(M(("Status", "Enabled"), ("NoncurrentVersionExpiration", M(("NoncurrentDays", 30))))))) : null),
            ("Tags", tag is { } t ? L(M(("Key", t.Key), ("Value", t.Value))) : null)));

    /// <summary>A second daily rule at 17:00 UTC, so that the plan takes two snapshots a day.</summary>
    private static BackupPlanRule Evening => BackupPlanRule.Daily() with { RuleName = "Evening", Schedule = Schedule.Daily(hour: 17) };

    /// <summary>A plan <c>Test/Plan</c> with <paramref name="rules"/> and a selection <c>Sel</c> of the DB instance <c>orders-db</c> (by ARN) after <paramref name="resources"/> adds it.</summary>
    private static BackupApp Windowed(Action<BackupStack> resources, params BackupPlanRule[] rules) =>
        Windowed(resources, [BackupResource.RdsInstance("orders-db")], false, rules);

    /// <summary>A plan <c>Test/Plan</c> with <paramref name="rules"/> (Windows VSS when <paramref name="vss"/>) and a selection <c>Sel</c> of <paramref name="selected"/>.</summary>
    private static BackupApp Windowed(Action<BackupStack> resources, IReadOnlyList<BackupResource> selected, bool vss, params BackupPlanRule[] rules) => Fixture.App(s =>
    {
        resources(s);
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = rules, AdvancedBackupSettings = vss ? [AdvancedBackupSetting.WindowsVss()] : [] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = selected, Role = BackupRole.FromArn(Fixture.RoleArn) });
    });

    /// <summary>An EC2 instance <c>Server</c> of <paramref name="type"/>, tagged backup=true.</summary>
    private static void Instance(BackupStack s, string type) =>
        s.AddRawResource("Server", "AWS::EC2::Instance", M(("ImageId", "ami-0123456789abcdef0"), ("InstanceType", type), ("Tags", L(M(("Key", "backup"), ("Value", "true"))))));

    private static void Db(BackupStack s, params (string Key, Value? Value)[] more) =>
        s.AddRawResource("Db", "AWS::RDS::DBInstance", M([("DBInstanceIdentifier", "orders-db"), ("Engine", "postgres"), ("DBInstanceClass", "db.t4g.micro"), .. more]));

    private static void Table(BackupStack s, params MapValue[] keyStatements)
    {
        var key = s.AddRawResource("TableKey", "AWS::KMS::Key", M(("KeyPolicy", Doc(keyStatements))));
        s.AddRawResource("Table", "AWS::DynamoDB::Table", M(("TableName", "orders"), ("BillingMode", "PAY_PER_REQUEST"),
            ("KeySchema", L(M(("AttributeName", "id"), ("KeyType", "HASH")))), ("AttributeDefinitions", L(M(("AttributeName", "id"), ("AttributeType", "S")))),
            ("SSESpecification", M(("SSEEnabled", true), ("SSEType", "KMS"), ("KMSMasterKeyId", new ReferenceValue(key.LogicalId))))));
    }

    private static void Encrypted(BackupStack s) =>
        s.AddFramework("Audit", new FrameworkProps { FrameworkName = "Encryption", Controls = [Controls.BackupRecoveryPointEncrypted()] });

    /// <summary>A plan <c>Test/Plan</c> with <paramref name="rule"/> (daily by default) and a selection <c>Sel</c> of what <paramref name="resources"/> adds.</summary>
    private static BackupApp Selected(Func<BackupStack, IReadOnlyList<BackupResource>> resources, BackupPlanRule? rule = null, bool generatedRole = false, Action<BackupStack>? more = null) =>
        Fixture.App(s =>
        {
            var selected = resources(s);
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [rule ?? BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = selected, Role = generatedRole ? null : BackupRole.FromArn(Fixture.RoleArn) });
            more?.Invoke(s);
        });

    /// <summary>A daily plan, the bucket <c>audit-reports-111122223333</c> (encrypted with a key of <paramref name="key"/>) and a report plan <c>Test/Jobs</c> into <paramref name="bucketName"/>.</summary>
    private static BackupApp Reported(Action<BackupStack, ReportPlan> resources, string bucketName = ReportBucket, MapValue? key = null, ExternalBucket? bucket = null) => Fixture.App(s =>
    {
        Fixture.Plan(s, s.AddVault("Vault"), BackupPlanRule.Daily());
        var plan = s.AddReportPlan("Jobs", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket(bucket ?? ExternalBucket.FromName(bucketName), "jobs") });
        var encryption = key is null ? null : M(("ServerSideEncryptionConfiguration", L(M(("ServerSideEncryptionByDefault", M(("SSEAlgorithm", "aws:kms"),
            ("KMSMasterKeyID", new AttributeValue(s.AddRawResource("ReportKey", "AWS::KMS::Key", M(("KeyPolicy", Doc(key)))).LogicalId, "Arn"))))))));
        s.AddRawResource("ReportBucket", "AWS::S3::Bucket", M(("BucketName", ReportBucket), ("BucketEncryption", encryption)));
        resources(s, plan);
    });

    private static void BucketPolicy(BackupStack s, MapValue statement) =>
        s.AddRawResource("ReportBucketPolicy", "AWS::S3::BucketPolicy", M(("Bucket", new ReferenceValue(Id("ReportBucket"))), ("PolicyDocument", Doc(statement))));

    private static BackupApp OptIn(bool withPolicy) => Fixture.App(s =>
    {
        s.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeOptInPreference = new Dictionary<string, bool> { ["S3"] = true } });
        if (withPolicy)
        {
            s.AddBackupPolicy("Policy", new BackupPolicyProps { Document = BackupPolicyDocument.Parse(OrganizationCases.Json(_ => { })).Document, Targets = [PolicyTarget.Root("r-ab12")] });
        }
    });
}
