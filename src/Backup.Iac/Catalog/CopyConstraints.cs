namespace Backup.Iac.Catalog;

/// <summary>Copy actions (COPY): codes BKP2301-BKP2399.</summary>
internal static class CopyConstraints
{
    private const string CopyPage = Docs.DevGuide + "recov-point-create-a-copy.html";
    private const string CrossAccountPage = Docs.DevGuide + "create-cross-account-backup.html";
    private const string FeaturePage = Docs.DevGuide + "backup-feature-availability.html";

    public static readonly Constraint DestinationRequired = new(
        "BKP2301", "COPY-001", Severity.Error,
        "A copy action needs a destination vault",
        "The copy action has no destination vault ARN. Set Destination to a vault of this app, or to BackupVault.FromArn(...) with the destination vault's ARN.",
        "DG §CopyAction L42344-42350",
        Docs.DevGuide + "API_CopyAction.html")
    {
        TemplateMessage = "The copy action has no DestinationBackupVaultArn. Set DestinationBackupVaultArn to the destination vault's ARN (!GetAtt Vault.BackupVaultArn for a vault of this template).",
    };

    public static readonly Constraint DestinationArnShape = new(
        "BKP2302", "COPY-002", Severity.Error,
        "A copy destination is a backup vault ARN",
        "Destination '{0}' is not a backup vault ARN: {1}. Use arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME with a 12-digit account and a vault name of 2 to 50 letters, digits, '-' or '_'.",
        "DG §CopyAction L42345-42347; §AWS Backup resource ARNs L17270-17274; BOTO CopyAction.DestinationBackupVaultArn",
        Docs.DevGuide + "API_CopyAction.html")
    {
        Why = "CopyActions take the destination vault's ARN. A vault name, or the ARN of a KMS key or IAM role, is rejected.",
    };

    public static readonly Constraint DuplicateDestination = new(
        "BKP2303", "COPY-003", Severity.Warning,
        "Copy actions of a rule go to different vaults",
        "Destination '{0}' is also the destination of the rule's copy action at index {1}, so every recovery point is copied there twice. Remove one of the two copy actions.",
        "[DERIVED] from DG §CopyAction L42344-42368",
        Docs.DevGuide + "API_CopyAction.html");

    public static readonly Constraint CopyOutlivesSource = new(
        "BKP2304", "COPY-004", Severity.Warning,
        "A copy that never expires keeps its source's expiration",
        "The copy has no DeleteAfter (never expire), but a copy that never expires keeps its source's expiration, and the rule's DeleteAfter is {0}: the copy is deleted after {0}. Give the copy its own DeleteAfter (up to 36,500 days) to keep it longer, or let the rule's recovery points never expire.",
        "DG §Copy a backup L8617-8626",
        CopyPage)
    {
        Why = "A copy keeps its source's creation date. A copy with its own retention is deleted that many days after creation, longer or shorter than its source; a copy set never to expire keeps the source's expiration instead.",
    };

    public static readonly Constraint CrossAccountDefaultVault = new(
        "BKP2305", "COPY-005", Severity.Error,
        "Cross-account copies cannot go to the Default vault",
        "The copy goes to the Default vault of account {0}, another account than the stack's ({1}). The Default vault's key cannot be shared with other accounts, so the copy jobs fail. Copy into a vault encrypted with a customer managed key.",
        "DG §Security considerations for cross-account backup L9231-9234",
        CrossAccountPage);

    public static readonly Constraint CrossAccountPrerequisites = new(
        "BKP2306", "COPY-006", Severity.Error,
        "A cross-account copy needs a destination vault that lets the source account copy in",
        "The copy goes to the vault '{0}' of account {1}, whose access policy {2} backup:CopyIntoBackupVault from the stack's account ({3}): every copy job into it fails. Give that vault an access policy that allows it (AccessPolicy = VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(\"{3}\")), or AllowCopyIntoFromOrganization()).",
        "DG §Creating backup copies across AWS accounts L8813-8825",
        CrossAccountPage)
    {
        Why = "Only a destination vault's access policy can let another account copy into it; without an Allow of backup:CopyIntoBackupVault for the source account, the copy job is refused.",
        TemplateMessage = "The copy goes to the vault '{0}' of account {1}, whose AccessPolicy {2} backup:CopyIntoBackupVault from the stack's account ({3}): every copy job into it fails. Add a statement to that vault's AccessPolicy with Effect: Allow, Action: backup:CopyIntoBackupVault and Principal: {{AWS: arn:aws:iam::{3}:root}} (or Principal: '*' with an aws:PrincipalOrgID condition).",
    };

    public static readonly Constraint CrossAccountOutsideVaultPolicy = new(
        "BKP2356", "COPY-006", Severity.Info,
        "A cross-account destination vault outside the app must let the source account copy in",
        "The copy goes to account {0}, to a vault that this app does not define, so its access policy is not known here. Copy jobs into it fail unless that policy allows backup:CopyIntoBackupVault from the stack's account ({1}).",
        "DG §Creating backup copies across AWS accounts L8813-8825",
        CrossAccountPage);

    public static readonly Constraint CrossAccountSameOrganization = new(
        "BKP2357", "COPY-006", Severity.Info,
        "Cross-account copies stay within one AWS Organization",
        "The copy goes to account {0}, another account than the stack's ({1}); AWS Backup copies across accounts only between accounts of the same AWS Organization, which the app does not show.",
        "DG §Creating backup copies across AWS accounts L8770-8779",
        CrossAccountPage);

    public static readonly Constraint CrossAccountBackupEnabled = new(
        "BKP2358", "COPY-006", Severity.Info,
        "Cross-account copies need cross-account backup enabled by the management account",
        "The copy goes to account {0}, another account than the stack's ({1}); cross-account copy jobs run only once the Organization's management account has turned on cross-account backup (IsCrossAccountBackupEnabled), which the app does not set.",
        "DG §Creating backup copies across AWS accounts L8789-8797",
        CrossAccountPage);

    public static readonly Constraint CrossAccountSourceKeysShared = new(
        "BKP2359", "COPY-006", Severity.Info,
        "Cross-account copies need the source's customer managed keys shared",
        "The copy goes to account {0}, another account than the stack's ({1}); when the source recovery points are encrypted with customer managed KMS keys, their key policies must let account {0} use them, which the app does not show.",
        "DG §Creating backup copies across AWS accounts L8834-8856; §Encryption keys and cross-account copies L9017-9031",
        CrossAccountPage);

    public static readonly Constraint CrossAccountManagedKeys = new(
        "BKP2307", "COPY-007", Severity.Info,
        "Cross-account copies of not fully managed types need customer managed keys",
        "The copy goes to account {0}, and the plan can select {1}, which AWS Backup does not fully manage: their backups keep the resource's own KMS key, and cross-account copy with an AWS managed key (such as aws/ebs or aws/rds) is not supported. Encrypt those resources with a customer managed key that account {0} may use, if they are not.",
        "DG §Encryption keys and cross-account copies L9019-9025",
        CrossAccountPage);

    public static readonly Constraint CrossBoundaryColdCopy = new(
        "BKP2308", "COPY-008", Severity.Warning,
        "Cross-Region and cross-account copies are not stored in cold tiers",
        "The copy goes to another {0}, and its lifecycle moves it to cold storage after {1}; AWS Backup does not support cross-Region or cross-account copies for storage in cold tiers. Remove MoveToColdStorageAfter from the copy's lifecycle.",
        "DG §Creating backup copies across AWS Regions L8656; §Creating backup copies across AWS accounts L8799; catalog OQ-017",
        CopyPage);

    public static readonly Constraint ContinuousCopyIsSnapshot = new(
        "BKP2309", "COPY-009", Severity.Info,
        "Copies of continuous backups are snapshots",
        "The rule makes continuous backups, but their copies are snapshot backups without point-in-time recovery, taken at the rule's schedule, and RDS transaction logs are not copied. Restores from the copy go back to a snapshot time only.",
        "DG §Feature availability L707-710; §Copy a backup L8612-8615; §Copying continuous backups L5772-5779; §Considerations with continuous backups L5644-5647; §Supported services (S3) L5545-5548",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint RdsFamilyCrossRegionAndAccount = new(
        "BKP2310", "COPY-010", Severity.Error,
        "RDS-family copies cross either a Region or an account, not both",
        "The copy goes to another Region ({0}) and another account ({1}) in one action, and the plan's selections name {2}. For these types AWS Backup copies either across Regions or across accounts, not both at once, so their copy jobs fail. Copy to another Region in the same account, then copy from there to the other account.",
        "DG §Feature availability footnote 3 L720-722; §Copy a backup L8605-8611",
        CopyPage);

    public static readonly Constraint RdsFamilyMaySelectCrossBoth = new(
        "BKP2360", "COPY-010", Severity.Warning,
        "RDS-family resources that tags or wildcards may select are copied across a Region and an account at once",
        "The copy goes to another Region ({0}) and another account ({1}) in one action, and the plan's tag or wildcard selections can select {2}. For these types AWS Backup copies either across Regions or across accounts, not both at once, so the copy jobs of any such resource fail. Copy to another Region in the same account, then copy from there to the other account, or keep these types out of the plan's selections.",
        "DG §Feature availability footnote 3 L720-722; §Copy a backup L8605-8611",
        CopyPage);

    public static readonly Constraint MultiAzClusterCopy = new(
        "BKP2311", "COPY-011", Severity.Error,
        "RDS Multi-AZ DB cluster snapshots cannot be copied",
        "The copy goes to another {0}, but the selection '{1}' includes the RDS Multi-AZ DB cluster '{2}', whose snapshots cannot be copied to another Region or account, so its copy jobs fail. Back the cluster up with a plan without this copy action.",
        "DG §Feature availability footnote 3 L723-725; §Copy a backup L8611; §Amazon RDS Multi-AZ backups L8164; catalog OQ-016",
        FeaturePage);

    public static readonly Constraint TypeCannotBeCopied = new(
        "BKP2312", "COPY-012", Severity.Error,
        "Some resource types cannot be copied to another Region or account",
        "The copy goes to another {0}, but the plan's selections name {1}, which AWS Backup cannot copy that way, so the copy jobs of those resources fail. Back them up with a plan without this copy action.",
        "DG §Feature availability by resource table L532, L609, L636, L705; L1018; §SAP HANA release notes L7985-7988",
        FeaturePage);

    public static readonly Constraint RegionCannotCopy = new(
        "BKP2313", "COPY-013", Severity.Warning,
        "Some Regions limit copies",
        "The copy goes from {0} to {1}, which AWS Backup does not support: {2}. Choose another destination, or remove the copy action.",
        "DG §Feature availability by AWS Region L1006-1008, table L891-898",
        FeaturePage);

    public static readonly Constraint CopyIntoOwnVault = new(
        "BKP2320", null, Severity.Error,
        "A copy into the rule's own vault protects nothing more",
        "The copy action's destination '{0}' is the vault the rule already backs up into: the copy would sit next to its source, in the same account, Region and vault, so it adds no protection, and such copy jobs are expected to fail. Copy to a vault in another Region or account, or remove the copy action.",
        "DG §Copy a backup L8600-8606 (copies protect against the loss of a Region, an account or a vault); derived: a copy into its source vault duplicates the recovery point in place",
        Docs.DevGuide + "recov-point-create-a-copy.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        CopyIntoOwnVault,
        DestinationRequired, DestinationArnShape, DuplicateDestination, CopyOutlivesSource, CrossAccountDefaultVault,
        CrossAccountPrerequisites, CrossAccountManagedKeys, CrossBoundaryColdCopy, ContinuousCopyIsSnapshot,
        RdsFamilyCrossRegionAndAccount, MultiAzClusterCopy, TypeCannotBeCopied, RegionCannotCopy,
        CrossAccountOutsideVaultPolicy, CrossAccountSameOrganization, CrossAccountBackupEnabled, CrossAccountSourceKeysShared, RdsFamilyMaySelectCrossBoth,
    ];
}
