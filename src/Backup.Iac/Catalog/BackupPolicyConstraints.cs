namespace Backup.Iac.Catalog;

/// <summary>The content of AWS Organizations backup policies (ORG, governance catalog §6.4): codes BKP6001-BKP6099.</summary>
internal static class BackupPolicyConstraints
{
    private const string Guide = "DG §Creating a backup policy";

    public static readonly Constraint Syntax = new(
        "BKP6001", "ORG-001", Severity.Error,
        "A backup policy follows the documented JSON syntax",
        "{0}. {1}. Every setting sits under its documented lower-case key with one operator, such as {{\"delete_after_days\": {{\"@@assign\": \"35\"}}}} (schemas/backup-policy.schema.json).",
        Guide + " L16355-16357 (example); Org syntax ref (plans, key names and value types); schemas/backup-policy.schema.json",
        Orgs.Syntax)
    {
        Why = "AWS Backup does not validate backup policies (L16459-16461): a part it cannot read is ignored, so a typo turns into a plan that never runs.",
    };

    public static readonly Constraint DuplicateKey = new(
        "BKP6002", "ORG-002", Severity.Error,
        "Keys of a backup policy are unique",
        "The key '{0}' appears more than once in {1} (AWS Organizations compares keys without case: '{2}'). Duplicate keys are rejected; give each plan, rule and selection its own name, or merge the entries.",
        Guide + " Warning L16268-16272; effective plan names in lower case L22672-22680",
        Orgs.Syntax);

    public static readonly Constraint PlanName = new(
        "BKP6003", "ORG-003", Severity.Error,
        "Policy plan names are 1 to 50 letters, digits, '-', '_' or '.'",
        "The plan key '{0}' becomes the backup plan's name, which must match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$. Rename the plan.",
        "DG §BackupPlanInput L41276-41282",
        Orgs.Syntax);

    public static readonly Constraint RuleCount = new(
        "BKP6004", "ORG-004", Severity.Error,
        "A policy plan has at most 10 rules",
        "The plan '{0}' has {1} rules{2}; with more than 10, AWS Backup ignores the whole plan and makes no backups. Move rules to another plan.",
        Guide + " L16288-16289",
        Orgs.CreatePolicy);

    public static readonly Constraint RuleName = new(
        "BKP6005", "ORG-005", Severity.Error,
        "Policy rule names are 1 to 50 letters, digits, '-', '_' or '.'",
        "The rule key '{0}' becomes the rule's name, which must match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$ (case sensitive). Rename the rule.",
        Guide + " L16291-16292; DG §BackupRuleInput L41598-41606; BOTO BackupRuleName",
        Orgs.Syntax);

    public static readonly Constraint Schedule = new(
        "BKP6006", "ORG-006", Severity.Error,
        "A policy rule's schedule_expression is an AWS cron expression, at most hourly",
        "schedule_expression '{0}' is not valid: {1}. {2}.",
        Guide + " L16366-16368; DG §Backup frequency L3128-3168; §BackupRuleInput L41683-41690",
        Orgs.Syntax);

    public static readonly Constraint TimeZone = new(
        "BKP6007", "ORG-007", Severity.Warning,
        "schedule_expression_timezone is not in the documented policy syntax",
        "schedule_expression_timezone ('{0}') is not a documented backup policy key; the documented schedules run in UTC, and AWS Backup may ignore the key. Write schedule_expression in UTC and remove the key.",
        "DG §BackupRuleInput L41683-41690; Org syntax ref (rules table)",
        Orgs.Syntax);

    public static readonly Constraint StartWindow = new(
        "BKP6008", "ORG-008", Severity.Error,
        "start_backup_window_minutes is 60 to 52,560,000",
        "start_backup_window_minutes is {0} minutes; it must be at least 60 and at most 52,560,000 (100 years). Set it to 60 or more, or remove it.",
        Guide + " L16369-16371; DG §BackupRuleInput L41692-41698",
        Orgs.Syntax);

    public static readonly Constraint CompletionWindow = new(
        "BKP6009", "ORG-009", Severity.Warning,
        "complete_backup_window_minutes is in minutes",
        "complete_backup_window_minutes is {0} minutes ({1}){2}. The value is in minutes: 7 days is 10080. Check the unit.",
        Guide + " L16372-16374 (604800 in the example); DG §BackupRuleInput L41620-41627; §Backup rules L3148-3153 (GOQ-19)",
        Orgs.Syntax);

    public static readonly Constraint VaultName = new(
        "BKP6010", "ORG-010", Severity.Error,
        "Every effective rule names a valid target vault",
        "{0}. Set target_backup_vault_name to the name (2 to 50 letters, digits, '-' or '_') of a vault that exists in every account and Region of the plan.",
        Guide + " L16375-16377; DG §BackupRuleInput L41608-41618",
        Orgs.Syntax);

    public static readonly Constraint VaultMissingInAccount = new(
        "BKP6011", "ORG-011", Severity.Warning,
        "The target vault exists in every account and Region of the plan",
        "The effective plan '{0}' of account {1} backs up into the vault '{2}' in {3}, but this app's stack for that account and Region has no vault named so. AWS Backup does not check; the backups fail. Add the vault to that stack (or a StackSet), or correct the name.",
        Guide + " L16301-16303; L16322-16323",
        Orgs.CreatePolicy);

    public static readonly Constraint AirGappedTarget = new(
        "BKP6012", "ORG-012", Severity.Warning,
        "target_backup_vault_name names a standard vault",
        "target_backup_vault_name '{0}' is the name of {1}, a logically air-gapped vault. Back up into a standard vault here, and name the air-gapped vault with target_logically_air_gapped_backup_vault_arn (arn:aws:backup:$region:$account:backup-vault:{0}).",
        "DG §Logically air-gapped vaults L4461-4462; Org syntax ref (rules table); BOTO BackupRuleInput.TargetLogicallyAirGappedBackupVaultArn",
        Orgs.Syntax);

    public static readonly Constraint Lifecycle = new(
        "BKP6013", "ORG-013", Severity.Error,
        "A policy lifecycle keeps cold storage 90 days and retention within 1 to 36,500 days",
        "{0}. {1}. Keep delete_after_days between 1 and 36,500 days, and at least 90 days after move_to_cold_storage_after_days.",
        Guide + " L16388-16395; DG §BackupRuleInput L41646-41661; §Lifecycle L43052-43055; §Lifecycle and storage tiers L3227-3230; BOTO Lifecycle.DeleteAfterDays",
        Orgs.Syntax)
    {
        Why = "A recovery point must stay in cold storage for at least 90 days; AWS rejects a plan whose delete_after_days is less than move_to_cold_storage_after_days + 90, so the whole plan is not created in the accounts.",
    };

    public static readonly Constraint ColdStorageTypes = new(
        "BKP6014", "ORG-014", Severity.Warning,
        "Cold storage applies to few resource types",
        "The rule '{0}' moves recovery points to cold storage, but the plan selects only {1}, which do not support cold storage; AWS Backup ignores move_to_cold_storage_after_days for them. Remove it, or select a type that supports cold storage (EFS, DynamoDB with advanced features, EBS, VMware, ...).",
        "DG §BackupRuleInput L41655-41659; §Feature availability by resource L380-712",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint Continuous = new(
        "BKP6015", "ORG-015", Severity.Error,
        "Continuous backups are kept 1 to 35 days",
        "The rule enables continuous backup and keeps recovery points {0} days; continuous backups can be kept for 1 to 35 days (AWS Backup rejects the effective plan, event InvalidOrganizationBackupPlan). Set delete_after_days to 35 or less, or use a snapshot rule for longer retention.",
        "DG §Lifecycle and storage tiers L3227-3231; §Changing your retention period L5786; §Logging cross-account management events L22756-22768; Org syntax ref",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint RecoveryPointTags = new(
        "BKP6016", "ORG-016", Severity.Error,
        "recovery_point_tags entries have tag_key and tag_value; at most 50",
        "{0}. Give each entry a tag_key and a tag_value under @@assign, and use at most 50 tags.",
        Guide + " L16378-16387; DG §AWS Backup quotas L20749-20756",
        Orgs.Syntax);

    public static readonly Constraint CopyTarget = new(
        "BKP6017", "ORG-017", Severity.Error,
        "A copy action names its destination vault ARN",
        "The copy action '{0}' has no target_backup_vault_arn and its key is not a vault ARN, so there is no destination. Key the copy action by the destination vault ARN and set target_backup_vault_arn to the same ARN.",
        Guide + " L16396-16410; Org syntax ref (copy_actions)",
        Orgs.Syntax);

    public static readonly Constraint CopyTargetMismatch = new(
        "BKP6067", "ORG-017", Severity.Warning,
        "A copy action's key is its destination vault ARN",
        "{0}. Key the copy action by the destination vault ARN and set target_backup_vault_arn to exactly the same ARN.",
        Guide + " L16396-16410; Org syntax ref (copy_actions: a missing target_backup_vault_arn falls back to the key in lower case)",
        Orgs.Syntax);

    public static readonly Constraint CopyArn = new(
        "BKP6018", "ORG-018", Severity.Error,
        "target_backup_vault_arn is a backup vault ARN",
        "target_backup_vault_arn '{0}' is not a backup vault ARN. Write arn:<partition>:backup:<region>:<account ID or $account>:backup-vault:<name>.",
        Guide + " L16397-16401; DG §CopyAction L42344-42347",
        Orgs.Syntax);

    public static readonly Constraint CopyLifecycle = new(
        "BKP6019", "ORG-019", Severity.Error,
        "A copy action's lifecycle follows the lifecycle rules",
        "{0}. {1}. A copy's lifecycle follows the same limits as the rule's: 1 to 36,500 days, and at least 90 days in cold storage.",
        "DG §CopyAction L42349-42360; " + Guide + " L16402-16409",
        Orgs.Syntax);

    public static readonly Constraint CrossAccountCopy = new(
        "BKP6020", "ORG-020", Severity.Info,
        "A copy to another account needs that account's vault policy and cross-account backup",
        "The copy action copies to account {0}. The destination account must be in the same organization, its vault's access policy must allow backup:CopyIntoBackupVault from the source accounts, and the management account must turn on cross-account backup. Check these, or use $account to copy within each account.",
        "DG §Creating backup copies across AWS accounts L8789-8791; L8820-8825; L8836-8855",
        Docs.DevGuide + "create-cross-account-backup.html");

    public static readonly Constraint CrossAccountCold = new(
        "BKP6021", "ORG-021", Severity.Warning,
        "Cross-account copies and cold storage",
        "The copy action copies to account {0} and moves the copies to cold storage after {1} days. The guide says cross-account copies are not supported for storage in cold tiers; check that the copied resource types allow it, or remove move_to_cold_storage_after_days.",
        "DG §Creating backup copies across AWS accounts L8799; Org syntax ref (example 1); core COPY-008",
        Docs.DevGuide + "create-cross-account-backup.html");

    public static readonly Constraint RdsCopy = new(
        "BKP6022", "ORG-022", Severity.Warning,
        "RDS, Aurora, DocumentDB and Neptune copies cross one boundary at a time",
        "The plan selects {0}, and the copy action to '{1}' is both cross-Region and cross-account; for RDS, Aurora, DocumentDB and Neptune one copy cannot do both (and RDS Multi-AZ clusters support neither). Copy across Regions within the account first, then across accounts in another rule.",
        "DG §Feature availability by resource L720-725",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint Placeholders = new(
        "BKP6023", "ORG-023", Severity.Warning,
        "$account and $region are replaced only inside ARNs",
        "{0}. AWS Backup replaces $account only in ARN settings (iam_role_arn, target_backup_vault_arn, copy action keys, target_logically_air_gapped_backup_vault_arn) and $region only in target_logically_air_gapped_backup_vault_arn; elsewhere the text stays as written.",
        Guide + " L16397-16418; Org syntax ref ($account)",
        Orgs.Syntax);

    public static readonly Constraint Regions = new(
        "BKP6024", "ORG-024", Severity.Error,
        "An effective plan lists valid Regions",
        "{0}. List the Region codes (such as us-east-1) where the plan should run.",
        Guide + " L16358-16363; L16468-16470",
        Orgs.Syntax);

    public static readonly Constraint RegionWithoutManagement = new(
        "BKP6074", "ORG-024", Severity.Info,
        "Backup policies work only where cross-account management is available",
        "regions lists {0}, where AWS Backup cross-account management (backup policies) is not available according to the guide's Region table; no plan is created there. Remove the Region, or check the current availability.",
        "DG §Feature availability by AWS Region L740-1004 (Appendix A); §Managing AWS Backup resources across multiple AWS accounts L16028-16031",
        Docs.DevGuide + "backup-feature-availability.html#features-by-region");

    public static readonly Constraint Selections = new(
        "BKP6025", "ORG-025", Severity.Error,
        "An effective plan selects resources with complete selections",
        "{0}. Add a selection under selections.tags with iam_role_arn, tag_key and tag_value (or under selections.resources).",
        Guide + " L16414-16430; L16468-16470; DG §Logging cross-account management events L22676-22681; Org syntax ref (selections)",
        Orgs.Syntax);

    public static readonly Constraint RoleArn = new(
        "BKP6026", "ORG-026", Severity.Warning,
        "iam_role_arn is the ARN of a role that exists in every account",
        "iam_role_arn '{0}' {1}. Write arn:aws:iam::$account:role/<name> (for the default role, arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole), and create the role in every account; AWS Backup does not check it.",
        Guide + " L16308-16323; DG §AWS Backup and AWS CloudFormation L16549-16552",
        Orgs.CreatePolicy);

    public static readonly Constraint SelectionTags = new(
        "BKP6027", "ORG-027", Severity.Error,
        "A policy selection has at most 30 tag values",
        "The selection '{0}' has {1} tag values{2}; a selection created by a backup policy allows at most 30, and beyond that the plan becomes invalid and is removed from the account. Split the values into several selections or plans.",
        Guide + " L16325-16334; DG §AWS Backup quotas L20761-20766",
        Orgs.CreatePolicy);

    public static readonly Constraint AdvancedSettings = new(
        "BKP6028", "ORG-028", Severity.Error,
        "advanced_backup_settings has only ec2.windows_vss: enabled or disabled",
        "{0}. The only advanced backup setting is \"advanced_backup_settings\": {{\"ec2\": {{\"windows_vss\": {{\"@@assign\": \"enabled\"}}}}}} (or \"disabled\").",
        Guide + " L16336-16353; DG §AdvancedBackupSetting L40772-40812; Org syntax ref (advanced backup settings)",
        Orgs.Syntax);

    public static readonly Constraint WindowsVss = new(
        "BKP6078", "ORG-028", Severity.Warning,
        "Windows VSS backups need permissions and a supported instance",
        "The plan '{0}' enables Windows VSS. The role must also have the permissions for application-consistent backups, and not every instance type or application supports VSS. Check the role in every account, or acknowledge this warning.",
        Guide + " L16336-16353; DG §Creating Windows VSS backups",
        Docs.DevGuide + "windows-backups.html");

    public static readonly Constraint PlanTags = new(
        "BKP6029", "ORG-029", Severity.Error,
        "backup_plan_tags entries have tag_key and tag_value",
        "The plan tag '{0}' has no {1}. Give each backup_plan_tags entry a tag_key and a tag_value under @@assign.",
        Guide + " L16432-16441",
        Orgs.Syntax);

    public static readonly Constraint NumbersAsStrings = new(
        "BKP6030", "ORG-030", Severity.Warning,
        "Numbers in a backup policy are written as strings",
        "{0} is written as the JSON number {1}; the documented policies write numbers as strings. Write \"{1}\".",
        Guide + " L16369-16395 (\"60\", \"365\"); Org syntax ref (example 5: booleans may be JSON booleans)",
        Orgs.Syntax);

    public static readonly Constraint OptInSettings = new(
        "BKP6031", "ORG-031", Severity.Info,
        "Org-managed plans use the management account's opt-in settings",
        "The stack of account {0} sets Region settings (service opt-in), but the plans that backup policies create there use the opt-in settings of the management account {1}. Set the opt-in for org-managed plans in the management account.",
        "DG §Managing AWS Backup resources across multiple AWS accounts L16042-16048; §Delegated administrator L16126-16127; §Resource opt-in rules L16514-16523",
        Docs.DevGuide + "manage-cross-account.html");

    public static readonly Constraint LocalPlans = new(
        "BKP6032", "ORG-032", Severity.Warning,
        "Policy plans and local plans both run",
        "Account {0} gets the policy plan '{1}' that selects resources tagged {2}, and its stack also has the local plan {3} selecting the same tag. Both plans run and both keep backups. Remove one, or acknowledge this warning if both are intended.",
        Guide + " L16462-16467",
        Docs.DevGuide + "manage-cross-account.html");

    public static readonly Constraint UnknownKey = new(
        "BKP6033", "ORG-033", Severity.Error,
        "Backup policies use the documented keys",
        "'{0}' is not a key of {1}. {2}Known keys: {3}.",
        "Org syntax ref (plans, rules, selections, advanced backup settings, scan settings); DG §Logging cross-account management events L22676-22681",
        Orgs.Syntax);

    public static readonly Constraint PlanQuota = new(
        "BKP6034", "ORG-034", Severity.Warning,
        "An account holds at most 300 backup plans per Region",
        "Account {0} gets {1} plans from backup policies in {2}; each counts toward the quota of 300 backup plans per Region per account (adjustable). Merge plans, or raise the quota.",
        "DG §AWS Backup quotas L20692-20696; §Managing AWS Backup resources across multiple AWS accounts L16004-16008",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint ResourceSelection = new(
        "BKP6035", "ORG-035", Severity.Error,
        "A resource selection has iam_role_arn and resource_types",
        "{0}. Give each selections.resources entry an iam_role_arn and resource_types (ARN patterns, or \"*\").",
        "Org syntax ref (selections, supported resource types)",
        Orgs.Syntax);

    public static readonly Constraint ResourceTypePattern = new(
        "BKP6085", "ORG-035", Severity.Warning,
        "resource_types are ARN patterns of documented services",
        "resource_types has '{0}'{1}. Use an ARN pattern such as arn:aws:ec2:*:*:volume/* of a supported service (gateway VMs, CloudFormation, DynamoDB, EC2, EBS, EFS, RDS and Aurora, Redshift, S3, SAP HANA, Storage Gateway, Timestream, FSx), or \"*\".",
        "Org syntax ref (supported resource types)",
        Orgs.Syntax);

    public static readonly Constraint AirGappedArn = new(
        "BKP6036", "ORG-036", Severity.Warning,
        "target_logically_air_gapped_backup_vault_arn uses $region and $account",
        "target_logically_air_gapped_backup_vault_arn '{0}' {1}. The policy runs in many accounts and Regions; write arn:aws:backup:$region:$account:backup-vault:<name>.",
        "Org syntax ref (rules table); BOTO BackupRuleInput.TargetLogicallyAirGappedBackupVaultArn",
        Orgs.Syntax);

    public static readonly Constraint IndexScan = new(
        "BKP6037", "ORG-037", Severity.Error,
        "Index and scan actions use documented values",
        "{0} is '{1}'; the allowed values are {2}. Use one of them.",
        "Org syntax ref (rules table, scan settings); BOTO IndexAction, ScanAction, ScanSetting",
        Orgs.Syntax);

    public static readonly Constraint ScanWithoutSettings = new(
        "BKP6087", "ORG-037", Severity.Warning,
        "scan_actions need the plan's scan_settings",
        "The rule '{0}' has scan_actions, but the plan has no scan_settings, so no scan job starts. Add scan_settings to the plan (scanner, resource types and scanner role).",
        "Org syntax ref (scan settings); BOTO ScanSetting",
        Orgs.Syntax);

    public static IReadOnlyList<Constraint> All { get; } =
    [
        Syntax, DuplicateKey, PlanName, RuleCount, RuleName, Schedule, TimeZone, StartWindow, CompletionWindow, VaultName,
        VaultMissingInAccount, AirGappedTarget, Lifecycle, ColdStorageTypes, Continuous, RecoveryPointTags, CopyTarget, CopyTargetMismatch,
        CopyArn, CopyLifecycle, CrossAccountCopy, CrossAccountCold, RdsCopy, Placeholders, Regions, RegionWithoutManagement, Selections,
        RoleArn, SelectionTags, AdvancedSettings, WindowsVss, PlanTags, NumbersAsStrings, OptInSettings, LocalPlans, UnknownKey, PlanQuota,
        ResourceSelection, ResourceTypePattern, AirGappedArn, IndexScan, ScanWithoutSettings,
    ];
}
