using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// Typed factories for the ten documented AWS Backup Audit Manager controls (<see cref="ControlCatalog"/>). Optional
/// arguments left out are not written, so AWS applies the documented default. Scope a control with
/// <c>with { Scope = ControlScope.Tagged("backup", "daily") }</c>.
/// </summary>
public static class Controls
{
    /// <summary>Resources are protected by a backup plan (BACKUP_RESOURCES_PROTECTED_BY_BACKUP_PLAN).</summary>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupResourcesProtectedByBackupPlan() => FrameworkControl.Of(ControlCatalog.ResourcesProtectedByBackupPlan);

    /// <summary>
    /// Backup plans have a rule that runs at least every <paramref name="frequency"/> and keeps recovery points at least
    /// <paramref name="retention"/> (BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK).
    /// </summary>
    /// <param name="frequency">The required frequency: whole hours (1 to 24, written in hours) or whole days (1 to 31). Default: 1 day.</param>
    /// <param name="retention">The required retention, in whole days. Default: 35 days.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupPlanMinFrequencyAndMinRetention(Duration? frequency = null, Duration? retention = null)
    {
        var (unit, value) = FrameworkControl.UnitAndValue(frequency);
        return FrameworkControl.Of(ControlCatalog.BackupPlanMinFrequencyAndMinRetention,
            ("requiredRetentionDays", FrameworkControl.DaysText(retention)), ("requiredFrequencyUnit", unit), ("requiredFrequencyValue", value));
    }

    /// <summary>
    /// Vaults deny manual deletion of recovery points, except by up to five IAM roles
    /// (BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED).
    /// </summary>
    /// <param name="exemptRoleArns">The ARNs of the roles that may still delete recovery points (at most five).</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupRecoveryPointManualDeletionDisabled(params IReadOnlyList<string> exemptRoleArns) =>
        FrameworkControl.Of(ControlCatalog.RecoveryPointManualDeletionDisabled,
            ("principalArnList", exemptRoleArns.Count == 0 ? null : string.Join(',', exemptRoleArns.Select(a => a.Trim()))));

    /// <summary>Recovery points are encrypted (BACKUP_RECOVERY_POINT_ENCRYPTED).</summary>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupRecoveryPointEncrypted() => FrameworkControl.Of(ControlCatalog.RecoveryPointEncrypted);

    /// <summary>Recovery points are kept at least <paramref name="retention"/> (BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK).</summary>
    /// <param name="retention">The required retention, in whole days. Default: 35 days.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupRecoveryPointMinimumRetention(Duration? retention = null) =>
        FrameworkControl.Of(ControlCatalog.RecoveryPointMinimumRetention, ("requiredRetentionDays", FrameworkControl.DaysText(retention)));

    /// <summary>Resources have a copy of their backups in another Region (BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION).</summary>
    /// <param name="regions">The Regions where a copy should exist. Default: any other Region.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupResourcesProtectedByCrossRegion(params IReadOnlyList<string> regions) =>
        FrameworkControl.Of(ControlCatalog.ResourcesProtectedByCrossRegion, ("crossRegionList", regions.Count == 0 ? null : string.Join(',', regions)));

    /// <summary>Resources have a copy of their backups in another account (BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT).</summary>
    /// <param name="accounts">Up to five account IDs of the same organization where a copy should exist. Default: any other account.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupResourcesProtectedByCrossAccount(params IReadOnlyList<string> accounts) =>
        FrameworkControl.Of(ControlCatalog.ResourcesProtectedByCrossAccount, ("crossAccountList", accounts.Count == 0 ? null : string.Join(',', accounts)));

    /// <summary>
    /// Resources have backups in a locked vault, optionally with lock retention bounds
    /// (BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK).
    /// </summary>
    /// <param name="minRetention">The smallest minimum retention the lock may have, whole days. Default: any.</param>
    /// <param name="maxRetention">The largest maximum retention the lock may have, whole days. Default: any.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupResourcesProtectedByBackupVaultLock(Duration? minRetention = null, Duration? maxRetention = null) =>
        FrameworkControl.Of(ControlCatalog.ResourcesProtectedByBackupVaultLock,
            ("minRetentionDays", FrameworkControl.DaysText(minRetention)), ("maxRetentionDays", FrameworkControl.DaysText(maxRetention)));

    /// <summary>A recovery point was created within <paramref name="within"/> (BACKUP_LAST_RECOVERY_POINT_CREATED).</summary>
    /// <param name="within">The time frame: whole hours (1 to 744) or whole days (1 to 31). Default: 1 day.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl BackupLastRecoveryPointCreated(Duration? within = null)
    {
        var (unit, value) = FrameworkControl.UnitAndValue(within);
        return FrameworkControl.Of(ControlCatalog.LastRecoveryPointCreated, ("recoveryPointAgeUnit", unit), ("recoveryPointAgeValue", value));
    }

    /// <summary>Restores complete within <paramref name="maxRestoreTime"/> (RESTORE_TIME_FOR_RESOURCES_MEET_TARGET).</summary>
    /// <param name="maxRestoreTime">The target restore time, in whole minutes.</param>
    /// <returns>The control.</returns>
    public static FrameworkControl RestoreTimeForResourcesMeetTarget(Duration maxRestoreTime) =>
        FrameworkControl.Of(ControlCatalog.RestoreTimeForResourcesMeetTarget,
            ("maxRestoreTime", maxRestoreTime.UnresolvedToken ?? maxRestoreTime.TotalMinutes.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The console's recommended "AWS Backup framework": all ten controls, with the parameters of the documentation's
    /// "Deploy default controls" template (retention 35 days, frequency 24 hours, restore time 720 minutes) and no
    /// IAM role exceptions (DG L13163-13169, L13253-13263, L15566-15600). They count as ten controls toward the quota
    /// of 50 per account and Region.
    /// </summary>
    /// <returns>The ten controls.</returns>
    public static IReadOnlyList<FrameworkControl> AwsBackupFramework() =>
    [
        BackupResourcesProtectedByBackupPlan(),
        BackupRecoveryPointMinimumRetention(Duration.Days(35)),
        BackupRecoveryPointManualDeletionDisabled(),
        BackupPlanMinFrequencyAndMinRetention(Duration.Hours(24), Duration.Days(35)),
        BackupRecoveryPointEncrypted(),
        BackupResourcesProtectedByCrossRegion(),
        BackupResourcesProtectedByCrossAccount(),
        BackupResourcesProtectedByBackupVaultLock(),
        BackupLastRecoveryPointCreated(),
        RestoreTimeForResourcesMeetTarget(Duration.Minutes(720)),
    ];
}
