namespace Backup.Iac.Catalog;

/// <summary>
/// The ten AWS Backup Audit Manager controls (governance catalog CTRL-*): one decade of codes per control, the row
/// number last: BP BKP5700-5709, FREQ 5710-5719, DEL 5720-5729, ENC 5730-5739, RET 5740-5749, XREG 5750-5759,
/// XACC 5760-5769, LOCK 5770-5779, LAST 5780-5789, RTIME 5790-5799. A secondary condition takes the next free number
/// of the decade.
/// </summary>
internal static class ControlConstraints
{
    private const string Remediation = Docs.DevGuide + "controls-and-remediation.html";

    public static readonly Constraint PlanCoverageTakesNoParameters = new(
        "BKP5701", "CTRL-BP-01", Severity.Error,
        "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN takes no parameters",
        "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN has {0} parameter(s) ({1}); the control takes none. Remove the parameters.",
        "DG §Choosing your controls L13210; §Controls and remediation L15725",
        Remediation);

    public static readonly Constraint FrequencyUnit = new(
        "BKP5711", "CTRL-FREQ-01", Severity.Error,
        "requiredFrequencyUnit is hours or days",
        "requiredFrequencyUnit is '{0}'; the control takes 'hours' or 'days'. Use Controls.BackupPlanMinFrequencyAndMinRetention(frequency: Duration.Hours(12)) or Duration.Days(1).",
        "DG §Controls and remediation L15747-15749; §Creating frameworks using the AWS Backup API L13808-13811; L15582-15583",
        Remediation)
    {
        TemplateMessage = "requiredFrequencyUnit is '{0}'; the control takes 'hours' or 'days'. Set requiredFrequencyUnit to hours (with requiredFrequencyValue 1, 2, 4, 8, 12) or days (1).",
    };

    public static readonly Constraint FrequencyValue = new(
        "BKP5712", "CTRL-FREQ-02", Severity.Error,
        "requiredFrequencyValue is 1 to 24 hours or 1 to 31 days",
        "requiredFrequencyValue is '{0}' {1}; it must be a whole number from 1 to 24 for hours or 1 to 31 for days. {2}.",
        "DG §Choosing your controls L13214-13216; limits: AWS Config managed rule backup-plan-min-frequency-and-min-retention-check [NIS]",
        Remediation);

    public static readonly Constraint FrequencyRetentionWholeDays = new(
        "BKP5713", "CTRL-FREQ-03", Severity.Error,
        "requiredRetentionDays of the frequency control is a whole number of days",
        "requiredRetentionDays is '{0}'; it must be a positive whole number of days (the console converts weeks, months and years to days). Use Duration.Days(n).",
        "DG §Controls and remediation L15751-15753 (GOQ-09)",
        Remediation)
    {
        TemplateMessage = "requiredRetentionDays is '{0}'; it must be a positive whole number of days (the console converts weeks, months and years to days). Write the number of days, e.g. ParameterValue: '35'.",
    };

    public static readonly Constraint FrequencyRetentionShort = new(
        "BKP5714", "CTRL-FREQ-04", Severity.Warning,
        "Plans should keep recovery points at least 7 days",
        "requiredRetentionDays is {0}; the guide recommends at least one week of warm storage so that AWS Backup can take incremental backups. Require 7 days or more.",
        "DG §Controls and remediation L15751-15753",
        Remediation);

    public static readonly Constraint FrequencyScope = new(
        "BKP5715", "CTRL-FREQ-05", Severity.Warning,
        "The frequency control is scoped by tag or to one plan",
        "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK is scoped by resource type; the control lists only tagged resources and a single resource (it evaluates backup plans). Scope it with ControlScope.Tagged(...) on the plans' tags, or leave the scope out.",
        "DG §Controls and remediation L15757-15761; §Creating frameworks using the AWS Backup API L13818-13824; L15585-15589 (SCOPE-008)",
        Remediation)
    {
        TemplateMessage = "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK is scoped by resource type; the control lists only tagged resources and a single resource (it evaluates backup plans). Scope it with Tags on the plans' tags (ControlScope: Tags), or remove ControlScope.",
    };

    public static readonly Constraint DeletionExemptionCount = new(
        "BKP5721", "CTRL-DEL-01", Severity.Error,
        "At most five IAM roles may be exempt from the manual deletion control",
        "principalArnList names {0} roles; the control takes at most five. Keep five roles.",
        "DG §Choosing your controls L13239-13242; §Controls and remediation L15783-15784; L15605-15607",
        Remediation);

    public static readonly Constraint DeletionExemptionArn = new(
        "BKP5722", "CTRL-DEL-02", Severity.Error,
        "Exempt principals are IAM role ARNs",
        "principalArnList item '{0}' is not an ARN. Give IAM role ARNs such as arn:aws:iam::111122223333:role/BackupAdmin.",
        "DG §Creating frameworks using the AWS Backup API L13914-13934",
        Remediation);

    public static readonly Constraint DeletionExemptionNotRole = new(
        "BKP5726", "CTRL-DEL-02", Severity.Warning,
        "Exempt principals are IAM roles",
        "principalArnList item '{0}' is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/PATH/NAME); the control exempts roles only. Give the role's ARN.",
        "DG §Choosing your controls L13239-13242; §Creating frameworks using the AWS Backup API L13914-13934",
        Remediation);

    public static readonly Constraint DeletionExemptionSpaces = new(
        "BKP5723", "CTRL-DEL-03", Severity.Warning,
        "principalArnList is written without spaces",
        "principalArnList has spaces or line breaks around its commas; the CloudFormation example writes the ARNs separated by commas only. Remove the whitespace, or use Controls.BackupRecoveryPointManualDeletionDisabled(...), which writes the list without it.",
        "DG §Creating frameworks using the AWS Backup API L13914-13934 vs §Using AWS Backup Audit Manager with AWS CloudFormation L15619-15620 (GOQ-08)",
        Remediation)
    {
        TemplateMessage = "principalArnList has spaces or line breaks around its commas; the CloudFormation example writes the ARNs separated by commas only. Remove the whitespace from ParameterValue.",
    };

    public static readonly Constraint DeletionScope = new(
        "BKP5724", "CTRL-DEL-04", Severity.Warning,
        "The manual deletion control is scoped by tag or to one vault",
        "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED is scoped by resource type; the control lists only tagged vaults and a single vault. Use ControlScope.Vault(vault) or ControlScope.Tagged(...), or leave the scope out.",
        "DG §Controls and remediation L15788-15792; §Creating frameworks using the AWS Backup API L13936-13939, L13984-13987 (SCOPE-008)",
        Remediation)
    {
        TemplateMessage = "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED is scoped by resource type; the control lists only tagged vaults and a single vault. Scope it with ComplianceResourceTypes [AWS::Backup::BackupVault] and ComplianceResourceIds [the vault's name], or with Tags, or remove ControlScope.",
    };

    public static readonly Constraint EncryptionTakesNoParameters = new(
        "BKP5731", "CTRL-ENC-01", Severity.Error,
        "BACKUP_RECOVERY_POINT_ENCRYPTED takes no parameters",
        "BACKUP_RECOVERY_POINT_ENCRYPTED has {0} parameter(s) ({1}); the control takes none. Remove the parameters.",
        "DG §Choosing your controls L13272; §Controls and remediation L15804",
        Remediation);

    public static readonly Constraint EncryptionScope = new(
        "BKP5732", "CTRL-ENC-02", Severity.Warning,
        "The encryption control is scoped by tag only",
        "BACKUP_RECOVERY_POINT_ENCRYPTED is scoped {0}; the control lists only tagged resources. Scope it with ControlScope.Tagged(...), or leave the scope out.",
        "DG §Controls and remediation L15808-15810 (SCOPE-008)",
        Remediation)
    {
        TemplateMessage = "BACKUP_RECOVERY_POINT_ENCRYPTED is scoped {0}; the control lists only tagged resources. Scope it with Tags (ControlScope: Tags), or remove ControlScope.",
    };

    public static readonly Constraint RetentionWholeDays = new(
        "BKP5741", "CTRL-RET-01", Severity.Error,
        "requiredRetentionDays of the retention control is a whole number of days",
        "requiredRetentionDays is '{0}'; it must be a positive whole number of days (the console converts weeks, months and years to days). Use Duration.Days(n).",
        "DG §Choosing your controls L13280-13283; §Controls and remediation L15824-15830",
        Remediation)
    {
        TemplateMessage = "requiredRetentionDays is '{0}'; it must be a positive whole number of days (the console converts weeks, months and years to days). Write the number of days, e.g. ParameterValue: '35'.",
    };

    public static readonly Constraint RetentionShort = new(
        "BKP5742", "CTRL-RET-02", Severity.Warning,
        "Recovery points should be kept at least 7 days",
        "requiredRetentionDays is {0}; the guide recommends at least one week of warm storage so that AWS Backup can take incremental backups. Require 7 days or more.",
        "DG §Controls and remediation L15829-15830",
        Remediation);

    public static readonly Constraint RetentionScope = new(
        "BKP5743", "CTRL-RET-03", Severity.Warning,
        "The recovery point retention control is scoped by tag only",
        "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK is scoped {0}; the control lists only tagged resources. Scope it with ControlScope.Tagged(...), or leave the scope out.",
        "DG §Controls and remediation L15834-15836 (SCOPE-008)",
        Remediation)
    {
        TemplateMessage = "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK is scoped {0}; the control lists only tagged resources. Scope it with Tags (ControlScope: Tags), or remove ControlScope.",
    };

    public static readonly Constraint CrossRegionList = new(
        "BKP5751", "CTRL-XREG-01", Severity.Error,
        "crossRegionList holds Region codes",
        "crossRegionList item '{0}' is not a Region code. Give Region codes separated by commas, such as eu-west-2,us-east-1.",
        "DG §Choosing your controls L13299; §Controls and remediation L15850-15852; GOQ-06",
        Remediation);

    public static readonly Constraint CrossRegionUnsupportedType = new(
        "BKP5752", "CTRL-XREG-02", Severity.Warning,
        "The cross-Region copy control does not cover FSx for ONTAP",
        "BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION is scoped to FSx; Audit Manager's cross-Region control does not support Amazon FSx for NetApp ONTAP, so those file systems are not evaluated. Scope the control to other types.",
        "DG §Feature availability by resource L716-717; L720-725",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint CrossAccountList = new(
        "BKP5761", "CTRL-XACC-01", Severity.Error,
        "crossAccountList holds up to five account IDs",
        "crossAccountList {0}. Give at most five 12-digit account IDs separated by commas.",
        "DG §Choosing your controls L13310; §Controls and remediation L15866-15877; GOQ-06",
        Remediation);

    public static readonly Constraint CrossAccountListOutsideOrganization = new(
        "BKP5762", "CTRL-XACC-02", Severity.Warning,
        "crossAccountList names accounts of the framework's organization",
        "crossAccountList names the account {0}, which is not an account of the organization tree that holds the framework's account {1}; copies go only to accounts of the same AWS Organization, so no copy there can ever satisfy the control. Name accounts of the organization, or add the account to the tree if it belongs to it.",
        "DG §Controls and remediation L15868-15869; §Creating backup copies across AWS accounts L8820-8821",
        Remediation);

    public static readonly Constraint CrossAccountUnsupportedType = new(
        "BKP5763", "CTRL-XACC-03", Severity.Warning,
        "The cross-account copy control does not cover FSx for ONTAP",
        "BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT is scoped to FSx; Audit Manager's cross-account control does not support Amazon FSx for NetApp ONTAP, so those file systems are not evaluated. Scope the control to other types.",
        "DG §Feature availability by resource L716-717 (footnote 2)",
        Docs.DevGuide + "backup-feature-availability.html");

    public static readonly Constraint VaultLockBounds = new(
        "BKP5771", "CTRL-LOCK-01", Severity.Warning,
        "Vault lock bounds of the lock control are whole days within the lock's limits",
        "{0}. Give whole days with 1 <= minRetentionDays <= maxRetentionDays <= 36,500, the bounds a vault lock accepts.",
        "DG §Choosing your controls L13328-13329; §Controls and remediation L15900-15903; vault lock L5100-5101, L5113-5114 (inference)",
        Remediation);

    public static readonly Constraint LastRecoveryPointWindow = new(
        "BKP5781", "CTRL-LAST-01", Severity.Error,
        "The last recovery point time frame is 1 to 744 hours or 1 to 31 days",
        "{0}. Give recoveryPointAgeUnit 'hours' with a whole recoveryPointAgeValue from 1 to 744, or 'days' with 1 to 31 (Controls.BackupLastRecoveryPointCreated(Duration.Hours(12))).",
        "DG §Choosing your controls L13342-13345; §Controls and remediation L15932-15936",
        Remediation)
    {
        TemplateMessage = "{0}. Give recoveryPointAgeUnit 'hours' with a whole recoveryPointAgeValue from 1 to 744, or 'days' with 1 to 31.",
    };

    public static readonly Constraint RestoreTimeMinutes = new(
        "BKP5791", "CTRL-RTIME-01", Severity.Error,
        "maxRestoreTime is a positive whole number of minutes",
        "maxRestoreTime is '{0}'; it must be a positive whole number of minutes. Use Controls.RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)).",
        "DG §Controls and remediation L15963; §Creating frameworks using the AWS Backup API L14485-14489; L15597-15598",
        Remediation)
    {
        TemplateMessage = "maxRestoreTime is '{0}'; it must be a positive whole number of minutes. Write the minutes, e.g. ParameterValue: '720'.",
    };

    public static readonly Constraint RestoreTimeWithoutRestoreTests = new(
        "BKP5792", "CTRL-RTIME-02", Severity.Warning,
        "The restore time control needs restore tests",
        "RESTORE_TIME_FOR_RESOURCES_MEET_TARGET judges the restore times of {0}, but no restore testing plan of {1} tests {2}; without restore jobs the control has no data. Add a restore testing selection for {2} (stack.AddRestoreTestingPlan(...).AddSelection(...)).",
        "DG §Controls and remediation L15955-15959; §Audit restore testing L12436-12442; §DescribeProtectedResource L27599-27601",
        Docs.DevGuide + "restore-testing.html")
    {
        TemplateMessage = "RESTORE_TIME_FOR_RESOURCES_MEET_TARGET judges the restore times of {0}, but no restore testing plan of {1} tests {2}; without restore jobs the control has no data. Add an AWS::Backup::RestoreTestingPlan and an AWS::Backup::RestoreTestingSelection for {2}.",
    };

    public static IReadOnlyList<Constraint> All { get; } =
    [
        PlanCoverageTakesNoParameters, FrequencyUnit, FrequencyValue, FrequencyRetentionWholeDays, FrequencyRetentionShort, FrequencyScope,
        DeletionExemptionCount, DeletionExemptionArn, DeletionExemptionNotRole, DeletionExemptionSpaces, DeletionScope,
        EncryptionTakesNoParameters, EncryptionScope, RetentionWholeDays, RetentionShort, RetentionScope,
        CrossRegionList, CrossRegionUnsupportedType, CrossAccountList, CrossAccountListOutsideOrganization, CrossAccountUnsupportedType, VaultLockBounds,
        LastRecoveryPointWindow, RestoreTimeMinutes, RestoreTimeWithoutRestoreTests,
    ];
}
