namespace Backup.Iac.Catalog;

/// <summary>Vault locks (LOCK): codes BKP1301-BKP1399.</summary>
internal static class LockConstraints
{
    public static readonly Constraint ModeMismatch = new(
        "BKP1302", "LOCK-002", Severity.Error,
        "The lock mode decides whether ChangeableFor is set",
        "Lock.Mode is {0}, but Lock.ChangeableFor is {1}. A governance lock has no ChangeableFor; a compliance lock needs one (3 to 36,500 days). Use VaultLock.Governance(...) or VaultLock.Compliance(...).",
        "DG §Lock a backup vault programmatically L5045-5048, L5071-5074",
        Docs.DevGuide + "vault-lock.html")
    {
        Why = "AWS derives the mode from ChangeableForDays alone: set, the lock is in compliance mode; omitted, it is in governance mode.",
        TemplateMessage = "LockConfiguration is in {0} mode, but ChangeableForDays is {1}. A governance lock has no ChangeableForDays; a compliance lock needs one (3 to 36,500 days). Remove ChangeableForDays for a governance lock, or set it for a compliance lock.",
    };

    public static readonly Constraint ChangeableForRange = new(
        "BKP1303", "LOCK-003", Severity.Error,
        "ChangeableFor is 3 to 36,500 days",
        "Lock.ChangeableFor is {0}; AWS accepts 3 to 36,500 days (the grace time is at least 72 hours). Set it within that range.",
        "DG §Lock a backup vault programmatically L5076-5077; §PutBackupVaultLockConfiguration L34553-34554; console L5026-5028",
        Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html");

    public static readonly Constraint MinRetentionRange = new(
        "BKP1304", "LOCK-004", Severity.Error,
        "Lock.MinRetention is at least 1 day",
        "Lock.MinRetention is {0}; the shortest minimum retention AWS accepts is 1 day. Set it to 1 day or more.",
        "DG §Lock a backup vault programmatically L5109-5113; §PutBackupVaultLockConfiguration L34602-34603",
        Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html");

    public static readonly Constraint MaxRetentionRange = new(
        "BKP1305", "LOCK-005", Severity.Error,
        "Lock.MaxRetention is 1 to 36,500 days",
        "Lock.MaxRetention is {0}; AWS accepts 1 to 36,500 days (about 100 years). Set it within that range, or leave it unset for no maximum.",
        "DG §Lock a backup vault programmatically L5097-5101; §PutBackupVaultLockConfiguration L34582-34583",
        Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html");

    public static readonly Constraint MinAboveMax = new(
        "BKP1306", "LOCK-006", Severity.Error,
        "Lock.MinRetention cannot exceed Lock.MaxRetention",
        "Lock.MinRetention ({0}) is longer than Lock.MaxRetention ({1}), so no backup or copy job can meet both bounds. Make MinRetention at most MaxRetention.",
        "DERIVED from DG §PutBackupVaultLockConfiguration L34579-34604 (OQ-020)",
        Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html");

    public static readonly Constraint MinRetentionRequired = new(
        "BKP1307", "LOCK-007", Severity.Error,
        "CloudFormation requires Lock.MinRetention",
        "Lock.MinRetention is not set; CloudFormation requires MinRetentionDays in LockConfiguration. Set it to the shortest retention your organization needs (at least 1 day).",
        "DG §PutBackupVaultLockConfiguration L34595-34597; §Lock a backup vault programmatically L5102; CFN aws-backup-backupvault.json (LockConfigurationType required MinRetentionDays)",
        Docs.CfnVault);

    public static readonly Constraint MaxRetentionZero = new(
        "BKP1308", "LOCK-008", Severity.Error,
        "No maximum retention is expressed by omitting Lock.MaxRetention",
        "Lock.MaxRetention is 0 days, which AWS rejects (the minimum is 1 day). To have no maximum retention, leave MaxRetention unset.",
        "DERIVED from DG §PutBackupVaultLockConfiguration L34575-34577, L34582-34583",
        Docs.DevGuide + "API_PutBackupVaultLockConfiguration.html");

    public static readonly Constraint ComplianceIsIrreversible = new(
        "BKP1309", "LOCK-009", Severity.Info,
        "A compliance lock becomes irreversible after its grace time",
        "The lock is in compliance mode: once its grace time (ChangeableFor, {0}) has passed after the stack deploys it, nobody (not the root user, not AWS) can change or remove the lock or delete the vault, and stack updates of the lock or deletion of the vault will fail. {1}.",
        "DG §AWS Backup Vault Lock L4963-4967, L4982-4983; §Lock a backup vault programmatically L5079-5085; §DeleteBackupVaultLockConfiguration L25936-25939; FAQ L63",
        Docs.DevGuide + "vault-lock.html")
    {
        Why = "Compliance mode is WORM storage: after the lock date, the lock and the vault can only expire with their recovery points.",
    };

    public static readonly Constraint ComplianceNotAcknowledged = new(
        "BKP1359", "LOCK-009", Severity.Error,
        "A compliance lock must be acknowledged as irreversible",
        "Lock.Acknowledgement is {0}, but a compliance lock becomes immutable {1} after deployment and can then never be changed or removed, nor the vault deleted. Pass ComplianceLockAcknowledgement.IrreversibleAfterGraceTime to VaultLock.Compliance(...) to confirm, or use VaultLock.Governance(...).",
        "DG §AWS Backup Vault Lock L4963-4967, L4982-4983; §Lock a backup vault programmatically L5079-5085",
        Docs.DevGuide + "vault-lock.html");

    public static readonly Constraint LockedRecoveryPointsAreFixed = new(
        "BKP1310", "LOCK-010", Severity.Info,
        "A lock blocks deleting recovery points and changing their lifecycle",
        "While the {0} lock is in place, AWS Backup denies every user, the root user included, the deletion of recovery points in this vault and changes to their lifecycle (also during a grace time); cleanup scripts and lifecycle edits of existing recovery points will fail.",
        "DG §Review a backup vault L5140-5143; FAQ L61-62",
        Docs.DevGuide + "vault-lock.html");

    public static readonly Constraint GovernanceIsRemovable = new(
        "BKP1311", "LOCK-011", Severity.Info,
        "A governance lock can be removed by administrators",
        "The lock is in governance mode: principals with enough IAM permissions can change or remove it at any time, so it does not make the vault immutable. Use VaultLock.Compliance(...) if you need WORM storage.",
        "DG §AWS Backup Vault Lock L4963-4964, L4979-4980; §PutBackupVaultLockConfiguration L34561-34563",
        Docs.DevGuide + "vault-lock.html")
    {
        TemplateMessage = "The lock is in governance mode (LockConfiguration without ChangeableForDays): principals with enough IAM permissions can change or remove it at any time, so it does not make the vault immutable. Set ChangeableForDays (a compliance lock) if you need WORM storage.",
    };

    public static readonly Constraint BoundsApplyToNewJobs = new(
        "BKP1312", "LOCK-012", Severity.Info,
        "Lock retention bounds apply only to new jobs",
        "Lock.MinRetention and Lock.MaxRetention ({0}) apply only to new backup and copy jobs; recovery points already in the vault when the lock is applied keep their retention.",
        "DG §Lock a backup vault using the console L5018-5021; §PutBackupVaultLockConfiguration L34584, L34603-34604",
        Docs.DevGuide + "vault-lock.html");

    public static readonly Constraint AccountClosureDeletes = new(
        "BKP1313", "LOCK-013", Severity.Info,
        "Closing the account deletes locked backups",
        "If the account is closed, AWS keeps the backups of this locked vault for 90 days and then deletes them, lock or not.",
        "DG §AWS account closure with a locked vault L5189-5194",
        Docs.DevGuide + "vault-lock.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        ModeMismatch, ChangeableForRange, MinRetentionRange, MaxRetentionRange, MinAboveMax, MinRetentionRequired, MaxRetentionZero,
        ComplianceIsIrreversible, ComplianceNotAcknowledged, LockedRecoveryPointsAreFixed, GovernanceIsRemovable, BoundsApplyToNewJobs,
        AccountClosureDeletes,
    ];
}
