namespace Backup.Iac.Catalog;

/// <summary>Index actions (IDX) and resource-type strings (RT): codes BKP2401-BKP2499, BKP2501-BKP2599.</summary>
internal static class IndexConstraints
{
    public static readonly Constraint OneIndexAction = new(
        "BKP2401", "IDX-001", Severity.Error,
        "At most one index action per rule",
        "The rule has {0} IndexActions; a rule accepts at most one, because each recovery point has at most one backup index. Keep a single IndexAction.",
        "BOTO BackupRuleInput.IndexActions, IndexAction.ResourceTypes; CFN aws-backup-backupplan.json",
        Docs.DevGuide + "API_IndexAction.html");

    public static readonly Constraint IndexResourceType = new(
        "BKP2402", "IDX-002", Severity.Error,
        "Index actions take EBS or S3",
        "IndexActions[{0}].ResourceTypes[{1}] is '{2}', {3}. An index action accepts EBS and S3, each at most once. Remove the entry or change it to EBS or S3.",
        "BOTO BackupRuleInput.IndexActions, IndexAction.ResourceTypes; CFN aws-backup-backupplan.json (ResourceTypes uniqueItems)",
        Docs.DevGuide + "API_IndexAction.html");

    public static readonly Constraint IndexSeveralResourceTypes = new(
        "BKP2452", "IDX-002", Severity.Warning,
        "One resource type per index action",
        "IndexActions[{0}].ResourceTypes lists {1} resource types ({2}). The API reference accepts only one resource type per rule, while AWS Organizations policy examples list EBS and S3 together. If the plan is rejected, index one type per rule.",
        "BOTO BackupRuleInput.IndexActions (\"Only 1 resource type will be accepted for each BackupRule\")",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint IndexWithoutIndexableSelection = new(
        "BKP2403", "IDX-003", Severity.Warning,
        "An index needs selections that can contain its resource type",
        "IndexActions[{0}] indexes {1}, but the plan's selections can only contain {2}, so no index is ever created. Select {1} resources in this plan, or remove the IndexAction.",
        "[NIS]; BOTO IndexAction.ResourceTypes (EBS, S3)",
        Docs.DevGuide + "backup-search.html");

    public static readonly Constraint IndexOfContinuousOrCold = new(
        "BKP2404", "IDX-004", Severity.Warning,
        "Indexes of continuous or archived recovery points",
        "IndexActions[{0}] indexes {1} recovery points that {2}; indexing those is believed unsupported (the AWS documentation does not confirm it), so they may not be searchable. {3}.",
        "[NIS] (OQ-042)",
        Docs.DevGuide + "backup-search.html");

    public static readonly Constraint ResourceTypeDocumented = new(
        "BKP2501", "RT-001", Severity.Error,
        "Resource types are documented names, spelled exactly",
        "{0} is '{1}', which is not an AWS Backup resource type. {2}Resource types are case-sensitive; use {3}.",
        "DG §GetSupportedResourceTypes L30644-30684; BOTO GetSupportedResourceTypesOutput.ResourceTypes, ScanResourceType",
        Docs.DevGuide + "API_GetSupportedResourceTypes.html");

    public static readonly Constraint ResourceTypePattern = new(
        "BKP2502", "RT-002", Severity.Error,
        "Resource-type strings match the API pattern",
        "{0} is '{1}', which does not match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$ ({2}). Use {3}.",
        "DG §GetSupportedResourceTypes L30684; §AdvancedBackupSetting L40825; §UpdateRegionSettings L36749, L36765",
        Docs.DevGuide + "API_GetSupportedResourceTypes.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        OneIndexAction, IndexResourceType, IndexSeveralResourceTypes, IndexWithoutIndexableSelection, IndexOfContinuousOrCold,
        ResourceTypeDocumented, ResourceTypePattern,
    ];
}
