namespace Backup.Iac.Catalog;

/// <summary>Backup plans (PLAN): codes BKP2001-BKP2099.</summary>
internal static class PlanConstraints
{
    public static readonly Constraint NameRequired = new(
        "BKP2001", "PLAN-001", Severity.Error,
        "A backup plan needs a name",
        "BackupPlanName is empty. Set it to 1 to 50 letters, digits, '-', '_' or '.', or leave it unset to use the construct ID.",
        "DG §BackupPlanInput L41278-41284; BOTO BackupPlanInput (required); CFN aws-backup-backupplan.json (required)",
        Docs.DevGuide + "API_BackupPlanInput.html");

    public static readonly Constraint NamePattern = new(
        "BKP2002", "PLAN-002", Severity.Error,
        "Backup plan names are 1 to 50 letters, digits, '-', '_' or '.'",
        "BackupPlanName '{0}' does not match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$ ({1}). Use 1 to 50 letters, digits, '-', '_' or '.', and set BackupPlanName when the construct ID does not fit.",
        "DG §BackupPlanInput L41280; §BackupPlan L41236; BOTO BackupPlanInput.BackupPlanName (prose only)",
        Docs.DevGuide + "API_BackupPlanInput.html")
    {
        Why = "Neither the API model nor the CloudFormation schema carries a pattern, so cfn-lint accepts any name; the API reference states the rule in prose.",
    };

    public static readonly Constraint NameUnique = new(
        "BKP2004", "PLAN-004", Severity.Warning,
        "Backup plan names are unique per account and Region",
        "BackupPlanName '{0}' is also used by plan '{1}' of stack '{2}', which deploys to the same account and Region. AWS Backup requires a unique plan name and rejects a plan that already exists. Give one of the plans another BackupPlanName.",
        "DG §Backup plan options and configuration L3083-3088; §CreateBackupPlan L23791-23792; §Getting started 3 L2416-2417 (OQ-031)",
        Docs.DevGuide + "API_CreateBackupPlan.html");

    public static readonly Constraint RulesRequired = new(
        "BKP2005", "PLAN-005", Severity.Error,
        "A backup plan needs at least one rule",
        "The plan has no rules. Add at least one BackupPlanRule to Rules (or with AddRule), for example BackupPlanRule.Daily().",
        "DG §BackupPlanInput L41286-41293; §Backup plan options L3092; CFN aws-backup-backupplan.json (BackupPlanRule required)",
        Docs.DevGuide + "API_BackupPlanInput.html")
    {
        TemplateMessage = "The plan has no rules. Add at least one entry to BackupPlan.BackupPlanRule, with a RuleName, a TargetBackupVault and a ScheduleExpression.",
    };

    public static readonly Constraint TooManyRules = new(
        "BKP2006", "PLAN-006", Severity.Warning,
        "More than 10 rules in one plan",
        "The plan has {0} rules. AWS documents at most 10 rules per plan for plans created by backup policies, which are ignored above that; no limit is documented for CloudFormation. Keep at most 10 rules, or split the plan.",
        "DG §Creating a backup policy L16288-16289 (OQ-029)",
        Docs.DevGuide + "manage-cross-account.html");

    public static readonly Constraint RuleNamesUnique = new(
        "BKP2007", "PLAN-007", Severity.Error,
        "Rule names are unique within a plan",
        "The rules at index {0} and {1} are both named '{2}'. Rule names must be unique within a plan (and are case-sensitive). Rename one of the rules with RuleName.",
        "[NIS]; DG §Creating a backup policy L16270-16272 (duplicate keys rejected in backup policies)",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint AdvancedSettingResourceType = new(
        "BKP2008", "PLAN-008", Severity.Error,
        "Advanced backup settings exist only for EC2 and S3",
        "AdvancedBackupSettings[{0}].ResourceType is '{1}', but advanced backup settings exist only for EC2 (Windows VSS) and S3 (ACLs and object tags). Set ResourceType to EC2 or S3, or remove the entry.",
        "DG §AdvancedBackupSetting L40805-40827; BOTO AdvancedBackupSetting.ResourceType, AdvancedBackupSetting.BackupOptions (OQ-055)",
        Docs.DevGuide + "API_AdvancedBackupSetting.html");

    public static readonly Constraint AdvancedSettingOptions = new(
        "BKP2009", "PLAN-009", Severity.Error,
        "Advanced backup options are documented keys with 'enabled' or 'disabled'",
        "AdvancedBackupSettings[{0}].BackupOptions has '{1}' = '{2}': {3}. AWS Backup rejects an invalid option with InvalidParameterValueException. Allowed for {4}: {5}.",
        "DG §AdvancedBackupSetting L40779-40801; §StartBackupJob L34976-34986; BOTO AdvancedBackupSetting.BackupOptions",
        Docs.DevGuide + "API_AdvancedBackupSetting.html")
    {
        Why = "Keys and values must match ^[a-zA-Z0-9\\-\\_\\.]{1,50}$. EC2 takes WindowsVSS; S3 takes BackupACLs and BackupObjectTags (the current developer guide page spells them S3BackupACLs and S3BackupObjectTags, so both spellings are accepted).",
    };

    public static readonly Constraint AdvancedSettingDuplicate = new(
        "BKP2010", "PLAN-010", Severity.Warning,
        "One advanced backup setting per resource type",
        "AdvancedBackupSettings[{0}] and AdvancedBackupSettings[{1}] are both for {2}; which one AWS Backup applies is not documented. Merge their BackupOptions into one entry.",
        "[DERIVED] from DG §AdvancedBackupSetting L40775-40827 (one options map per resource type)",
        Docs.DevGuide + "API_AdvancedBackupSetting.html");

    public static readonly Constraint WindowsVssBestEffort = new(
        "BKP2011", "PLAN-011", Severity.Info,
        "Windows VSS backups are best effort",
        "AdvancedBackupSettings[{0}] enables Windows VSS. VSS needs Windows EC2 instances with the SSM agent, the VSS components and an instance IAM role; without them a job ends 'Completed with issues' with only a crash-consistent backup, and some small instance types are not supported. Check the prerequisites on the selected instances.",
        "DG §Creating Windows VSS backups L8416-8505",
        Docs.DevGuide + "windows-backups.html");

    public static readonly Constraint PlanTags = new(
        "BKP2013", "PLAN-013", Severity.Warning,
        "Plan tags keep to the AWS tag limits",
        "The plan Tags break an AWS tag limit: {0}. AWS tags have keys of 1 to 128 characters that do not start with 'aws:', values of at most 256 characters, and at most 50 tags per resource. Fix or remove the tag.",
        "DG §CreateBackupPlan L23862-23870; §Backup plan options L3358-3361; CFN aws-backup-backupplan.json (BackupPlanTags keys ^.{1,128}$); other tag limits [NIS]",
        Docs.DevGuide + "API_CreateBackupPlan.html");

    public static readonly Constraint TooManySelections = new(
        "BKP2015", "PLAN-015", Severity.Error,
        "At most 100 selections per plan",
        "The plan has {0} selections (resource assignments); AWS Backup allows at most 100 per plan and this quota cannot be raised. Combine selections (for example by tag) or split the plan.",
        "DG §AWS Backup quotas L20704-20706",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint TooManyPlans = new(
        "BKP2016", "PLAN-016", Severity.Warning,
        "At most 300 plans per account and Region",
        "This is plan number {0} of {1} in {2}; AWS Backup allows 300 plans per account and Region by default. Request a quota increase before deploying, or combine plans.",
        "DG §AWS Backup quotas L20692-20694",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint OverlappingStartWindows = new(
        "BKP2020", "PLAN-020", Severity.Warning,
        "Rules of a plan whose start windows overlap",
        "Rule '{0}' ({1}) and rule '{2}' ({3}) have overlapping start windows. AWS Backup then keeps only the backup of the rule with the longer retention, and the other rule takes no backup in that window. Move one rule's Schedule or shorten its StartWindow so that the windows do not overlap, or merge the rules.",
        "DG §Backup plan options L3116-3120; §Overlapping backup rules L3179-3210",
        Docs.DevGuide + "creating-a-backup-plan.html")
    {
        Why = "Reported only when the overlap is certain: two snapshot rules in the same time zone with identical schedules, or that run on exactly the same days at fixed times whose start windows intersect. A weekly or monthly rule at the time of a daily rule is AWS's intended pattern and is not reported.",
    };

    public static readonly Constraint ContinuousRulesDifferentVaults = new(
        "BKP2021", "PLAN-021", Severity.Error,
        "Continuous rules of a plan target one vault",
        "Continuous rules '{0}' (vault '{1}') and '{2}' (vault '{3}') back up into different vaults; AWS Backup rejects such a plan as not valid. Point every rule with EnableContinuousBackup at the same Vault, or keep only one continuous rule.",
        "DG §Overlapping continuous backups on the same resource L5811-5817",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint ContinuousRulesSameVault = new(
        "BKP2022", "PLAN-022", Severity.Warning,
        "Only one continuous rule per plan takes effect",
        "Continuous rules '{0}' and '{1}' both back up into vault '{2}'; AWS Backup creates continuous backups only for the rule with the longest retention and disregards the others. Keep one rule with EnableContinuousBackup.",
        "DG §Overlapping continuous backups on the same resource L5811-5814",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint ScanSettingIsValid = new(
        "BKP2023", "PLAN-023", Severity.Error,
        "Scan settings name GuardDuty, scannable types and a role",
        "ScanSettings[{0}] is not valid: {1}. A scan setting needs MalwareScanner GUARDDUTY, ResourceTypes from EBS, EC2 and S3 (each at most once) and the ARN of an IAM role as ScannerRoleArn.",
        "BOTO ScanSetting, MalwareScanner, ScanResourceType; CFN aws-backup-backupplan.json (ResourceTypes uniqueItems)",
        Docs.DevGuide + "API_ScanSetting.html");

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NameRequired, NamePattern, NameUnique, RulesRequired, TooManyRules, RuleNamesUnique, AdvancedSettingResourceType,
        AdvancedSettingOptions, AdvancedSettingDuplicate, WindowsVssBestEffort, PlanTags, TooManySelections, TooManyPlans,
        OverlappingStartWindows, ContinuousRulesDifferentVaults, ContinuousRulesSameVault, ScanSettingIsValid,
    ];
}
