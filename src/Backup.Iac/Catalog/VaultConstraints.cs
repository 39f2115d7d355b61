namespace Backup.Iac.Catalog;

/// <summary>Backup vaults (VAULT), their access policies (VPOL) and notifications (NOTIF): codes BKP1001-BKP1299.</summary>
internal static class VaultConstraints
{
    public static readonly Constraint NameRequired = new(
        "BKP1001", "VAULT-001", Severity.Error,
        "A vault needs a name",
        "The vault name is empty. Set BackupVaultName to 2 to 50 letters, digits, '-' or '_', or leave it unset to generate one from the construct path.",
        "DG §CreateBackupVault L24204-24216",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint NamePattern = new(
        "BKP1002", "VAULT-002", Severity.Error,
        "Vault names are 2 to 50 letters, digits, '-' or '_'",
        "The vault name '{0}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$ ({1}). Use 2 to 50 letters, digits, '-' or '_' (no '.', '/' or spaces).",
        "DG §CreateBackupVault L24214; §Create a backup vault L4759-4761",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint NameUnique = new(
        "BKP1003", "VAULT-003", Severity.Error,
        "Vault names are unique within an account and Region",
        "The vault name '{0}' is also used by {1} in the same account and Region ({2}); AWS rejects the second vault (AlreadyExistsException). Give each vault its own BackupVaultName (names are case sensitive).",
        "DG §CreateBackupVault L24208-24211; §Create a backup vault L4760",
        Docs.DevGuide + "API_CreateBackupVault.html")
    {
        Why = "Vault names identify vaults within one account and Region; a second vault with the same name fails to deploy.",
    };

    public static readonly Constraint NameSharedWithAirGappedVault = new(
        "BKP1053", "VAULT-003", Severity.Warning,
        "A standard vault and a logically air-gapped vault share a name",
        "The vault name '{0}' is also the name of the logically air-gapped vault that {1} backs up into, in the same account and Region. Whether the two kinds of vault share one namespace is not documented; give the standard vault another BackupVaultName.",
        "DG §CreateBackupVault L24208-24211; §CreateLogicallyAirGappedBackupVault L24862-24864 (OQ-040)",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint NameSensitiveData = new(
        "BKP1004", "VAULT-004", Severity.Warning,
        "Vault names should not hold sensitive data",
        "The vault name '{0}' contains '{1}', which looks like {2}. AWS advises against sensitive or personal data (such as passport numbers) in vault names, which appear in ARNs, logs and bills. Rename the vault, or acknowledge this warning if the value is not sensitive.",
        "DG §CreateBackupVault L24189",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint NameDefault = new(
        "BKP1005", "VAULT-005", Severity.Warning,
        "The vault name Default is the console's default vault",
        "{0}. The AWS Backup console creates a vault named 'Default' in each Region on first use; CloudFormation, the CLI and the SDKs do not. {1}.",
        "DG §Create a backup vault L4737-4743; §Backup vaults L4235",
        Docs.DevGuide + "create-a-vault.html")
    {
        Why = "A stack that creates 'Default' collides with a console-made vault; a rule that targets 'Default' fails where nobody opened the console.",
    };

    public static readonly Constraint EfsAutomaticVaultAsCopyDestination = new(
        "BKP1006", "VAULT-006", Severity.Warning,
        "The EFS automatic backup vault is not a copy destination",
        "The copy destination is 'aws/efs/automatic-backup-vault', which is reserved for the automatic backups of Amazon EFS; copy jobs into it fail with an insufficient privileges error. Copy into a vault of your own.",
        "DG §Getting started 4 L2532-2537",
        Docs.DevGuide + "getting-started.html");

    public static readonly Constraint KeyArnShape = new(
        "BKP1007", "VAULT-007", Severity.Warning,
        "EncryptionKeyArn should be a KMS key ARN",
        "EncryptionKeyArn '{0}' is not a KMS key ARN of the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID{1}. Use the key's ARN.",
        "DG §CreateBackupVault L24246-24254; §Create a backup vault L4765-4767; §ImportHypervisorConfiguration L38623-38624",
        Docs.DevGuide + "API_CreateBackupVault.html");

    public static readonly Constraint KeyUnusedByTypes = new(
        "BKP1009", "VAULT-009", Severity.Warning,
        "The vault key encrypts only fully managed resource types",
        "EncryptionKeyArn is set, but the plans that back up or copy into this vault select only {0}, which keep the encryption of their source service; the vault key encrypts only backups of types with full AWS Backup management (such as EFS, DynamoDB with advanced features, S3). Encrypt the sources with the key you want, or remove EncryptionKeyArn.",
        "DG §Create a backup vault L4774-4777; §Getting started 3 L2486-2491; §Encryption for backups L16727-16734",
        Docs.DevGuide + "encryption.html");

    public static readonly Constraint Tags = new(
        "BKP1010", "VAULT-010", Severity.Error,
        "Vault tags follow the AWS tag limits",
        "Tags {0}. Tag keys are 1 to 128 characters and must not start with 'aws:', values are at most 256 characters, and a vault has at most 50 tags. {1}.",
        "DG §CreateBackupVault L24222-24229; CFN aws-backup-backupvault.json (BackupVaultTags keys ^.{1,128}$); other tag limits [NIS]",
        Docs.CfnVault);

    public static readonly Constraint DeletionFails = new(
        "BKP1011", "VAULT-011", Severity.Warning,
        "A vault that holds recovery points cannot be deleted",
        "RemovalPolicy is Destroy, but AWS Backup deletes a vault only when it holds no recovery points: deleting the stack or replacing the vault fails once backups exist. Keep RemovalPolicy.Retain (the default), or empty the vault before deleting the stack.",
        "DG §DeleteBackupVault L25761; §Delete a backup vault L5229-5232; §LAG L4561-4562",
        Docs.DevGuide + "delete-a-vault.html")
    {
        TemplateMessage = "DeletionPolicy is Delete, but AWS Backup deletes a vault only when it holds no recovery points: deleting the stack or replacing the vault fails once backups exist. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain, or empty the vault before deleting the stack.",
    };

    public static readonly Constraint ReservedVaultDeletion = new(
        "BKP1012", "VAULT-012", Severity.Warning,
        "The default vault and the EFS automatic backup vault cannot be deleted",
        "The vault '{0}' has RemovalPolicy Destroy, but AWS documents that the default vault and the EFS automatic backup vault cannot be deleted, so deleting the stack may fail. Use RemovalPolicy.Retain, or manage a vault with another name.",
        "DG §Delete a backup vault L5240-5241 (OQ-022)",
        Docs.DevGuide + "delete-a-vault.html")
    {
        TemplateMessage = "The vault '{0}' has DeletionPolicy: Delete, but AWS documents that the default vault and the EFS automatic backup vault cannot be deleted, so deleting the stack may fail. Set DeletionPolicy: Retain, or manage a vault with another name.",
    };

    public static readonly Constraint TooManyVaults = new(
        "BKP1013", "VAULT-013", Severity.Warning,
        "At most 300 vaults per account and Region",
        "This is vault number {0} in {1}; the default quota is 300 backup vaults per Region per account. Request a quota increase before deploying, or use fewer vaults.",
        "DG §AWS Backup quotas L20680-20682",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint PolicyMalformed = new(
        "BKP1101", "VPOL-001", Severity.Error,
        "The vault access policy must be a JSON object with a Statement",
        "AccessPolicy {0}. A vault access policy is a JSON object with a non-empty Statement list. Fix the policy document.",
        "DG §PutBackupVaultAccessPolicy L34426-34434; CFN aws-backup-backupvault.json (AccessPolicy object or string)",
        Docs.DevGuide + "API_PutBackupVaultAccessPolicy.html");

    public static readonly Constraint PolicyVersionMissing = new(
        "BKP1151", "VPOL-001", Severity.Warning,
        "The vault access policy should state its Version",
        "AccessPolicy has no Version, so IAM reads it with the old 2008-10-17 grammar (no policy variables). Add \"Version\": \"2012-10-17\".",
        "DG §PutBackupVaultAccessPolicy L34426-34434; IAM policy grammar [NIS]",
        Docs.DevGuide + "create-a-vault-access-policy.html");

    public static readonly Constraint PolicyActionWildcard = new(
        "BKP1102", "VPOL-002", Severity.Error,
        "Vault access policies do not support wildcards in Action",
        "{0} has the action '{1}'; vault access policies do not support wildcards in Action. List each action explicitly (for example backup:DeleteRecoveryPoint).",
        "DG §Set access policies on backup vaults L4793-4794 (OQ-052)",
        Docs.DevGuide + "create-a-vault-access-policy.html")
    {
        Why = "AWS Backup does not expand wildcards in a vault policy's Action, so the statement does not do what it says.",
    };

    public static readonly Constraint PolicyCrossAccountAction = new(
        "BKP1103", "VPOL-003", Severity.Warning,
        "Only backup:CopyIntoBackupVault works across accounts",
        "{0} allows {1} to account {2}, but AWS Backup rejects every cross-account request except backup:CopyIntoBackupVault, whatever the vault policy says. Remove the other actions for that account.",
        "DG §Set access policies L4803-4806; §Creating backup copies across AWS accounts L8854-8856",
        Docs.DevGuide + "create-a-vault-access-policy.html");

    public static readonly Constraint PolicyDenyScope = new(
        "BKP1104", "VPOL-004", Severity.Info,
        "Vault policies do not protect snapshots from their own service's APIs",
        "{0} denies AWS Backup actions, but plans back up {1} into this vault, and those recovery points (snapshots) can still be deleted through their own service's APIs, such as ec2:DeleteSnapshot; vault policies control only the AWS Backup APIs. Also restrict those APIs with IAM or service control policies, or use a vault lock.",
        "DG §Set access policies L4797-4802",
        Docs.DevGuide + "create-a-vault-access-policy.html");

    public static readonly Constraint PolicyResourceShape = new(
        "BKP1105", "VPOL-005", Severity.Warning,
        "Vault policy resources should use the documented recovery point ARN formats",
        "{0} has the resource '{1}', which is not '*', a backup vault ARN, or a documented recovery point ARN format (for example arn:aws:backup:REGION:ACCOUNT:recovery-point:*, arn:aws:ec2:REGION::snapshot/*, arn:aws:rds:REGION:ACCOUNT:snapshot:awsbackup:*). Use one of those formats.",
        "DG §AWS Backup resource ARNs L17263-17410",
        Docs.DevGuide + "access-control.html");

    /// <summary>Not a catalog row (the catalog has none for it): a project rule in the VPOL block, hence no constraint ID.</summary>
    public static readonly Constraint PolicyOpenToAnyone = new(
        "BKP1190", null, Severity.Error,
        "A vault access policy must not let anyone delete or take over the vault",
        "{0} allows {1} to anyone (Principal \"*\") with no Condition, so any AWS account can delete this vault's recovery points or replace its policy. Name the principals that need it, add a Condition (for example aws:PrincipalOrgID), or remove these actions.",
        "DG §Set access policies on backup vaults (a vault policy is a resource policy: Principal \"*\" is every AWS principal); IAM policy grammar [NIS]; project rule (issue 12)",
        Docs.DevGuide + "create-a-vault-access-policy.html")
    {
        Why = "A resource policy that allows a destructive action to Principal \"*\" without a condition grants it to every AWS account, which defeats the purpose of a backup vault.",
    };

    /// <summary>Not a catalog row: a project rule in the VPOL block (issue 16), mirroring LOCK-009's acknowledgement.</summary>
    public static readonly Constraint PolicyLockNotAcknowledged = new(
        "BKP1191", null, Severity.Error,
        "A vault access policy that locks itself must be acknowledged",
        "{0} denies {1} to anyone (Principal \"*\") with no Condition, so once deployed nobody can change or remove this policy, not even this stack's later updates; LockAcknowledgement is {2}. Pass AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed to VaultAccessPolicy.DenyPolicyChanges(...) to confirm, or remove the statement (VaultAccessPolicy.DenyRecoveryPointDeletion() alone keeps the policy changeable).",
        "DG §Set access policies on backup vaults (a Deny to Principal \"*\" applies to every principal); IAM policy evaluation (an explicit Deny wins) [NIS]; project rule (issue 16)",
        Docs.DevGuide + "create-a-vault-access-policy.html")
    {
        Why = "A Deny of the policy's own update to everyone cannot be lifted by anyone, the stack that wrote it included: a later stack update of the policy fails, and only deleting the vault ends it.",
        TemplateMessage = "{0} denies {1} to anyone (Principal \"*\") with no Condition, so once deployed nobody can change or remove this policy, not even this stack's later updates; it is not acknowledged ({2}). Remove these actions from the statement, or add a Condition that exempts an administrator role.",
    };

    /// <summary>Not a catalog row: the warning form of <see cref="PolicyLockNotAcknowledged"/> for raw JSON and templates, which cannot carry the acknowledgement.</summary>
    public static readonly Constraint PolicyLocksItselfInJson = new(
        "BKP1192", null, Severity.Warning,
        "A vault access policy that denies everyone its own update locks itself",
        "{0} denies {1} to anyone (Principal \"*\") with no Condition, so once deployed nobody can change or remove this policy, not even this stack's later updates (they fail); only deleting the vault ends it. If that is intended, acknowledge this warning; otherwise remove these actions from the statement or add a Condition that exempts an administrator role.",
        "DG §Set access policies on backup vaults (a Deny to Principal \"*\" applies to every principal); IAM policy evaluation (an explicit Deny wins) [NIS]; project rule (issue 16)",
        Docs.DevGuide + "create-a-vault-access-policy.html")
    {
        Why = "A Deny of the policy's own update to everyone cannot be lifted by anyone, the stack that wrote it included: a later stack update of the policy fails, and only deleting the vault ends it.",
    };

    public static readonly Constraint TopicRequired = new(
        "BKP1201", "NOTIF-001", Severity.Error,
        "Notifications need an SNS topic",
        "Notifications.TopicArn is empty. Set it to the ARN of a standard SNS topic in the vault's account, or remove Notifications.",
        "DG §PutBackupVaultNotifications L34741-34748",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static readonly Constraint EventsRequired = new(
        "BKP1202", "NOTIF-002", Severity.Error,
        "Notifications need a list of events",
        "Notifications.Events is missing; BackupVaultEvents is required. List the events to send (for example BackupVaultEvent.BackupJobCompleted), or remove Notifications.",
        "DG §PutBackupVaultNotifications L34706-34739",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static readonly Constraint EventsEmpty = new(
        "BKP1252", "NOTIF-002", Severity.Warning,
        "An empty event list sends no notification",
        "Notifications.Events is empty, so the topic never receives a notification. List the events to send, or remove Notifications.",
        "DG §PutBackupVaultNotifications L34706-34739",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static readonly Constraint EventUnknown = new(
        "BKP1203", "NOTIF-003", Severity.Error,
        "Vault events must be BackupVaultEvent values",
        "'{0}' is not a vault event AWS Backup knows.{1} Use one of the BackupVaultEvent values, such as BACKUP_JOB_COMPLETED or COPY_JOB_FAILED.",
        "DG §PutBackupVaultNotifications L34731-34737; BOTO BackupVaultEvent",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static readonly Constraint EventDeprecated = new(
        "BKP1204", "NOTIF-004", Severity.Warning,
        "Deprecated vault events send no notification",
        "'{0}' is deprecated and sends no notification. {1}.",
        "DG §PutBackupVaultNotifications L34714-34727; §Amazon SNS and AWS Backup events L22855-22866, L22900-23025; BOTO BackupVaultEvent (OQ-034)",
        Docs.DevGuide + "backup-notifications.html");

    public static readonly Constraint EventDuplicate = new(
        "BKP1205", "NOTIF-005", Severity.Warning,
        "A vault event is listed twice",
        "'{0}' is listed more than once in Notifications.Events. Remove the duplicate.",
        "DERIVED from DG §PutBackupVaultNotifications L34706-34739",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static readonly Constraint S3EventsWithoutS3 = new(
        "BKP1206", "NOTIF-006", Severity.Warning,
        "S3 events fire only for S3 backups and restores",
        "'{0}' fires only for S3 backups and restores, but no selection of a plan that backs up or copies into this vault can select an S3 bucket. Remove the event, or select S3 buckets.",
        "DG §Amazon SNS and AWS Backup events L22868-22872",
        Docs.DevGuide + "backup-notifications.html");

    public static readonly Constraint TopicOtherAccount = new(
        "BKP1207", "NOTIF-007", Severity.Error,
        "The SNS topic must be in the vault's account",
        "Notifications.TopicArn is in account {0}, but the vault is in account {1}; AWS Backup does not support cross-account SNS notifications, so none will arrive. Use a topic in account {1}.",
        "DG §Amazon SNS and AWS Backup events L22832-22837",
        Docs.DevGuide + "backup-notifications.html")
    {
        TemplateMessage = "Notifications.SNSTopicArn is in account {0}, but the vault is in account {1}; AWS Backup does not support cross-account SNS notifications, so none will arrive. Use a topic in account {1}.",
    };

    public static readonly Constraint TopicFifo = new(
        "BKP1208", "NOTIF-008", Severity.Error,
        "AWS Backup does not support SNS FIFO topics",
        "Notifications.TopicArn '{0}' names a FIFO topic (the name ends in '.fifo'); AWS Backup supports only standard topics, so no notification will arrive. Use a standard topic.",
        "DG §Amazon SNS and AWS Backup events L22839-22842",
        Docs.DevGuide + "backup-notifications.html")
    {
        TemplateMessage = "Notifications.SNSTopicArn '{0}' names a FIFO topic (the name ends in '.fifo'); AWS Backup supports only standard topics, so no notification will arrive. Use a standard topic.",
    };

    public static readonly Constraint TopicArnShape = new(
        "BKP1209", "NOTIF-009", Severity.Warning,
        "Notifications.TopicArn should be an SNS topic ARN",
        "Notifications.TopicArn '{0}' is not an SNS topic ARN of the form arn:aws:sns:REGION:ACCOUNT:TOPIC (for example arn:aws:sns:us-west-2:111122223333:MyVaultTopic). Use the topic's ARN.",
        "DG §PutBackupVaultNotifications L34743-34745",
        Docs.DevGuide + "API_PutBackupVaultNotifications.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NameRequired, NamePattern, NameUnique, NameSharedWithAirGappedVault, NameSensitiveData, NameDefault,
        EfsAutomaticVaultAsCopyDestination, KeyArnShape, KeyUnusedByTypes, Tags, DeletionFails, ReservedVaultDeletion, TooManyVaults,
        PolicyMalformed, PolicyVersionMissing, PolicyActionWildcard, PolicyCrossAccountAction, PolicyDenyScope, PolicyResourceShape, PolicyOpenToAnyone, PolicyLockNotAcknowledged, PolicyLocksItselfInJson,
        TopicRequired, EventsRequired, EventsEmpty, EventUnknown, EventDeprecated, EventDuplicate, S3EventsWithoutS3,
        TopicOtherAccount, TopicFifo, TopicArnShape,
    ];
}
