namespace Backup.Iac.Catalog;

/// <summary>Constraints on changes between the previously synthesized template and the new one (checked by <see cref="Changes.TemplateChanges"/>).</summary>
internal static class ChangeConstraints
{
    public static readonly Constraint VaultKeyChanged = new(
        "BKP1008", "VAULT-008", Severity.Warning,
        "Changing a vault's key replaces the vault",
        "EncryptionKeyArn changes from '{0}' to '{1}', but a vault's key cannot change after creation: CloudFormation replaces the vault, which fails while the vault holds recovery points and, with the same name, because the name is taken. Keep the key, or create a new vault with a new name and move the rules to it.",
        "DG §Create a backup vault L4771-4772",
        Docs.DevGuide + "create-a-vault.html");

    public static readonly Constraint VaultRenamed = new(
        "BKP1058", "VAULT-008", Severity.Warning,
        "Renaming a vault replaces it",
        "BackupVaultName changes from '{0}' to '{1}': the name is the vault's identity, so CloudFormation creates a new, empty vault and the rules write there; the old vault and its recovery points stay behind (retained) or its deletion fails while it holds recovery points. Keep the name, or move on deliberately and clean up the old vault.",
        "DG §Create a backup vault L4760, L4771-4772; §DeleteBackupVault L25761; CFN aws-backup-backupvault.json (primaryIdentifier BackupVaultName)",
        Docs.DevGuide + "create-a-vault.html");

    public static readonly Constraint AirGappedVaultRecreated = new(
        "BKP1455", "LAG-005", Severity.Warning,
        "An air-gapped vault's name, retention bounds and key cannot change",
        "{0} changes from '{1}' to '{2}', which is fixed when a logically air-gapped vault is created: CloudFormation replaces the vault, and deleting the old one fails while it holds recovery points, which its compliance lock keeps until they expire. Keep the value, or create a second vault.",
        "DG §Create a logically air-gapped vault from the console L4404-4407; CFN aws-backup-logicallyairgappedbackupvault.json (createOnlyProperties)",
        Docs.DevGuide + "logicallyairgappedvault.html");

    public static readonly Constraint RestoreTestingPlanRenamed = new(
        "BKP5053", "RTP-003", Severity.Warning,
        "Renaming a restore testing plan replaces it and its selections",
        "RestoreTestingPlanName changes from '{0}' to '{1}': the name is the plan's identity, so the plan and every selection of it are replaced. Keep the name unless you mean to start over.",
        "DG §UpdateRestoreTestingPlan; CFN aws-backup-restoretestingplan.json (createOnlyProperties RestoreTestingPlanName)",
        Docs.DevGuide + "API_UpdateRestoreTestingPlan.html");

    public static readonly Constraint PlanRenamed = new(
        "BKP2003", "PLAN-003", Severity.Warning,
        "A plan cannot be renamed",
        "BackupPlanName changes from '{0}' to '{1}', but a plan's name cannot change after creation: the plan is replaced, with a new plan ID, and every selection of it is recreated. Keep the name unless you mean to replace the plan.",
        "DG §Creating backup plans using the console L2981; §Updating a backup plan L4196; catalog OQ-032",
        Docs.DevGuide + "updating-a-backup-plan.html");

    public static readonly Constraint PlanVersion = new(
        "BKP2017", "PLAN-017", Severity.Info,
        "Every plan update creates a plan version",
        "The plan changes, which creates a new plan version; a plan can have at most 2,000 versions (the quota can be raised). Deploy plan changes in batches if this plan changes often.",
        "DG §AWS Backup quotas L20698-20700; §UpdateBackupPlan L36044-36046",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint FutureBackupsOnly = new(
        "BKP2019", "PLAN-019", Severity.Info,
        "Lifecycle changes apply to future backups only",
        "The lifecycle of rule '{0}' changes; existing recovery points keep the retention they were created with, and only new backups get the new one. Update existing recovery points separately if they must change too.",
        "DG §Deleting a backup plan L4166-4168; §Updating a backup plan L4187-4194",
        Docs.DevGuide + "updating-a-backup-plan.html");

    public static readonly Constraint ContinuousRetentionLowered = new(
        "BKP2123", "RULE-023", Severity.Info,
        "Lowering continuous retention takes effect only after the difference has passed",
        "The continuous rule '{0}' {1}; AWS Backup keeps the data of the old retention ({2} days) until the difference has passed. Expect the old retention for a while.",
        "DG §Changing your retention period L5783-5792; §Removing the only continuous backup rule L5794-5798",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint SelectionReplaced = new(
        "BKP3026", "SEL-026", Severity.Info,
        "Changing a selection replaces it",
        "The selection changes ({0}); AWS Backup has no update for selections, so it is deleted and created again with a new SelectionId. Anything that refers to the old SelectionId must be updated.",
        "DG §Actions list L23261-23495 (no UpdateBackupSelection)",
        Docs.DevGuide + "API_CreateBackupSelection.html");

    public static readonly Constraint RestoreTestingTypeChanged = new(
        "BKP5104", "RTS-004", Severity.Warning,
        "Changing a restore testing selection's resource type replaces it",
        "ProtectedResourceType changes from '{0}' to '{1}', which UpdateRestoreTestingSelection cannot do: the selection is replaced. Add a new selection for the new type instead if you want to keep the history of this one.",
        "DG §UpdateRestoreTestingSelection request syntax L37186-37215",
        Docs.DevGuide + "API_UpdateRestoreTestingSelection.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        VaultKeyChanged, VaultRenamed, AirGappedVaultRecreated, RestoreTestingPlanRenamed, PlanRenamed, PlanVersion, FutureBackupsOnly, ContinuousRetentionLowered, SelectionReplaced, RestoreTestingTypeChanged,
    ];
}
