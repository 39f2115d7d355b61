namespace Backup.Iac.Catalog;

/// <summary>Lifecycles of rules and copy actions (LC): codes BKP2201-BKP2299.</summary>
internal static class LifecycleConstraints
{
    public static readonly Constraint DeleteAfterTooShort = new(
        "BKP2201", "LC-001", Severity.Error,
        "Recovery points are kept at least 1 day",
        "DeleteAfter is {0}; AWS Backup keeps recovery points 1 to 36,500 days. Set DeleteAfter to 1 day or more, or leave it unset to keep recovery points indefinitely.",
        "DG §Lifecycle and storage tiers L3228-3230; BOTO Lifecycle; AWS error text \"DeleteAfterDays cannot be less than 1 or more than 36500 days\" (hashicorp/terraform-provider-aws issue 24960)",
        Docs.DevGuide + "API_Lifecycle.html")
    {
        Why = "AWS rejects a retention below one day. The only negative value it documents is the -1 sentinel, which keeps recovery points indefinitely.",
    };

    public static readonly Constraint DeleteAfterSentinel = new(
        "BKP2251", "LC-001", Severity.Warning,
        "Omit DeleteAfter instead of the -1 sentinel",
        "DeleteAfter is -1 days, AWS's sentinel for keeping recovery points indefinitely; whether CreateBackupPlan accepts it is not documented and cfn-lint flags it, so Backup.Iac writes it as an unset value, which means the same. Leave DeleteAfter unset to keep recovery points indefinitely.",
        "BOTO Lifecycle (the -1 sentinel); cfn-lint E3504; catalog OQ-050",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint DeleteAfterTooLong = new(
        "BKP2202", "LC-002", Severity.Error,
        "Recovery points are kept at most 36,500 days",
        "DeleteAfter is {0}; AWS Backup keeps recovery points at most 36,500 days (100 years). Set DeleteAfter to 36,500 days or less, or leave it unset to keep recovery points indefinitely.",
        "DG §BackupRuleInput L41661; §StartBackupJob L35049; §Continuous backups and PITR L5505-5506",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint ColdAfterOutOfRange = new(
        "BKP2203", "LC-003", Severity.Error,
        "The cold transition is 0 to 36,500 days after creation",
        "MoveToColdStorageAfter is {0}; it must be 0 to 36,500 days. Set a value in that range, or leave it unset to keep recovery points in warm storage.",
        "DG §BackupRuleInput L41661; BOTO Lifecycle",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint ColdAfterSentinel = new(
        "BKP2253", "LC-003", Severity.Warning,
        "Omit MoveToColdStorageAfter instead of the -1 sentinel",
        "MoveToColdStorageAfter is -1 days, AWS's sentinel for removing the lifecycle; whether CreateBackupPlan accepts it is not documented and cfn-lint flags it, so Backup.Iac writes it as an unset value, which means the same. Leave MoveToColdStorageAfter unset to keep recovery points in warm storage.",
        "BOTO Lifecycle (the -1 sentinel); cfn-lint E3504; catalog OQ-050",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint ColdToDeleteGap = new(
        "BKP2204", "LC-004", Severity.Error,
        "Recovery points stay in cold storage at least 90 days",
        "DeleteAfter ({0}) must be at least 90 days after MoveToColdStorageAfter ({1}). Set DeleteAfter to {2} days or more, or remove the cold transition.",
        "DG §Lifecycle and storage tiers L3268-3270, L3296-3300; §Lifecycle L43052-43056; BOTO Lifecycle.DeleteAfterDays; cfn-lint E3504",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint ColdNotApplicable = new(
        "BKP2205", "LC-005", Severity.Warning,
        "Cold storage applies only to cold-capable resource types",
        "MoveToColdStorageAfter is {0}, but the plan's selections can only match {1}, which AWS Backup does not move to cold storage, so the setting is ignored. Cold storage applies to EFS, DynamoDB with advanced features, VMware virtual machines, CloudFormation stacks, SAP HANA on EC2, Timestream, and EBS with OptInToArchiveForSupportedResources. Remove MoveToColdStorageAfter, or select a cold-capable type.",
        "DG §BackupRuleInput L41656-41659; §Lifecycle L43044-43046; §Lifecycle and storage tiers L3273-3291; §Considerations for S3 L5966-5968",
        Docs.DevGuide + "API_Lifecycle.html")
    {
        Why = "AWS Backup silently ignores the cold transition for types that have no cold tier, so the configuration suggests a cost saving that does not happen.",
    };

    public static readonly Constraint ColdTooEarly = new(
        "BKP2206", "LC-006", Severity.Warning,
        "Keep backups at least 8 days in warm storage before the cold transition",
        "MoveToColdStorageAfter is {0}; AWS Backup recommends at least 8 days. With incremental types, a full backup moved to cold storage too early makes AWS Backup create another full backup in warm storage. Set MoveToColdStorageAfter to 8 days or more.",
        "DG §Lifecycle and storage tiers L3254, L3301-3306",
        Docs.DevGuide + "plan-options-and-configuration.html");

    public static readonly Constraint WarmTooShort = new(
        "BKP2207", "LC-007", Severity.Warning,
        "Keep backups at least a week in warm storage",
        "DeleteAfter is {0}, so backups stay less than a week in warm storage; AWS recommends at least one week. With less, the next backup may find no warm backup to build on and be a full, billed backup. Set DeleteAfter to 7 days or more.",
        "DG §Metering, costs, and billing L1837-1845; §Working with backups L5273-5275",
        Docs.DevGuide + "metering-and-billing.html");

    public static readonly Constraint ArchiveWithoutCold = new(
        "BKP2208", "LC-008", Severity.Warning,
        "The archive opt-in needs a cold transition",
        "OptInToArchiveForSupportedResources is true, but MoveToColdStorageAfter is not set, so nothing moves to the archive tier. Set MoveToColdStorageAfter (EBS snapshots then move to the archive tier), or remove the opt-in.",
        "DG §Lifecycle L43067-43070; §Lifecycle and storage tiers (AWS CLI) L3264-3270",
        Docs.DevGuide + "API_Lifecycle.html");

    public static readonly Constraint ArchiveNeedsMonthlySchedule = new(
        "BKP2209", "LC-009", Severity.Warning,
        "EBS snapshots are archived only from monthly (or rarer) backups",
        "OptInToArchiveForSupportedResources is true, but the rule's schedule ({0}) runs more often than once a month; AWS Backup moves EBS snapshots to the archive tier only when backups run monthly or less often. Schedule the rule monthly or less often, or remove the opt-in.",
        "DG §Creating backup plans using the console L3028-3031; §Lifecycle and storage tiers L3252-3253, L3281-3282",
        Docs.DevGuide + "plan-options-and-configuration.html")
    {
        Why = "Archived EBS snapshots are full copies, not incremental; AWS Backup supports the archive tier only for backups taken monthly or less often.",
    };

    public static readonly Constraint ArchiveRegionUnavailable = new(
        "BKP2210", "LC-010", Severity.Warning,
        "The EBS archive tier is not available in every Region",
        "OptInToArchiveForSupportedResources is true, but these recovery points are stored in {0}, where the EBS archive tier is not available (China (Beijing), China (Ningxia), AWS GovCloud (US-East), AWS GovCloud (US-West)). Remove the opt-in for this Region.",
        "DG §Feature availability by AWS Region L1015-1016; §Amazon EBS Archive Tier L8523-8526",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint CopyLifecycleBounds = new(
        "BKP2211", "LC-011", Severity.Error,
        "Copy lifecycles follow the rule lifecycle bounds",
        "In the copy action's lifecycle: {0} Copy lifecycles have the same bounds as rule lifecycles.",
        "DG §Copy to Regions L3346-3352; §Performing on-demand cross-Region backup L8694-8705; §CopyAction L42352-42368; BOTO Lifecycle.DeleteAfterDays; cfn-lint E3504",
        Docs.DevGuide + "API_CopyAction.html")
    {
        Why = "A copy action's Lifecycle is the same Lifecycle object as a rule's: DeleteAfter 1 to 36,500 days, MoveToColdStorageAfter 0 to 36,500 days, and at least 90 days in cold storage.",
    };

    public static readonly Constraint DeleteAfterEventIsOutputOnly = new(
        "BKP2212", "LC-012", Severity.Error,
        "DeleteAfterEvent cannot be set",
        "DeleteAfterEvent is '{0}', but AWS Backup reports this field only in its output (it is not valid as an input) and CloudFormation has no such property. Remove DeleteAfterEvent.",
        "BOTO Lifecycle.DeleteAfterEvent, LifecycleDeleteAfterEvent (\"Not valid as an input\"); CFN aws-backup-backupplan.json (LifecycleResourceType, additionalProperties false)",
        Docs.DevGuide + "API_Lifecycle.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        DeleteAfterTooShort, DeleteAfterSentinel, DeleteAfterTooLong, ColdAfterOutOfRange, ColdAfterSentinel, ColdToDeleteGap,
        ColdNotApplicable, ColdTooEarly, WarmTooShort, ArchiveWithoutCold, ArchiveNeedsMonthlySchedule, ArchiveRegionUnavailable,
        CopyLifecycleBounds, DeleteAfterEventIsOutputOnly,
    ];
}
