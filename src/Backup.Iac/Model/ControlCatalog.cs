namespace Backup.Iac;

/// <summary>
/// Every AWS Backup Audit Manager control the AWS Backup Developer Guide documents (ten; "Choosing your controls"
/// L13189-13357, "Controls and remediation" L15691-15978), with its parameters and allowed scopes. Parameter names
/// that the seeds give only as console labels are those of the AWS Config managed rules behind the controls, which
/// published templates use (governance catalog GOQ-06).
/// </summary>
public static class ControlCatalog
{
    private const string Hours = "hours";
    private const string Days = "days";

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN: resources are protected by a backup plan. No parameters.</summary>
    public static ControlDefinition ResourcesProtectedByBackupPlan { get; } = new(
        "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN", "BP", "Backup resources are protected by a backup plan", "backup selections")
    {
        RecordedType = "AWS::Backup::BackupSelection",
        Source = "DG §Choosing your controls L13201-13211; §Controls and remediation L15719-15738",
    };

    /// <summary>BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK: a plan has a rule that runs often enough and keeps long enough.</summary>
    public static ControlDefinition BackupPlanMinFrequencyAndMinRetention { get; } = new(
        "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", "FREQ", "Backup plan minimum frequency and minimum retention", "backup plans")
    {
        Parameters =
        [
            new("requiredFrequencyUnit", ControlParameterType.Choice, "The unit of requiredFrequencyValue: hours or days.") { AllowedValues = [Hours, Days], Default = Days },
            new("requiredFrequencyValue", ControlParameterType.WholeNumber, "How often a rule must run: at least once every N units; 1 to 24 hours or 1 to 31 days.") { Minimum = 1, Default = "1" },
            new("requiredRetentionDays", ControlParameterType.WholeNumber, "How long a rule must keep its recovery points, in whole days.") { Minimum = 1, Default = "35" },
        ],
        AllowedScopes = ControlScopeKinds.Tagged | ControlScopeKinds.SingleResource,
        RecordedType = "AWS::Backup::BackupPlan",
        Schedule = "on configuration changes",
        Source = "DG §Choosing your controls L13213-13228; §Controls and remediation L15740-15766",
    };

    /// <summary>BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED: vaults prevent manual deletion of recovery points.</summary>
    public static ControlDefinition RecoveryPointManualDeletionDisabled { get; } = new(
        "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED", "DEL", "Vaults prevent manual deletion of recovery points", "backup vaults")
    {
        Parameters =
        [
            new("principalArnList", ControlParameterType.List, "Up to five IAM role ARNs that may still delete recovery points, comma-separated without spaces.") { MaxItems = 5 },
        ],
        AllowedScopes = ControlScopeKinds.Tagged | ControlScopeKinds.SingleResource,
        RecordedType = "AWS::Backup::BackupVault",
        Schedule = "on configuration changes",
        Source = "DG §Choosing your controls L13230-13262; §Controls and remediation L15776-15797",
    };

    /// <summary>BACKUP_RECOVERY_POINT_ENCRYPTED: recovery points are encrypted. No parameters.</summary>
    public static ControlDefinition RecoveryPointEncrypted { get; } = new(
        "BACKUP_RECOVERY_POINT_ENCRYPTED", "ENC", "Recovery points are encrypted", "recovery points")
    {
        AllowedScopes = ControlScopeKinds.Tagged,
        RecordedType = "AWS::Backup::RecoveryPoint",
        Schedule = "on configuration changes",
        Source = "DG §Choosing your controls L13264-13273; §Controls and remediation L15798-15821",
    };

    /// <summary>BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK: recovery points are kept at least a number of days.</summary>
    public static ControlDefinition RecoveryPointMinimumRetention { get; } = new(
        "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", "RET", "Minimum retention established for recovery point", "recovery points")
    {
        Parameters =
        [
            new("requiredRetentionDays", ControlParameterType.WholeNumber, "How long recovery points must be kept, in whole days.") { Minimum = 1, Default = "35" },
        ],
        AllowedScopes = ControlScopeKinds.Tagged,
        RecordedType = "AWS::Backup::RecoveryPoint",
        Schedule = "on configuration changes",
        Source = "DG §Choosing your controls L13275-13288; §Controls and remediation L15822-15840",
    };

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION: a copy of each resource's backups goes to another Region.</summary>
    public static ControlDefinition ResourcesProtectedByCrossRegion { get; } = new(
        "BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION", "XREG", "Cross-Region backup copy is scheduled", "backup selections")
    {
        Parameters =
        [
            new("crossRegionList", ControlParameterType.List, "The Regions where a copy should exist, comma-separated Region codes (optional)."),
        ],
        RecordedType = "AWS::Backup::BackupSelection",
        Source = "DG §Choosing your controls L13290-13300; §Controls and remediation L15841-15864 (parameter name: GOQ-06)",
    };

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT: a copy of each resource's backups goes to another account.</summary>
    public static ControlDefinition ResourcesProtectedByCrossAccount { get; } = new(
        "BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT", "XACC", "Cross-account backup copy is scheduled", "backup selections")
    {
        Parameters =
        [
            new("crossAccountList", ControlParameterType.List, "Up to five account IDs (same organization) where a copy should exist, comma-separated (optional).") { MaxItems = 5 },
        ],
        RecordedType = "AWS::Backup::BackupSelection",
        Source = "DG §Choosing your controls L13302-13311; §Controls and remediation L15865-15891 (parameter name: GOQ-06)",
    };

    /// <summary>BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK: backups are stored in a locked vault.</summary>
    public static ControlDefinition ResourcesProtectedByBackupVaultLock { get; } = new(
        "BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK", "LOCK", "Backups are protected by AWS Backup Vault Lock", "backup selections")
    {
        Parameters =
        [
            new("minRetentionDays", ControlParameterType.WholeNumber, "The smallest minimum retention the vault lock may have, in days (optional).") { Minimum = 1, Maximum = 36_500 },
            new("maxRetentionDays", ControlParameterType.WholeNumber, "The largest maximum retention the vault lock may have, in days (optional).") { Minimum = 1, Maximum = 36_500 },
        ],
        RecordedType = "AWS::Backup::BackupSelection",
        Source = "DG §Choosing your controls L13319-13332; §Controls and remediation L15892-15918 (parameter names: GOQ-06)",
    };

    /// <summary>BACKUP_LAST_RECOVERY_POINT_CREATED: a recovery point was created within a time frame.</summary>
    public static ControlDefinition LastRecoveryPointCreated { get; } = new(
        "BACKUP_LAST_RECOVERY_POINT_CREATED", "LAST", "Last recovery point was created", "recovery points")
    {
        Parameters =
        [
            new("recoveryPointAgeUnit", ControlParameterType.Choice, "The unit of recoveryPointAgeValue: hours or days.") { AllowedValues = [Hours, Days], Default = Days },
            new("recoveryPointAgeValue", ControlParameterType.WholeNumber, "The time frame: 1 to 744 hours or 1 to 31 days.") { Minimum = 1, Default = "1" },
        ],
        RecordedType = "AWS::Backup::RecoveryPoint",
        Source = "DG §Choosing your controls L13334-13347; §Controls and remediation L15919-15952 (parameter names: GOQ-06)",
    };

    /// <summary>RESTORE_TIME_FOR_RESOURCES_MEET_TARGET: restores complete within a target time.</summary>
    public static ControlDefinition RestoreTimeForResourcesMeetTarget { get; } = new(
        "RESTORE_TIME_FOR_RESOURCES_MEET_TARGET", "RTIME", "Restore time for resources meet target", "restore jobs (in practice restore testing jobs)")
    {
        Parameters =
        [
            new("maxRestoreTime", ControlParameterType.WholeNumber, "The target restore time, in whole minutes.") { Minimum = 1 },
        ],
        Source = "DG §Choosing your controls L13349-13357; §Controls and remediation L15953-15978",
    };

    /// <summary>The ten controls, in the order of the documentation.</summary>
    public static IReadOnlyList<ControlDefinition> All { get; } =
    [
        ResourcesProtectedByBackupPlan, BackupPlanMinFrequencyAndMinRetention, RecoveryPointManualDeletionDisabled,
        RecoveryPointEncrypted, RecoveryPointMinimumRetention, ResourcesProtectedByCrossRegion, ResourcesProtectedByCrossAccount,
        ResourcesProtectedByBackupVaultLock, LastRecoveryPointCreated, RestoreTimeForResourcesMeetTarget,
    ];

    /// <summary>The control with a name (exact spelling), or null.</summary>
    /// <param name="name">The <c>ControlName</c>.</param>
    /// <returns>The control, or null.</returns>
    public static ControlDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);
}
