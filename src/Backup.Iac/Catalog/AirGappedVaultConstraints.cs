namespace Backup.Iac.Catalog;

/// <summary>
/// Logically air-gapped vaults (LAG): codes BKP1401-BKP1499; and the cross-resource rows on retention bounds, locked
/// vault removal and copies into air-gapped vaults (XR-003, XR-004, XR-005, XR-017): codes BKP7003-BKP7017.
/// </summary>
internal static class AirGappedVaultConstraints
{
    private const string LagPage = Docs.DevGuide + "logicallyairgappedvault.html";
    private const string CreateLagPage = Docs.DevGuide + "API_CreateLogicallyAirGappedBackupVault.html";
    private const string LockApiPage = Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html";

    public static readonly Constraint Name = new(
        "BKP1401", "LAG-001", Severity.Error,
        "Logically air-gapped vault names are valid and unique",
        "BackupVaultName {0}. A logically air-gapped vault needs a name of 2 to 50 letters, digits, '-' or '_' that no other logically air-gapped vault in the same account and Region uses. {1}.",
        "DG §CreateLogicallyAirGappedBackupVault L24779-24785, L24862-24869; CFN aws-backup-logicallyairgappedbackupvault.json",
        CreateLagPage);

    public static readonly Constraint NameSharedWithVault = new(
        "BKP1451", "LAG-001", Severity.Warning,
        "A logically air-gapped vault and a standard vault share a name",
        "BackupVaultName '{0}' is also the name of the standard vault '{1}' in the same account and Region ({2}). Both kinds of vault have ARNs of the form arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME, and whether they share one namespace is not documented. Give one of them another BackupVaultName.",
        "DG §CreateBackupVault L24208-24211; §CreateLogicallyAirGappedBackupVault L24862-24864 (OQ-040)",
        CreateLagPage);

    public static readonly Constraint MinRetention = new(
        "BKP1402", "LAG-002", Severity.Error,
        "A logically air-gapped vault keeps recovery points at least 7 days",
        "MinRetention is {0}; the shortest minimum retention a logically air-gapped vault accepts is 7 days. Set MinRetention to Duration.Days(7) or more.",
        "DG §CreateLogicallyAirGappedBackupVault L24824-24835; CLI example L4573-4578; BOTO CreateLogicallyAirGappedBackupVaultInput.MinRetentionDays; CFN aws-backup-logicallyairgappedbackupvault.json",
        CreateLagPage)
    {
        TemplateMessage = "MinRetentionDays is {0}; the shortest minimum retention a logically air-gapped vault accepts is 7 days. Set MinRetentionDays to 7 or more.",
    };

    public static readonly Constraint MaxRetention = new(
        "BKP1403", "LAG-003", Severity.Error,
        "A logically air-gapped vault's maximum retention is 1 to 36,500 days",
        "MaxRetention is {0}; it must be 1 to 36,500 days (about 100 years), as for a vault lock. Set MaxRetention in that range.",
        "DG §CreateLogicallyAirGappedBackupVault L24809-24822; BOTO CreateLogicallyAirGappedBackupVaultInput.MaxRetentionDays; CFN aws-backup-logicallyairgappedbackupvault.json; maximum as DG §PutBackupVaultLockConfiguration L34582-34583 [NIS]",
        CreateLagPage);

    public static readonly Constraint MinAboveMax = new(
        "BKP1404", "LAG-004", Severity.Error,
        "MinRetention is at most MaxRetention",
        "MinRetention ({0}) is longer than MaxRetention ({1}), so no backup or copy job can meet both bounds and every job into the vault fails. Set MinRetention to {1} or less, or raise MaxRetention.",
        "DERIVED from DG §CreateLogicallyAirGappedBackupVault L24812-24840",
        CreateLagPage);

    public static readonly Constraint FixedAtCreation = new(
        "BKP1405", "LAG-005", Severity.Info,
        "A logically air-gapped vault's name, retention bounds and key are fixed",
        "BackupVaultName ('{0}'), MinRetention ({1}), MaxRetention ({2}) and EncryptionKeyArn are fixed when the vault is created, and its compliance lock cannot be removed: a later change replaces the vault, which fails while the vault holds recovery points. Choose these values before the first deployment.",
        "DG §Create a logically air-gapped vault from the console L4404-4407; CFN aws-backup-logicallyairgappedbackupvault.json (createOnlyProperties)",
        LagPage)
    {
        Why = "The catalog rates this a warning; it is reported as information on every logically air-gapped vault because a synth cannot see the change that would replace the vault.",
    };

    public static readonly Constraint KeyArnShape = new(
        "BKP1406", "LAG-006", Severity.Warning,
        "A logically air-gapped vault's EncryptionKeyArn is a customer managed KMS key ARN",
        "EncryptionKeyArn '{0}' is not a KMS key ARN of the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID{1}. A logically air-gapped vault takes a customer managed key by its ARN, or none for an AWS owned key, and the key cannot change after creation. Use the key's ARN, or leave EncryptionKeyArn unset.",
        "BOTO CreateLogicallyAirGappedBackupVaultInput.EncryptionKeyArn; CFN aws-backup-logicallyairgappedbackupvault.json (createOnlyProperties); shape as VAULT-007 (DG §CreateBackupVault L24246-24254)",
        CreateLagPage);

    public static readonly Constraint RuleTargetIsAirGapped = new(
        "BKP1408", "LAG-008", Severity.Warning,
        "A rule's Vault should be a standard vault",
        "The rule's Vault is the logically air-gapped vault '{0}', which becomes TargetBackupVault; writing into a logically air-gapped vault there is not documented to work. Set Vault to a standard vault, which receives the types that cannot go to the air-gapped vault, and set LogicallyAirGappedVault to '{0}' to back up into it directly, or copy into it with a CopyAction.",
        "DG §Copy from a standard backup vault to a logically air-gapped vault L4461-4462 (outdated); BOTO BackupRuleInput.TargetLogicallyAirGappedBackupVaultArn; CFN aws-backup-backupplan.json (OQ-051)",
        Docs.DevGuide + "API_BackupRuleInput.html")
    {
        TemplateMessage = "The rule's TargetBackupVault is the logically air-gapped vault '{0}'; writing into a logically air-gapped vault there is not documented to work. Set TargetBackupVault to a standard vault, which receives the types that cannot go to the air-gapped vault, and set TargetLogicallyAirGappedBackupVaultArn to the ARN of '{0}' to back up into it directly, or copy into it with an entry of CopyActions.",
    };

    public static readonly Constraint CopyRetentionOutsideBounds = new(
        "BKP1409", "LAG-009", Severity.Error,
        "Copies into a logically air-gapped vault have a retention within its bounds",
        "{0}, but the logically air-gapped vault '{1}' accepts only copies kept {2}, so every copy job into it fails. {3}.",
        "DG §Create a logically air-gapped vault from the console L4424-4433; §CreateLogicallyAirGappedBackupVault L24812-24840; §Copy a backup L8617-8626 (OQ-018)",
        LagPage);

    public static readonly Constraint CopySourceKey = new(
        "BKP1411", "LAG-011", Severity.Warning,
        "Backups copied into a logically air-gapped vault need customer managed keys",
        "The rule copies into the logically air-gapped vault '{0}', but its source vault '{1}' {2}, and backups encrypted with an AWS managed key cannot be copied into a logically air-gapped vault; the plan can select {3}, whose backups the source vault's key encrypts. Give the source vault a customer managed EncryptionKeyArn (it cannot change after creation, so this means a new vault). The types that AWS Backup does not fully manage, such as EBS and RDS, keep their resource's own key, which must be customer managed as well.",
        "DG §Logically air-gapped vaults L4334-4336, L4474-4475; §Create a backup vault L4774-4777",
        LagPage)
    {
        Why = "A copy job into a logically air-gapped vault fails for every recovery point encrypted with an AWS managed key, such as aws/backup.",
    };

    public static readonly Constraint RemovalFails = new(
        "BKP1414", "LAG-014", Severity.Warning,
        "A logically air-gapped vault cannot be deleted before its recovery points expire",
        "RemovalPolicy is Destroy, but AWS Backup deletes a vault only when it is empty, and the compliance lock of a logically air-gapped vault keeps every recovery point until it expires (up to MaxRetention, {0}): deleting the stack or replacing the vault fails once copies exist. Keep RemovalPolicy.Retain (the default).",
        "DG §Delete a logically air-gapped vault L4561-4562; §Delete L4715-4718; §Logically air-gapped vaults L4280-4281",
        LagPage)
    {
        TemplateMessage = "DeletionPolicy is Delete, but AWS Backup deletes a vault only when it is empty, and the compliance lock of a logically air-gapped vault keeps every recovery point until it expires (up to MaxRetentionDays, {0}): deleting the stack or replacing the vault fails once copies exist. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain.",
    };

    public static readonly Constraint SharedVaultRule = new(
        "BKP1415", "LAG-015", Severity.Error,
        "A logically air-gapped vault's tags, access policy and notifications follow the vault rules",
        "{0} Logically air-gapped vaults follow the standard vault rule {1} ({2}).",
        "DG §CreateLogicallyAirGappedBackupVault L24790-24796; CFN aws-backup-logicallyairgappedbackupvault.json (same BackupVaultTags, AccessPolicy and Notifications as AWS::Backup::BackupVault)",
        CreateLagPage)
    {
        Why = "The CloudFormation type of a logically air-gapped vault has the same BackupVaultTags, AccessPolicy and Notifications as a standard vault, and AWS applies the same limits to them.",
    };

    public static readonly Constraint SharedVaultAdvice = new(
        "BKP1465", "LAG-015", Severity.Warning,
        "A logically air-gapped vault's access policy and notifications follow the vault advice",
        "{0} Logically air-gapped vaults follow the standard vault rule {1} ({2}).",
        "DG §CreateLogicallyAirGappedBackupVault L24790-24796; CFN aws-backup-logicallyairgappedbackupvault.json (same AccessPolicy and Notifications as AWS::Backup::BackupVault)",
        CreateLagPage);

    public static readonly Constraint RuleRetentionOutsideLock = new(
        "BKP7003", "XR-003", Severity.Error,
        "A rule's retention lies within its vault's retention bounds",
        "{0}, but the {1} '{2}' that the rule backs up into accepts only backups kept {3}, so every backup job of the rule into it fails. {4}.",
        "DG §PutBackupVaultLockConfiguration L34579-34583, L34599-34603; §Lock a backup vault programmatically L5097-5099, L5109-5111; §Lock a backup vault using the console L5018-5021; FAQ L61; §CreateLogicallyAirGappedBackupVault L24812-24840",
        LockApiPage)
    {
        Why = "A vault lock (and every logically air-gapped vault) fails backup jobs whose lifecycle keeps recovery points shorter than its minimum or longer than its maximum; a rule that never expires cannot go into a vault with a maximum.",
    };

    public static readonly Constraint ContinuousRuleIntoLongMinimum = new(
        "BKP7004", "XR-004", Severity.Error,
        "Continuous backups cannot meet a minimum retention above 35 days",
        "The rule makes continuous backups, which are kept at most 35 days, but the {0} '{1}' that it backs up into requires a retention of at least {2}, so every continuous backup job into it fails. Back up continuously into a vault whose minimum retention is 35 days or less, or use a snapshot rule for this vault.",
        "DERIVED from DG §Changing your retention period L5786; §PutBackupVaultLockConfiguration L34599-34603",
        LockApiPage);

    public static readonly Constraint CopyRetentionOutsideLock = new(
        "BKP7005", "XR-005", Severity.Error,
        "A copy's retention lies within the destination vault's lock bounds",
        "{0}, but the destination vault '{1}' is locked and accepts only copies kept {2}, so every copy job into it fails. {3}.",
        "DG §PutBackupVaultLockConfiguration L34579-34583 (backup or copy job); §Copy a backup L8617-8626 (OQ-018)",
        LockApiPage);

    public static readonly Constraint LockedVaultRemoval = new(
        "BKP7017", "XR-017", Severity.Warning,
        "A locked vault cannot be emptied, so the stack cannot delete it",
        "RemovalPolicy is Destroy, but the vault's {0} lock forbids deleting recovery points before they expire{1}, and AWS Backup deletes only empty vaults: deleting the stack or replacing the vault fails once it holds backups. Keep RemovalPolicy.Retain (the default).",
        "DG §DeleteBackupVault L25761; §AWS Backup Vault Lock L4960-4967; §Lock a backup vault using the console L5030-5034",
        Docs.DevGuide + "vault-lock.html")
    {
        TemplateMessage = "DeletionPolicy is Delete, but the vault's {0} lock forbids deleting recovery points before they expire{1}, and AWS Backup deletes only empty vaults: deleting the stack or replacing the vault fails once it holds backups. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain.",
    };

    public static IReadOnlyList<Constraint> All { get; } =
    [
        Name, NameSharedWithVault, MinRetention, MaxRetention, MinAboveMax, FixedAtCreation, KeyArnShape, RuleTargetIsAirGapped,
        CopyRetentionOutsideBounds, CopySourceKey, RemovalFails, SharedVaultRule, SharedVaultAdvice,
        RuleRetentionOutsideLock, ContinuousRuleIntoLongMinimum, CopyRetentionOutsideLock, LockedVaultRemoval,
    ];
}
