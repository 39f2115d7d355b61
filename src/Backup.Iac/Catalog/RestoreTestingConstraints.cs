namespace Backup.Iac.Catalog;

/// <summary>
/// Restore testing plans (RTP, codes BKP5001-BKP5099), restore testing selections (RTS, codes BKP5101-BKP5199) and the
/// cross-resource rows on restore testing (XR-018 to XR-020, codes BKP7018-BKP7020).
/// </summary>
internal static class RestoreTestingConstraints
{
    private const string PlanPage = Docs.DevGuide + "API_RestoreTestingPlanForCreate.html";
    private const string RecoveryPointPage = Docs.DevGuide + "API_RestoreTestingRecoveryPointSelection.html";
    private const string SelectionPage = Docs.DevGuide + "API_RestoreTestingSelectionForCreate.html";
    private const string ConditionsPage = Docs.DevGuide + "API_ProtectedResourceConditions.html";
    private const string KeyValuePage = Docs.DevGuide + "API_KeyValue.html";
    private const string RestoreTestingPage = Docs.DevGuide + "restore-testing.html";
    private const string InferredMetadataPage = Docs.DevGuide + "restore-testing-inferred-metadata.html";
    private const string QuotasPage = Docs.DevGuide + "aws-backup-limits.html";

    // ---- RTP: restore testing plans ----

    public static readonly Constraint PlanNameRequired = new(
        "BKP5001", "RTP-001", Severity.Error,
        "A restore testing plan needs a name",
        "RestoreTestingPlanName is empty. Set it to 1 to 50 letters, digits or '_', or leave it unset to use the construct ID.",
        "DG §RestoreTestingPlanForCreate L44460-44467; CFN aws-backup-restoretestingplan.json (required)",
        PlanPage);

    public static readonly Constraint PlanNamePattern = new(
        "BKP5002", "RTP-002", Severity.Error,
        "Restore testing plan names are 1 to 50 letters, digits or '_'",
        "RestoreTestingPlanName '{0}' {1}; restore testing plan names are 1 to 50 letters, digits or '_', with no hyphens, dots or spaces (unlike other AWS Backup names). {2}.",
        "DG §CreateRestoreTestingPlan L25215-25217, L25268-25270; §Restore testing quotas L12462; quota table L20870-20874; console L12116-12118 (OQ-026)",
        Docs.DevGuide + "API_CreateRestoreTestingPlan.html")
    {
        Why = "Restore testing names allow only alphanumeric characters and underscores. A hyphen, which every other AWS Backup name accepts, is a common mistake.",
    };

    public static readonly Constraint PlanNameUnique = new(
        "BKP5003", "RTP-003", Severity.Error,
        "Restore testing plan names are unique per account and Region",
        "RestoreTestingPlanName '{0}' is also used by the restore testing plan '{1}' of stack '{2}', which deploys to the same account and Region; AWS rejects the second plan. Give one of the plans another RestoreTestingPlanName.",
        "DG §Create a restore testing plan L12220; §UpdateRestoreTestingPlan L37020-37022; CFN aws-backup-restoretestingplan.json (primaryIdentifier)",
        PlanPage);

    public static readonly Constraint ScheduleRequired = new(
        "BKP5004", "RTP-004", Severity.Error,
        "A restore testing plan needs a schedule",
        "Schedule is empty; a restore testing plan must say when it runs with a cron expression. Set Schedule, e.g. Schedule.Weekly(DayOfWeek.Sunday, hour: 3).",
        "DG §RestoreTestingPlanForCreate L44469-44475; §CreateRestoreTestingPlan L25212-25213; CFN aws-backup-restoretestingplan.json (required)",
        PlanPage)
    {
        TemplateMessage = "ScheduleExpression is empty; a restore testing plan must say when it runs with a cron expression. Set ScheduleExpression, e.g. cron(0 3 ? * SUN *).",
    };

    public static readonly Constraint ScheduleGrammar = new(
        "BKP5005", "RTP-005", Severity.Error,
        "A restore testing schedule follows the AWS cron grammar",
        "Schedule '{0}' is not a valid AWS cron expression: {1}. {2}.",
        "as RULE-005/RULE-006: DG §RestoreTestingPlanForCreate L44469-44475; §Backup window L3156-3160; EventBridge cron expressions [NIS]",
        PlanPage)
    {
        Why = "Restore testing plans use the same six-field cron expressions as backup rules: minutes, hours, day-of-month, month, day-of-week and year, with '?' in exactly one of the two day fields.",
    };

    public static readonly Constraint ScheduleForm = new(
        "BKP5055", "RTP-005", Severity.Warning,
        "A restore testing schedule should be an unambiguous cron expression",
        "Schedule '{0}' {1}. {2}.",
        "as RULE-005 (OQ-009) and RULE-007: DG §RestoreTestingPlanForCreate L44469-44475; §Creating backup plans using the AWS CLI L3075-3076; BLOG L50",
        PlanPage)
    {
        Why = "AWS documents only cron expressions for restore testing plans. In a cron expression, day-of-week numbers run from 1 (Sunday) to 7 (Saturday), so a Unix habit such as 1-5 means Sunday to Thursday; day names (MON-FRI) cannot be misread.",
    };

    public static readonly Constraint TimeZone = new(
        "BKP5006", "RTP-006", Severity.Error,
        "A restore testing plan's ScheduleTimeZone is an IANA time zone ID",
        "ScheduleTimeZone '{0}' is not an IANA time zone ID (IDs are case-sensitive, e.g. America/Los_Angeles). {1}.",
        "DG §RestoreTestingPlanForCreate L44477-44484 (as RULE-010)",
        PlanPage)
    {
        Why = "The schedule is evaluated in ScheduleTimeZone, which takes IANA IDs such as Europe/Paris; leave it unset for UTC.",
    };

    public static readonly Constraint StartWindowRange = new(
        "BKP5007", "RTP-007", Severity.Error,
        "A restore testing plan's StartWindow is 1 to 168 whole hours",
        "StartWindow is {0}; restore testing takes a whole number of hours from 1 to 168 (7 days). {1}.",
        "DG §RestoreTestingPlanForCreate L44486-44494; §Restore testing quotas L12460; quota table L20862-20866; CFN StartWindowHours (integer)",
        PlanPage)
    {
        Why = "StartWindowHours is an integer from 1 to 168; AWS defaults it to 24 hours when it is omitted.",
    };

    public static readonly Constraint RecoveryPointSelectionRequired = new(
        "BKP5008", "RTP-008", Severity.Error,
        "A restore testing plan needs a RecoveryPointSelection",
        "RecoveryPointSelection is not set; a restore testing plan must say which recovery points it tests. Set RecoveryPointSelection, or leave it at its default (the latest snapshot of any vault in the last 30 days).",
        "DG §RestoreTestingPlanForCreate L44431-44458; CFN aws-backup-restoretestingplan.json (required)",
        PlanPage);

    public static readonly Constraint Algorithm = new(
        "BKP5009", "RTP-009", Severity.Error,
        "The recovery point algorithm is LATEST_WITHIN_WINDOW or RANDOM_WITHIN_WINDOW",
        "RecoveryPointSelection.Algorithm is {0}; it must be LATEST_WITHIN_WINDOW or RANDOM_WITHIN_WINDOW (upper case). {1}.",
        "DG §RestoreTestingPlanForCreate L44439; §RestoreTestingRecoveryPointSelection L44803-44811; CFN aws-backup-restoretestingplan.json (required, enum); BOTO RestoreTestingRecoveryPointSelectionAlgorithm (OQ-044)",
        RecoveryPointPage)
    {
        Why = "LATEST_WITHIN_WINDOW tests the newest recovery point in the selection window; RANDOM_WITHIN_WINDOW picks one at random, which also exercises older backups.",
    };

    public static readonly Constraint RecoveryPointTypes = new(
        "BKP5010", "RTP-010", Severity.Error,
        "RecoveryPointTypes holds one or two distinct values from SNAPSHOT and CONTINUOUS",
        "RecoveryPointSelection.RecoveryPointTypes {0}; it takes one or two distinct values from SNAPSHOT and CONTINUOUS (upper case). {1}.",
        "DG §RestoreTestingPlanForCreate L44441-44445; §RestoreTestingRecoveryPointSelection L44830-44843; CFN aws-backup-restoretestingplan.json (required, enum); BOTO RestoreTestingRecoveryPointType",
        RecoveryPointPage)
    {
        Why = "SNAPSHOT tests snapshot recovery points, CONTINUOUS tests point-in-time (continuous) recovery points; list both to allow either.",
    };

    public static readonly Constraint IncludeVaults = new(
        "BKP5011", "RTP-011", Severity.Error,
        "IncludeVaults lists '*' or backup vault ARNs",
        "RecoveryPointSelection.IncludeVaults {0}; it must list at least one entry, each '*' or a backup vault ARN such as arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME (parts may use '*' wildcards). {1}.",
        "DG §RestoreTestingPlanForCreate L44446-44447; §RestoreTestingRecoveryPointSelection L44820-44824; CFN aws-backup-restoretestingplan.json (required)",
        RecoveryPointPage)
    {
        Why = "IncludeVaults is required: '*' for every vault, or vault ARNs whose parts may use '*' wildcards, e.g. arn:aws:backup:*:*:backup-vault:prod-*. A vault's VaultArn can be used directly.",
    };

    public static readonly Constraint IncludeVaultsRedundant = new(
        "BKP5012", "RTP-012", Severity.Warning,
        "'*' in IncludeVaults makes the other entries redundant",
        "RecoveryPointSelection.IncludeVaults lists '*' together with {0} other entr{1}; '*' already includes every vault, so the others have no effect. Keep only '*', or remove it to test only the listed vaults.",
        "[DERIVED] from DG §RestoreTestingRecoveryPointSelection L44820-44824",
        RecoveryPointPage);

    public static readonly Constraint ExcludeVaults = new(
        "BKP5013", "RTP-013", Severity.Warning,
        "ExcludeVaults lists backup vault ARNs",
        "RecoveryPointSelection.ExcludeVaults[{0}] is '{1}', which {2}. {3}.",
        "DG §RestoreTestingPlanForCreate L44452-44455; §RestoreTestingRecoveryPointSelection L44813-44816",
        RecoveryPointPage)
    {
        Why = "ExcludeVaults takes the same vault ARNs and wildcards as IncludeVaults; a malformed entry excludes nothing, and '*' excludes everything.",
    };

    public static readonly Constraint SelectionWindowRange = new(
        "BKP5014", "RTP-014", Severity.Error,
        "SelectionWindow is 1 to 365 whole days",
        "RecoveryPointSelection.SelectionWindow is {0}; restore testing takes a whole number of days from 1 to 365. {1}.",
        "DG §RestoreTestingPlanForCreate L44449-44451; §RestoreTestingRecoveryPointSelection L44845-44847; quota table L20857-20860; CFN SelectionWindowDays (integer)",
        RecoveryPointPage)
    {
        Why = "SelectionWindowDays is an integer from 1 to 365; AWS defaults it to 30 days when it is omitted.",
    };

    public static readonly Constraint TooManyVaultSelectors = new(
        "BKP5015", "RTP-015", Severity.Error,
        "At most 30 vault selectors",
        "RecoveryPointSelection has {0} vault selectors ({1} in IncludeVaults, {2} in ExcludeVaults); AWS allows at most 30 and this quota cannot be raised. Use ARN wildcards such as arn:aws:backup:*:*:backup-vault:prod-* to cover several vaults with one selector.",
        "DG §Restore testing quotas L12456; quota table L20852-20855 (OQ-028: applied to the plan)",
        QuotasPage);

    public static readonly Constraint PlanTags = new(
        "BKP5016", "RTP-016", Severity.Error,
        "Restore testing plan tags follow the AWS tag limits",
        "The restore testing plan Tags break an AWS limit: {0}. A restore testing plan has at most 50 tags; keys are 1 to 128 characters and do not start with 'aws:', values are at most 256 characters, and both use only letters, digits, spaces and + - = . _ : /. Fix or remove the tag.",
        "DG §Restore testing quotas L12448; quota table L20839; §Create a restore testing plan L12148-12150; §CreateRestoreTestingPlan L25225-25228; CFN aws-backup-restoretestingplan.json (Tag)",
        Docs.DevGuide + "API_CreateRestoreTestingPlan.html");

    public static readonly Constraint TooManyPlans = new(
        "BKP5017", "RTP-017", Severity.Error,
        "At most 100 restore testing plans per account and Region",
        "This is restore testing plan number {0} of {1} in {2}; AWS allows at most 100 restore testing plans and this quota cannot be raised. Combine plans: one plan can test up to 30 resource types or selections.",
        "DG §Restore testing quotas L12446; quota table L20837",
        QuotasPage);

    public static readonly Constraint TooManySelections = new(
        "BKP5018", "RTP-018", Severity.Error,
        "At most 30 selections per restore testing plan",
        "The restore testing plan has {0} selections; AWS allows at most 30 per plan and this quota cannot be raised. Move some selections to another restore testing plan.",
        "DG §Restore testing quotas L12450; quota table L20841",
        QuotasPage);

    public static readonly Constraint RegionWithoutRestoreTesting = new(
        "BKP5020", "RTP-020", Severity.Info,
        "Restore testing may not be available in the stack's Region",
        "The stack deploys to {0}, where the developer guide's Region table shows no restore testing; CloudFormation rejects AWS::Backup::RestoreTestingPlan if the Region still lacks it. Check the current Region table, or test restores in another Region.",
        "DG §Restore testing compared with restore process L12007-12015; Region table L891-898, L944-1000 (OQ-054: a dated snapshot, hence a warning)",
        Docs.DevGuide + "backup-feature-availability.html");

    // ---- RTS: restore testing selections ----

    public static readonly Constraint SelectionName = new(
        "BKP5102", "RTS-002", Severity.Error,
        "Restore testing selection names are 1 to 50 letters, digits or '_'",
        "RestoreTestingSelectionName {0}; restore testing selection names are 1 to 50 letters, digits or '_', with no hyphens, dots or spaces. {1}.",
        "DG §RestoreTestingSelectionForCreate L44927-44934; quota table L20876-20880; console L12166-12167 (OQ-026)",
        SelectionPage)
    {
        Why = "Restore testing selection names, like plan names, allow only alphanumeric characters and underscores.",
    };

    public static readonly Constraint SelectionNameUnique = new(
        "BKP5152", "RTS-002", Severity.Error,
        "Restore testing selection names are unique within their plan",
        "RestoreTestingSelectionName '{0}' is also used by the selection '{1}' of the same restore testing plan; AWS rejects the second selection. Give one of them another RestoreTestingSelectionName.",
        "DG §RestoreTestingSelectionForCreate L44927-44934; CFN aws-backup-restoretestingselection.json (primaryIdentifier: plan name and selection name)",
        SelectionPage);

    public static readonly Constraint ProtectedResourceType = new(
        "BKP5103", "RTS-003", Severity.Error,
        "Restore testing supports ten resource types",
        "ProtectedResourceType is {0}; restore testing supports Aurora, DocumentDB, DynamoDB, EBS, EC2, EFS, FSx, Neptune, RDS and S3, one type per selection. {1}.",
        "DG §RestoreTestingSelectionForCreate L44897-44925; §Restore testing compared with restore process L12021-12028; §CreateRestoreTestingSelection L25350",
        SelectionPage)
    {
        Why = "Restore testing supports Aurora, DocumentDB, DynamoDB, EBS, EC2, EFS, FSx, Neptune, RDS and S3. Other backed-up types, such as Storage Gateway, Redshift, Timestream, VMware virtual machines, CloudFormation stacks and SAP HANA, cannot be restore-tested.",
    };

    public static readonly Constraint Role = new(
        "BKP5105", "RTS-005", Severity.Error,
        "A restore testing selection's role is an IAM role ARN",
        "Role {0}; restore testing needs the ARN of an IAM role, arn:aws:iam::ACCOUNT:role/NAME. Give the role's ARN, or leave Role unset to generate a restore role.",
        "DG §RestoreTestingSelectionForCreate L44888-44895 (shape as SEL-004)",
        SelectionPage);

    public static readonly Constraint RolePermissions = new(
        "BKP5106", "RTS-006", Severity.Info,
        "A given restore role must trust AWS Backup and allow restores",
        "The selection restores with the role '{0}', whose trust policy and permissions Backup.Iac cannot see. Restore tests fail unless the role can be assumed by backup.amazonaws.com, has the permissions of AWSBackupServiceRolePolicyForRestores{1}, and can use the KMS keys of the backups and of the restored resources. Check the role, or leave Role unset to generate one.",
        "DG §Create a restore testing plan L12170-12175; §Restore testing failure troubleshooting L12504-12530",
        RestoreTestingPage);

    public static readonly Constraint ArnsOrConditions = new(
        "BKP5107", "RTS-007", Severity.Error,
        "A restore testing selection needs ARNs or conditions",
        "The selection has neither ProtectedResourceArns nor ProtectedResourceConditions, so it selects nothing. Set ProtectedResourceArns to ['*'] (every protected resource of the type, optionally narrowed by conditions) or to the ARNs to test.",
        "DG §CreateRestoreTestingSelection L25343-25348; §RestoreTestingSelectionForCreate L44870-44875",
        SelectionPage);

    public static readonly Constraint ProtectedResourceArns = new(
        "BKP5108", "RTS-008", Severity.Error,
        "ProtectedResourceArns is ['*'] or 1 to 30 ARNs",
        "ProtectedResourceArns {0}; it must be exactly ['*'] (every protected resource of the type) or 1 to 30 specific ARNs, not both. {1}.",
        "DG §RestoreTestingSelectionForCreate L44936-44940; §CreateRestoreTestingSelection L25350-25354; §Restore testing quotas L12452",
        SelectionPage)
    {
        Why = "A selection takes either the wildcard ['*'], optionally narrowed by ProtectedResourceConditions, or up to 30 specific ARNs, never both.",
    };

    public static readonly Constraint ConditionsWithArns = new(
        "BKP5109", "RTS-009", Severity.Error,
        "Conditions go with ProtectedResourceArns ['*'], not with specific ARNs",
        "The selection has ProtectedResourceConditions and {0} specific ARN{1} in ProtectedResourceArns; AWS rejects that combination. Set ProtectedResourceArns to ['*'] to filter by conditions, or remove the conditions to test only the listed ARNs.",
        "DG §CreateRestoreTestingSelection L25356-25357; §RestoreTestingSelectionForCreate L44946-44950; §Create a restore testing plan (CLI) L12234-12235; §Update a restore testing plan L12314-12318 (OQ-027)",
        SelectionPage);

    public static readonly Constraint ConditionOperator = new(
        "BKP5110", "RTS-010", Severity.Error,
        "Restore testing conditions use StringEquals and StringNotEquals only",
        "ProtectedResourceConditions uses the operator '{0}'; restore testing supports only StringEquals and StringNotEquals (no Like variants, unlike backup selections). {1}.",
        "DG §ProtectedResourceConditions L43170-43195; CFN aws-backup-restoretestingselection.json (additionalProperties: false)",
        ConditionsPage)
    {
        Why = "Unlike backup selections, restore testing selections have no StringLike or StringNotLike; values are matched exactly.",
    };

    public static readonly Constraint TooManyConditions = new(
        "BKP5111", "RTS-011", Severity.Error,
        "At most 30 conditions per restore testing selection",
        "ProtectedResourceConditions has {0} conditions; AWS allows at most 30 per selection, counting StringEquals and StringNotEquals together. Remove conditions, or split the selection.",
        "DG §Restore testing quotas L12453-12454; quota table L20848-20850",
        QuotasPage);

    public static readonly Constraint ConditionKeyPrefix = new(
        "BKP5112", "RTS-012", Severity.Warning,
        "Condition keys are aws:ResourceTag/KEY or plain tag keys",
        "The condition key '{0}' starts with 'aws:' but is not aws:ResourceTag/KEY; the KeyValue pattern forbids other 'aws:' keys. Write aws:ResourceTag/{1} or the plain tag key.",
        "DG §KeyValue L42904-42912; §ProtectedResourceConditions L43175-43176; BOTO KeyValue.Key; corpus aws-samples restore test plan (OQ-024)",
        KeyValuePage);

    public static readonly Constraint ConditionKeyLength = new(
        "BKP5162", "RTS-012", Severity.Error,
        "Condition keys are 1 to 128 characters",
        "The condition key {0}; keys are 1 to 128 characters. Give the tag key, e.g. aws:ResourceTag/backup.",
        "DG §KeyValue L42904-42912; CFN aws-backup-restoretestingselection.json (KeyValue Key required)",
        KeyValuePage);

    public static readonly Constraint ConditionValueCharacters = new(
        "BKP5113", "RTS-013", Severity.Warning,
        "Condition values use letters, digits, spaces and _ . : / = + - @",
        "The value '{0}' of the condition on '{1}' contains {2}, outside the documented KeyValue pattern (letters, digits, spaces and _ . : / = + - @). Check the value; AWS may reject it.",
        "DG §KeyValue L42914-42922; BOTO KeyValue.Value (no pattern)",
        KeyValuePage);

    public static readonly Constraint ConditionValueLength = new(
        "BKP5163", "RTS-013", Severity.Error,
        "Condition values are at most 256 characters",
        "The value of the condition on '{0}' has {1} characters; values are at most 256 characters. Shorten the value.",
        "DG §KeyValue L42914-42922; CFN aws-backup-restoretestingselection.json (KeyValue Value required)",
        KeyValuePage);

    public static readonly Constraint ConditionsOnRecoveryPointTags = new(
        "BKP5114", "RTS-014", Severity.Info,
        "Restore testing conditions match the tags of the latest recovery point",
        "ProtectedResourceConditions are evaluated against the tags of each resource's latest recovery point, not of the live resource, and a resource without a recovery point in the window is skipped. Make sure the recovery points carry the tags the conditions test, for example with the backup rule's RecoveryPointTags.",
        "DG §Create a restore testing plan L12197-12199; §Recovery point determination L12263-12276",
        RestoreTestingPage);

    public static readonly Constraint ValidationWindowRange = new(
        "BKP5115", "RTS-015", Severity.Error,
        "ValidationWindow is 0 to 168 whole hours",
        "ValidationWindow is {0}; restore testing takes a whole number of hours from 0 to 168 (7 days). {1}.",
        "DG §RestoreTestingSelectionForCreate L44967-44975; §RestoreTestingSelectionForUpdate L45239-45247; BOTO RestoreTestingSelectionForCreate.ValidationWindowHours (OQ-025)",
        SelectionPage)
    {
        Why = "ValidationWindowHours keeps the restored resource for a validation script, 0 to 168 hours; when it is omitted, the restored data is deleted right after the test.",
    };

    public static readonly Constraint OverrideKey = new(
        "BKP5116", "RTS-016", Severity.Warning,
        "RestoreMetadataOverrides keys are the overridable keys of the type",
        "RestoreMetadataOverrides has the key '{0}', which {1}. {2}.",
        "DG §RestoreTestingSelectionForCreate L44956-44962; §Restore testing inferred metadata L12546-12930",
        InferredMetadataPage)
    {
        Why = "Each resource type has its own list of overridable restore metadata keys (nested keys such as windowsConfiguration are top-level keys holding JSON). Keys are case-insensitive, so two keys that differ only in case are ambiguous.",
    };

    public static readonly Constraint FsxRequiredOverrides = new(
        "BKP5117", "RTS-017", Severity.Error,
        "FSx restore tests need some metadata overrides",
        "{0}; AWS Backup cannot infer a complete set of restore metadata for FSx, so the restore test fails without it. {1}.",
        "DG §Restore testing inferred metadata L12548-12553, L12649-12800",
        InferredMetadataPage)
    {
        Why = "FSx for Lustre and FSx for Windows File Server restores need subnetIds, Windows also windowsConfiguration.activeDirectoryId, and FSx for ONTAP needs ontapConfiguration.storageVirtualMachineId; FSx for OpenZFS needs none of them.",
    };

    public static readonly Constraint DefaultNetwork = new(
        "BKP5118", "RTS-018", Severity.Info,
        "Without network overrides, restore tests use the default VPC",
        "RestoreMetadataOverrides has no {0}, so {1} restore tests use the default VPC and its subnets; if those were deleted, every restore test fails. Set {0} if the account has no default VPC.",
        "DG §Restore testing inferred metadata L12566-12570; §Restore testing failure troubleshooting L12478-12500",
        InferredMetadataPage);

    public static readonly Constraint ArnMatchesType = new(
        "BKP5119", "RTS-019", Severity.Warning,
        "ProtectedResourceArns are resources of the selection's type",
        "ProtectedResourceArns[{0}] is '{1}', which {2}, but the selection's ProtectedResourceType is {3}; a selection tests one type only. Move the ARN to a selection of its type, or fix the ARN.",
        "[DERIVED] DG §CreateRestoreTestingSelection L25350; catalog table 1.1 (ARN shapes)",
        SelectionPage);

    // ---- XR: restore testing and backup plans ----

    public static readonly Constraint VaultsNotTested = new(
        "BKP7018", "XR-018", Severity.Warning,
        "The restore testing plan must include the vaults that hold the type's backups",
        "The backup plans of this account and Region store {0} recovery points in {1}, but the restore testing plan's RecoveryPointSelection {2}, so its {0} restore tests never use those recovery points. Add one of those vaults to IncludeVaults (or use '*'), or remove it from ExcludeVaults.",
        "DG §Recovery point determination L12263-12278; §RestoreTestingRecoveryPointSelection L44820-44824",
        RecoveryPointPage)
    {
        Why = "A protected resource is tested only when a recovery point of it lies in an included, non-excluded vault. If none of the vaults its backups go to qualifies, the restore testing selection silently tests nothing.",
    };

    public static readonly Constraint ContinuousOnlyType = new(
        "BKP7019", "XR-019", Severity.Warning,
        "CONTINUOUS alone finds nothing for types without continuous backups",
        "The restore testing plan's RecoveryPointTypes is CONTINUOUS only, but {0} has no continuous backups (point-in-time recovery), so no recovery point is ever eligible and nothing is tested. Add SNAPSHOT to RecoveryPointTypes, or test {0} in a plan that includes snapshots.",
        "DG §RestoreTestingPlanForCreate L44441-44445; §Feature availability by resource (catalog table 1.2); §Recovery point determination L12265-12268",
        RecoveryPointPage);

    public static readonly Constraint WindowShorterThanBackups = new(
        "BKP7020", "XR-020", Severity.Warning,
        "SelectionWindow should be longer than the gap between backups",
        "SelectionWindow is {0}, but the backup rules that can back up {1} ({2}) leave up to {3} days between backups, so at least {4} of the {5} restore test runs in a year find no {1} recovery point in the window and skip the resource. Set SelectionWindow to at least {3} days, or back up more often.",
        "DG §Recovery point determination L12265-12268",
        RecoveryPointPage)
    {
        Why = "Each test run restores one recovery point per resource from the last SelectionWindow days. When backups are rarer than the window, some runs find none and skip the resource without failing.",
    };

    public static IReadOnlyList<Constraint> All { get; } =
    [
        PlanNameRequired, PlanNamePattern, PlanNameUnique, ScheduleRequired, ScheduleGrammar, ScheduleForm, TimeZone,
        StartWindowRange, RecoveryPointSelectionRequired, Algorithm, RecoveryPointTypes, IncludeVaults, IncludeVaultsRedundant,
        ExcludeVaults, SelectionWindowRange, TooManyVaultSelectors, PlanTags, TooManyPlans, TooManySelections,
        RegionWithoutRestoreTesting,
        SelectionName, SelectionNameUnique, ProtectedResourceType, Role, RolePermissions, ArnsOrConditions,
        ProtectedResourceArns, ConditionsWithArns, ConditionOperator, TooManyConditions, ConditionKeyPrefix, ConditionKeyLength,
        ConditionValueCharacters, ConditionValueLength, ConditionsOnRecoveryPointTags, ValidationWindowRange, OverrideKey,
        FsxRequiredOverrides, DefaultNetwork, ArnMatchesType,
        VaultsNotTested, ContinuousOnlyType, WindowShorterThanBackups,
    ];
}
