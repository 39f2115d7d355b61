namespace Backup.Iac.Catalog;

/// <summary>Backup rules (RULE), including schedules: codes BKP2101-BKP2199.</summary>
internal static class RuleConstraints
{
    public static readonly Constraint NameRequired = new(
        "BKP2101", "RULE-001", Severity.Error,
        "A rule needs a name",
        "RuleName is empty. Set RuleName to 1 to 50 letters, digits, '-', '_' or '.', or leave it unset to use the default name.",
        "DG §BackupRuleInput L41598-41606; BOTO BackupRuleInput (required RuleName)",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint NamePattern = new(
        "BKP2102", "RULE-002", Severity.Error,
        "Rule names are 1 to 50 letters, digits, '-', '_' or '.'",
        "The rule name '{0}' does not match ^[a-zA-Z0-9\\-\\_\\.]{{1,50}}$ ({1}). {2}.",
        "DG §BackupRuleInput L41600-41604; §Backup rule name L3125-3126; BOTO BackupRuleName",
        Docs.DevGuide + "API_BackupRuleInput.html")
    {
        Why = "The rule name is matched against the API pattern; names are case sensitive. A default name is built from the plan's construct ID, so an ID with spaces gives an invalid default.",
    };

    public static readonly Constraint VaultRequired = new(
        "BKP2103", "RULE-003", Severity.Error,
        "A rule needs a target vault",
        // Since issue 16 a C# plan creates its vault (Plan/Vault, as the AWS CDK) for rules that name none: only a
        // template reaches this, so the message is worded for one.
        "The rule has no TargetBackupVault; every rule needs a target backup vault. Set TargetBackupVault to the vault's name, for example !Ref of an AWS::Backup::BackupVault.",
        "DG §BackupRuleInput L41608-41618; BOTO BackupRuleInput (required TargetBackupVaultName)",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint VaultNamePattern = new(
        "BKP2104", "RULE-004", Severity.Error,
        "A rule's target vault must be a valid vault name",
        "The rule's vault name '{0}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$ ({1}); a rule's TargetBackupVault takes a vault name, not an ARN. {2}.",
        "DG §BackupRuleInput L41608-41616; BOTO BackupVaultName; CFN aws-backup-backupvault.json",
        Docs.DevGuide + "API_BackupRuleInput.html")
    {
        Why = "CloudFormation's TargetBackupVault is the vault name. Passing a vault ARN (or a string that only looks like one) fails the name pattern at deploy time.",
    };

    public static readonly Constraint ScheduleNotCron = new(
        "BKP2105", "RULE-005", Severity.Error,
        "A schedule must be written cron(<6 fields>)",
        "Schedule '{0}' is not an AWS cron expression: {1}. {2}.",
        "DG §BackupRule L41541-41549; §Backup window L3156-3160; BOTO BackupRuleInput.ScheduleExpression",
        Docs.DevGuide + "creating-a-backup-plan.html")
    {
        Why = "AWS Backup takes a cron expression with six fields: minutes, hours, day-of-month, month, day-of-week and year. An omitted schedule is valid: AWS Backup then uses cron(0 5 ? * * *).",
    };

    public static readonly Constraint ScheduleIsRate = new(
        "BKP2155", "RULE-005", Severity.Warning,
        "AWS Backup documents only cron schedules, not rate()",
        "Schedule '{0}' is a rate expression, but AWS Backup documents only cron expressions for backup rules. Write it as a cron expression{1}.",
        "DG §BackupRule L41541-41549; §Backup window L3156-3160; BOTO BackupRuleInput.ScheduleExpression (OQ-009)",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint CronGrammar = new(
        "BKP2106", "RULE-006", Severity.Error,
        "Each cron field must follow the AWS cron grammar",
        "Schedule '{0}' is not a valid AWS cron expression: {1}. {2}.",
        "EventBridge cron expressions (not in seeds); DG §Backup window L3156-3157; §Creating backup plans using the AWS CLI L3075-3076",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html")
    {
        Why = "Minutes 0-59, hours 0-23, day-of-month 1-31, month 1-12 or JAN-DEC, day-of-week 1-7 or SUN-SAT, year 1970-2199. "
            + "'?' goes in exactly one of day-of-month and day-of-week; L in both, W in day-of-month, # in day-of-week.",
    };

    public static readonly Constraint NumericDayOfWeek = new(
        "BKP2107", "RULE-007", Severity.Warning,
        "Numeric days of the week count from 1 = Sunday",
        "The day-of-week field '{0}' of Schedule uses numbers, which AWS counts from 1 (Sunday) to 7 (Saturday), not 0-6 as Unix cron does: it means {1}. {2}.",
        "DG §Creating backup plans using the AWS CLI L3075-3076; BLOG L50",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html")
    {
        Why = "A Unix habit such as 1-5 for Monday to Friday means Sunday to Thursday in AWS cron. Day names (MON-FRI) cannot be misread.",
    };

    public static readonly Constraint MoreThanHourly = new(
        "BKP2108", "RULE-008", Severity.Error,
        "Snapshot backups run at most once an hour",
        "The minutes field '{0}' of Schedule fires {1} times an hour, but AWS Backup takes snapshot backups at most once an hour, so the minutes field must be a single minute. Use one minute, e.g. {2}.",
        "DG §Backup frequency L3130-3134; §Continuous backups and PITR L5505; FAQ L72; BOTO BackupRule.ScheduleExpression",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint HoursStepAcrossMidnight = new(
        "BKP2109", "RULE-009", Severity.Warning,
        "An hours step restarts at midnight",
        "The hours field '{0}' of Schedule runs {1} a day, not every {2} round the clock: AWS Backup evaluates cron expressions per day, between 00:00 and 23:59, so the step restarts at midnight. {3}.",
        "DG §Backup window L3162-3164",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint TimeZone = new(
        "BKP2110", "RULE-010", Severity.Error,
        "ScheduleTimeZone must be an IANA time zone ID",
        "ScheduleTimeZone '{0}' is not an IANA time zone ID (IDs are case-sensitive, e.g. America/Los_Angeles). {1}.",
        "DG §BackupRuleInput L41683-41690; §Creating backup plans using the AWS CLI L3049-3058, L3076-3077",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint StartWindowTooShort = new(
        "BKP2111", "RULE-011", Severity.Error,
        "StartWindow is at least 60 minutes",
        "StartWindow ({0}) must be at least 60 minutes. Set StartWindow to Duration.Minutes(60) or more, or remove it to use AWS Backup's default of 8 hours.",
        "DG §BackupRuleInput L41694-41696; §StartBackupJob L35074-35076; BOTO BackupRuleInput.StartWindowMinutes",
        Docs.DevGuide + "API_BackupRuleInput.html")
    {
        TemplateMessage = "StartWindowMinutes ({0}) must be at least 60. Set StartWindowMinutes to 60 or more, or remove it to use AWS Backup's default of 8 hours.",
    };

    public static readonly Constraint StartWindowTooLong = new(
        "BKP2112", "RULE-012", Severity.Error,
        "StartWindow is at most 100 years",
        "StartWindow ({0}) is longer than 52,560,000 minutes (100 years). Set a shorter StartWindow.",
        "DG §BackupRuleInput L41698; BOTO BackupRuleInput.StartWindowMinutes",
        Docs.DevGuide + "API_BackupRuleInput.html");

    public static readonly Constraint CompletionWindowTooLong = new(
        "BKP2113", "RULE-013", Severity.Error,
        "CompletionWindow is at most 100 years",
        "CompletionWindow ({0}) is longer than 52,560,000 minutes (100 years). Set a shorter CompletionWindow.",
        "DG §StartBackupJob L35052-35063; §BackupRuleInput L41620-41627",
        Docs.DevGuide + "API_StartBackupJob.html");

    public static readonly Constraint CompletionWindowNotPositive = new(
        "BKP2163", "RULE-013", Severity.Error,
        "CompletionWindow is a positive number of minutes",
        "CompletionWindow ({0}) is not positive; AWS Backup counts it in minutes from the scheduled time. Set a CompletionWindow of at least 2 hours (StartWindow plus 60 minutes), or leave it unset for AWS's 7 days.",
        "DG §StartBackupJob L35052-35063; §BackupRuleInput L41620-41627",
        Docs.DevGuide + "API_StartBackupJob.html");

    public static readonly Constraint CompletionBeforeStart = new(
        "BKP2114", "RULE-014", Severity.Error,
        "CompletionWindow is at least StartWindow plus 60 minutes",
        "CompletionWindow ({0}) must be at least 60 minutes longer than StartWindow ({1}). Set CompletionWindow to {2} or more, or shorten StartWindow.",
        "[NIS] service rule documented by community tooling (OQ-007, OQ-048); DG §StartBackupJob L35052-35060; §Assigning resources using AWS CloudFormation L4054-4059",
        Docs.DevGuide + "API_StartBackupJob.html")
    {
        Why = "The completion window counts from the scheduled time, like the start window, so it must leave at least an hour for the job after the latest start.",
    };

    public static readonly Constraint CompletionBeforeDefaultStart = new(
        "BKP2164", "RULE-014", Severity.Warning,
        "CompletionWindow is at least StartWindow plus 60 minutes, counting defaults",
        "{0} ({1}) and the default {2} ({3}) leave CompletionWindow less than 60 minutes longer than StartWindow. {4}.",
        "[NIS] service rule documented by community tooling (OQ-007, OQ-048); DG §Backup window L3150-3152; §StartBackupJob L35052-35060",
        Docs.DevGuide + "API_StartBackupJob.html");

    public static readonly Constraint CompletionWindowFsx = new(
        "BKP2115", "RULE-015", Severity.Warning,
        "CompletionWindow does not apply to Amazon FSx",
        "CompletionWindow ({0}) does not apply to Amazon FSx, and the plan's selections include FSx ('{1}'): FSx backup jobs are not cancelled when the window ends. Keep the window for the other types, and do not rely on it to bound FSx backups.",
        "DG §Backup window L3154",
        Docs.DevGuide + "creating-a-backup-plan.html");

    public static readonly Constraint ContinuousNotApplicable = new(
        "BKP2118", "RULE-018", Severity.Warning,
        "Continuous backup needs a continuous-capable resource type",
        "EnableContinuousBackup is true, but the plan's selections can pick only {0}, none of which supports continuous backup (S3, RDS DB instances, Aurora, SAP HANA on Amazon EC2): AWS Backup takes snapshot backups instead. Select a continuous-capable type, or set EnableContinuousBackup to false.",
        "DG §BackupRule L41496-41502; §Supported services for continuous backup L5536-5610; §Point-in-time recovery considerations L5822-5823",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint ContinuousRetention = new(
        "BKP2119", "RULE-019", Severity.Error,
        "Continuous backups are kept 1 to 35 days",
        "Lifecycle.DeleteAfter ({0}) is outside 1 to 35 days, the retention of continuous backups (EnableContinuousBackup is true). Set DeleteAfter to Duration.Days(1) to Duration.Days(35), or use a snapshot rule for longer retention.",
        "DG §Lifecycle and storage tiers L3228-3230; §Changing your retention period L5783-5786; L5500-5501",
        Docs.DevGuide + "point-in-time-recovery.html")
    {
        TemplateMessage = "Lifecycle.DeleteAfterDays ({0}) is outside 1 to 35 days, the retention of continuous backups (EnableContinuousBackup is true). Set DeleteAfterDays to 1 to 35, or use a snapshot rule for longer retention.",
    };

    public static readonly Constraint ContinuousRetentionMissing = new(
        "BKP2120", "RULE-020", Severity.Warning,
        "Give continuous backups an explicit retention",
        "EnableContinuousBackup is true but Lifecycle.DeleteAfterDays is not set; continuous backups are kept 1 to 35 days, and AWS does not document what an unset retention means for them. Set Lifecycle.DeleteAfterDays to 1 to 35.",
        "DG §Lifecycle and storage tiers L3228-3230 (OQ-019); the C# API applies the AWS CDK's 35 days (issue 16), so only a template reaches this",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint ContinuousCold = new(
        "BKP2121", "RULE-021", Severity.Error,
        "Continuous backups cannot move to cold storage",
        "Lifecycle.MoveToColdStorageAfter ({0}) is set on a rule with EnableContinuousBackup true, but continuous backups do not support cold storage (cold storage needs at least 90 days, continuous retention is at most 35). Remove MoveToColdStorageAfter, or use a separate snapshot rule for cold storage.",
        "DG §Point-in-time recovery considerations L5829-5831",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint ContinuousCopySchedule = new(
        "BKP2122", "RULE-022", Severity.Info,
        "Copies of continuous backups follow the rule's schedule",
        "The continuous rule has {0} copy action(s) but no Schedule: AWS Backup copies continuous backups by taking snapshots at the rule's schedule, which defaults to cron(0 5 ? * * *) (daily at 05:00). Set Schedule to choose when the copies are made.",
        "DG §Backup window L3165-3166; §Copying continuous backups L5774-5779; BOTO BackupRuleInput.ScheduleExpression (OQ-039)",
        Docs.DevGuide + "point-in-time-recovery.html");

    public static readonly Constraint TooManyRecoveryPointTags = new(
        "BKP2124", "RULE-024", Severity.Error,
        "A recovery point carries at most 50 tags",
        "RecoveryPointTags has {0} tags, but a recovery point carries at most 50 tags, a quota that cannot be raised. Remove {1} tag(s).",
        "DG §AWS Backup quotas L20751-20755; §Copying tags onto backups L8566-8570 (OQ-053)",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint RecoveryPointTagsCrowdOut = new(
        "BKP2174", "RULE-024", Severity.Warning,
        "Rule tags and resource tags together exceed 50",
        "RecoveryPointTags has {0} tags, and every resource that selection '{1}' assigns carries at least {2} other tag key(s) ({3}); a recovery point keeps at most 50 tags, rule tags first, so resource tags beyond 50 are dropped. Keep RecoveryPointTags at {4} tags or fewer.",
        "DG §Copying tags onto backups L8566-8570; §AWS Backup quotas L20751-20755",
        Docs.DevGuide + "aws-backup-limits.html");

    public static readonly Constraint DynamoDbTags = new(
        "BKP2125", "RULE-025", Severity.Warning,
        "DynamoDB backups carry tags only with advanced DynamoDB backup",
        "RecoveryPointTags is set and the plan selects DynamoDB tables ('{0}'), but DynamoDB backups carry no tags unless advanced DynamoDB backup is enabled for the Region. Enable advanced DynamoDB backup (Region settings), or do not rely on these tags for DynamoDB recovery points.",
        "DG §Copying tags onto backups L8571-8572",
        Docs.DevGuide + "advanced-ddb-backup.html");

    public static readonly Constraint LogicallyAirGappedVault = new(
        "BKP2126", "RULE-026", Severity.Error,
        "A rule's logically air-gapped vault is in the plan's account and Region",
        "LogicallyAirGappedVault '{0}' {1}; a rule backs up directly only into a logically air-gapped vault of the plan's own account and Region{2}, given by its ARN. {3}.",
        "BOTO BackupRuleInput.TargetLogicallyAirGappedBackupVaultArn; CFN aws-backup-backupplan.json",
        Docs.CfnPlan);

    public static readonly Constraint ScanActionValue = new(
        "BKP2127", "RULE-027", Severity.Error,
        "Scan actions use GUARDDUTY and FULL_SCAN or INCREMENTAL_SCAN",
        "ScanActions[{0}].{1} is '{2}', which is not one of {3}. Use ScanAction.GuardDuty(...), or set {1} to {3}.",
        "BOTO ScanAction, MalwareScanner, ScanMode; CFN aws-backup-backupplan.json",
        Docs.CfnPlan)
    {
        TemplateMessage = "ScanActions[{0}].{1} is '{2}', which is not one of {3}. Set {1} to {3}.",
    };

    public static readonly Constraint ScanActionWithoutSetting = new(
        "BKP2177", "RULE-027", Severity.Warning,
        "Scan actions need a matching plan scan setting",
        "ScanActions[{0}] uses the scanner '{1}', but the plan has no ScanSettings entry for '{1}', so no scan starts. Add a ScanSetting for '{1}' (with the resource types and scanner role) to the plan.",
        "BOTO BackupPlanInput.ScanSettings, ScanAction; CFN aws-backup-backupplan.json; AWS Organizations backup policy syntax (scan_actions needs scan_settings)",
        Docs.CfnPlan);

    public static IReadOnlyList<Constraint> All { get; } =
    [
        NameRequired, NamePattern, VaultRequired, VaultNamePattern, ScheduleNotCron, ScheduleIsRate, CronGrammar,
        NumericDayOfWeek, MoreThanHourly, HoursStepAcrossMidnight, TimeZone, StartWindowTooShort, StartWindowTooLong,
        CompletionWindowTooLong, CompletionWindowNotPositive, CompletionBeforeStart, CompletionBeforeDefaultStart, CompletionWindowFsx,
        ContinuousNotApplicable, ContinuousRetention, ContinuousRetentionMissing, ContinuousCold, ContinuousCopySchedule,
        TooManyRecoveryPointTags, RecoveryPointTagsCrowdOut, DynamoDbTags, LogicallyAirGappedVault, ScanActionValue,
        ScanActionWithoutSetting,
    ];
}
