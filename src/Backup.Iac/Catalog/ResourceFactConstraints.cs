namespace Backup.Iac.Catalog;

/// <summary>
/// Rows that need facts about resources other than AWS Backup's (issue 16): SNS topics and their policies, KMS keys,
/// S3 buckets and bucket policies, RDS instances, DynamoDB tables and EBS volumes of the app or template, read from the
/// facts index (<see cref="Validation.Facts.ResourceFacts"/>). Codes follow their area's range (1xxx vault
/// notifications, 5xxx audit, 6xxx Region settings, 7xxx cross-resource). SEL-028 is ORG-027's
/// condition, reported by BKP6027 (also after <c>@@append</c> merging).
/// </summary>
internal static class ResourceFactConstraints
{
    private const string Notifications = Docs.DevGuide + "backup-notifications.html";
    private const string ReportPlans = Docs.DevGuide + "create-report-plan-console.html";

    public static readonly Constraint TopicPolicyRefusesBackup = new(
        "BKP1210", "NOTIF-010", Severity.Error,
        "The topic policy lets AWS Backup publish vault notifications",
        "The vault sends notifications to the topic '{0}', but no statement of its topic policy '{1}' allows the service principal backup.amazonaws.com to call SNS:Publish; AWS Backup cannot deliver any notification. Add a statement that allows backup.amazonaws.com SNS:Publish on the topic (conditions on aws:SourceArn and aws:SourceAccount are recommended).",
        "DG §Specifying AWS Backup as a service principal L23064-23085",
        Notifications);

    public static readonly Constraint TopicWithoutPolicy = new(
        "BKP1260", "NOTIF-010", Severity.Warning,
        "A topic of the app that receives vault notifications has a topic policy",
        "The vault sends notifications to the topic '{0}' of this app, but the app has no AWS::SNS::TopicPolicy for it; the default topic policy does not let AWS Backup publish, so no notification arrives unless a policy is set elsewhere. Add a topic policy that allows the service principal backup.amazonaws.com to call SNS:Publish (conditions on aws:SourceArn and aws:SourceAccount are recommended).",
        "DG §Specifying AWS Backup as a service principal L23064-23085",
        Notifications)
    {
        TemplateMessage = "The vault sends notifications to the topic '{0}' of this template, but the template has no AWS::SNS::TopicPolicy for it; the default topic policy does not let AWS Backup publish, so no notification arrives unless a policy is set elsewhere. Add a topic policy that allows the service principal backup.amazonaws.com to call SNS:Publish (conditions on aws:SourceArn and aws:SourceAccount are recommended).",
    };

    /// <summary>NOTIF-010 for a topic outside the app whose policy the user declared (<see cref="ExternalTopic.AllowsBackupToPublish"/>).</summary>
    public static readonly Constraint DeclaredTopicPolicyRefusesBackup = new(
        "BKP1213", "NOTIF-010", Severity.Error,
        "A notification topic declared not to let AWS Backup publish gets a topic policy",
        "The vault sends notifications to the topic '{0}', whose access policy is declared not to let the service principal backup.amazonaws.com call SNS:Publish (AllowsBackupToPublish is false); AWS Backup cannot deliver any notification. Set CreateTopicPolicy on the notifications to let this stack write the topic's policy, or add that statement to the topic's policy (conditions on aws:SourceArn and aws:SourceAccount are recommended) and declare AllowsBackupToPublish = true.",
        "DG §Specifying AWS Backup as a service principal L23064-23085; §Cross-service confused deputy prevention L20107-20130",
        Notifications);

    /// <summary>NOTIF-010: two topic policies for one topic (a generated one and another), of which only the last written counts.</summary>
    public static readonly Constraint TopicPolicyConflict = new(
        "BKP1212", "NOTIF-010", Severity.Warning,
        "A topic gets one topic policy",
        "The vault's notifications create the topic policy of '{0}' (CreateTopicPolicy), but {1} sets that topic's policy too; an AWS::SNS::TopicPolicy replaces the topic's whole access policy, so whichever is written last wins and the other's statements are lost. Keep one policy per topic: set CreateTopicPolicy in one stack only (its policy covers every vault of that stack that notifies the topic), or remove it and add the backup.amazonaws.com SNS:Publish statement to the other policy.",
        "DG §Specifying AWS Backup as a service principal L23064-23085; CloudFormation AWS::SNS::TopicPolicy (the policy document replaces the topic's policy)",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topicpolicy.html");

    public static readonly Constraint TopicKeyRefusesBackup = new(
        "BKP1211", "NOTIF-011", Severity.Warning,
        "The KMS key of a notification topic lets AWS Backup use it",
        "The topic '{0}' is encrypted with {1}, whose key policy does not let the service principal backup.amazonaws.com call {2}; AWS Backup cannot publish to the encrypted topic. {3}.",
        "DG §Specifying AWS Backup as a service principal L23088-23092; SNS DG §Enable compatibility between event sources from AWS services and encrypted topics",
        Notifications);

    public static readonly Constraint UnversionedBucketSelected = new(
        "BKP7024", "XR-024", Severity.Error,
        "S3 buckets that a selection names have versioning enabled",
        "The selection names the bucket '{0}', which does not enable S3 Versioning; AWS Backup for S3 requires versioning, so every backup job of the bucket fails. Set VersioningConfiguration.Status to Enabled on the bucket.",
        "DG §Amazon S3 backups L5870-5878; FAQ L74",
        Docs.DevGuide + "s3-backups.html")
    {
        TemplateMessage = "The selection names the bucket '{0}' of this template, which does not enable S3 Versioning; AWS Backup for S3 requires versioning, so every backup job of the bucket fails. Set VersioningConfiguration.Status to Enabled on the bucket.",
    };

    public static readonly Constraint UnversionedBucketMaybeSelected = new(
        "BKP7074", "XR-024", Severity.Warning,
        "S3 buckets that a selection may match have versioning enabled",
        "The bucket '{0}' of this app does not enable S3 Versioning, and the selection can select it ({1}); if it does, every backup job of the bucket fails, because AWS Backup for S3 requires versioning. Set VersioningConfiguration.Status to Enabled on the bucket, or exclude it from the selection.",
        "DG §Amazon S3 backups L5870-5878; FAQ L74",
        Docs.DevGuide + "s3-backups.html")
    {
        TemplateMessage = "The bucket '{0}' of this template does not enable S3 Versioning, and the selection can select it ({1}); if it does, every backup job of the bucket fails, because AWS Backup for S3 requires versioning. Set VersioningConfiguration.Status to Enabled on the bucket, or exclude it from the selection.",
    };

    public static readonly Constraint NoncurrentVersionsKept = new(
        "BKP7124", "XR-024", Severity.Info,
        "Backed-up S3 buckets expire noncurrent versions",
        "The selection names the bucket '{0}', which keeps noncurrent object versions forever; AWS Backup stores every unexpired version, so backups grow with each overwrite. Add a lifecycle rule with NoncurrentVersionExpiration to the bucket.",
        "DG §Amazon S3 backups L5870-5878; FAQ L74",
        Docs.DevGuide + "s3-backups.html");

    public static readonly Constraint RdsBackupSettingsUnderContinuousRule = new(
        "BKP7025", "XR-025", Severity.Warning,
        "An RDS instance under a continuous rule leaves its backup settings to AWS Backup",
        "The DB instance '{0}' sets {1}, but the continuous rule '{2}' covers it; once AWS Backup manages its point-in-time recovery, those settings cannot be created or changed in RDS, and a change of the retention is applied at once with any pending modifications. Remove {1} from the DB instance, or leave it out of continuous backup.",
        "DG §Supported services for continuous backup (RDS) L5551-5566; §Managing continuous backup settings L5651-5656",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint SelectionRoleCannotUseKey = new(
        "BKP7026", "XR-026", Severity.Warning,
        "The selection's role can use the KMS keys of the sources it names",
        "The selection names {0}, encrypted with the KMS key '{1}' of this app, but the key policy neither names the selection's role {2} nor lets IAM policies of the account grant access; backups of the resource fail unless a grant made elsewhere allows it. Add the role to the key policy as a key user ({3}).",
        "DG §Encryption for backups (DynamoDB note) L16806-16818; BLOG L81-83",
        Docs.DevGuide + "encryption.html")
    {
        TemplateMessage = "The selection names {0}, encrypted with the KMS key '{1}' of this template, but the key policy neither names the selection's role {2} nor lets IAM policies of the account grant access; backups of the resource fail unless a grant made elsewhere allows it. Add the role to the key policy as a key user ({3}).",
    };

    public static readonly Constraint ReportBucketPolicyMissing = new(
        "BKP5822", "RPT-022", Severity.Warning,
        "The report bucket's policy lets the reports role put objects",
        "The report plan delivers to the bucket '{0}', but {1}; reports are not delivered. Allow the principal arn:aws:iam::ACCOUNT:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports to call s3:PutObject on arn:aws:s3:::{0}/* with the condition s3:x-amz-acl = bucket-owner-full-control.",
        "DG §Creating report plans using the AWS Backup console L15028-15084",
        ReportPlans)
    {
        TemplateMessage = "The report plan delivers to the bucket '{0}' of this template, but {1}; reports are not delivered. Allow the principal arn:aws:iam::ACCOUNT:role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports to call s3:PutObject on arn:aws:s3:::{0}/* with the condition s3:x-amz-acl = bucket-owner-full-control.",
    };

    public static readonly Constraint ReportBucketPolicyOrder = new(
        "BKP5823", "RPT-023", Severity.Warning,
        "A bucket policy naming the reports role is created after the role",
        "The bucket policy '{0}' names the AWSServiceRoleForBackupReports role, which AWS creates with the account's first report plan or framework; the policy neither refers to a report plan, a framework or a service-linked role of the stack, so CloudFormation may create it first and fail with \"Invalid principal\" in an account without the role. Make the policy refer to the report plan (for example through its ARN) or to an AWS::IAM::ServiceLinkedRole for reports.backup.amazonaws.com, or acknowledge this warning where the role already exists.",
        "DG §Creating report plans using the AWS Backup console L15055-15059; PRE-006",
        ReportPlans);

    public static readonly Constraint ReportBucketKeyPolicy = new(
        "BKP5824", "RPT-024", Severity.Warning,
        "The report bucket's KMS key lets the reports role use it",
        "The report bucket '{0}' is encrypted with the KMS key '{1}' of this app, whose key policy does not let the AWSServiceRoleForBackupReports role call {2}; reports cannot be written. Add a statement for that role with kms:GenerateDataKey and kms:Decrypt (or kms:Encrypt).",
        "DG §Creating report plans using the AWS Backup console L15031-15039, L15086-15095; §Creating report plans using the AWS Backup API L15110-15119 (GOQ-10)",
        ReportPlans)
    {
        TemplateMessage = "The report bucket '{0}' is encrypted with the KMS key '{1}' of this template, whose key policy does not let the AWSServiceRoleForBackupReports role call {2}; reports cannot be written. Add a statement for that role with kms:GenerateDataKey and kms:Decrypt (or kms:Encrypt).",
    };

    public static readonly Constraint UnencryptedSourceUnderEncryptionControl = new(
        "BKP5733", "CTRL-ENC-03", Severity.Warning,
        "Sources without full AWS Backup management are encrypted in their own service",
        "The selection names {0}, whose {1} is not true, and the framework '{2}' has the control BACKUP_RECOVERY_POINT_ENCRYPTED; for this resource type the recovery point takes its encryption from the source, not from the vault's key, so its recovery points are not compliant. Encrypt the source in its own service (set {1} to true; an existing instance is encrypted by restoring an encrypted snapshot).",

        "DG §Controls and remediation L15812-15821",
        Docs.DevGuide + "controls-and-remediation.html");

    public static readonly Constraint RegionSettingsAndOrganizationPlans = new(
        "BKP6905", "RSET-005", Severity.Info,
        "Plans of an Organizations backup policy use the management account's opt-in settings",
        "The Organizations backup policy '{0}' of this app creates plans (IDs starting with orgs-) that use the resource opt-in settings of the management account{1}, not those of the member accounts; {2}. Opt in the resource types those plans back up in the management account's Region settings.",
        "DG §Resource opt-in rules L16514-16523; §Creating a backup policy L16321-16323, L16471-16474",
        Docs.DevGuide + "create-cross-account-backup.html");

    public static readonly Constraint RuleStartsInMaintenanceWindow = new(
        "BKP2116", "RULE-016", Severity.Warning,
        "Snapshot rules do not start in a DB instance's maintenance window",
        "The rule '{0}' schedules a backup at {1} UTC, in the hour before or during the maintenance window {2} of the DB instance '{3}', which the selection reaches {4}; RDS cannot start a backup then, so the backups scheduled at that time fail. Move the rule's schedule out of the window and the hour before it, or move the instance's PreferredMaintenanceWindow.",
        "DG §Backup window L3168-3177",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint RuleStartWindowInRdsBackupWindow = new(
        "BKP2117", "RULE-017", Severity.Warning,
        "Snapshot start windows do not coincide with an RDS backup window",
        "The plan takes several snapshots a day, and the rule '{0}' ({1}) can start a backup while the automated backup window {2} of the DB instance '{3}' is open, which the selection reaches {4}; when the two coincide, the backup lineage can branch into non-identical, conflicting backups. Schedule the rule so that its start window ends before the instance's PreferredBackupWindow begins, or move that window.",
        "DG §Amazon RDS and AWS Backup L8112-8118",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint VssOnUnsupportedInstanceType = new(
        "BKP2012", "PLAN-012", Severity.Warning,
        "Windows VSS backups select no instance type that VSS does not support",
        "The EC2 instance '{0}' is a {1}, which VSS-enabled Windows backups do not support (too small to take the backup successfully), and the selection reaches it {2} while AdvancedBackupSettings[{3}] enables Windows VSS. Use a larger instance type (not t2, t3 or t3a nano or micro), or leave the instance out of this plan's selections.",
        "DG §Creating Windows VSS backups L8490-8505",
        Docs.DevGuide + "windows-backups.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        TopicPolicyRefusesBackup, TopicWithoutPolicy, DeclaredTopicPolicyRefusesBackup, TopicPolicyConflict, TopicKeyRefusesBackup, UnversionedBucketSelected, UnversionedBucketMaybeSelected, NoncurrentVersionsKept,
        RdsBackupSettingsUnderContinuousRule, SelectionRoleCannotUseKey, ReportBucketPolicyMissing, ReportBucketPolicyOrder, ReportBucketKeyPolicy,
        UnencryptedSourceUnderEncryptionControl, RegionSettingsAndOrganizationPlans, RuleStartsInMaintenanceWindow, RuleStartWindowInRdsBackupWindow,
        VssOnUnsupportedInstanceType,
    ];
}
