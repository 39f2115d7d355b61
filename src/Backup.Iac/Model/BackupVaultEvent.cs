namespace Backup.Iac;

/// <summary>A vault event that can be sent to SNS (the service's <c>BackupVaultEvent</c> enum). Unknown names can be written with <see cref="Of"/>; validation checks them.</summary>
/// <param name="Name">The event's API name.</param>
public sealed record BackupVaultEvent(string Name)
{
    /// <summary>A backup job started.</summary>
    public static BackupVaultEvent BackupJobStarted { get; } = new("BACKUP_JOB_STARTED");

    /// <summary>A backup job completed (its <c>State</c> tells success, failure or expiry).</summary>
    public static BackupVaultEvent BackupJobCompleted { get; } = new("BACKUP_JOB_COMPLETED");

    /// <summary>Deprecated: sends no notification; use <see cref="BackupJobCompleted"/>.</summary>
    public static BackupVaultEvent BackupJobSuccessful { get; } = new("BACKUP_JOB_SUCCESSFUL");

    /// <summary>Deprecated: sends no notification; use <see cref="BackupJobCompleted"/> and filter on <c>State</c>.</summary>
    public static BackupVaultEvent BackupJobFailed { get; } = new("BACKUP_JOB_FAILED");

    /// <summary>Deprecated: sends no notification; use <see cref="BackupJobCompleted"/> and filter on <c>State</c>.</summary>
    public static BackupVaultEvent BackupJobExpired { get; } = new("BACKUP_JOB_EXPIRED");

    /// <summary>A restore job started.</summary>
    public static BackupVaultEvent RestoreJobStarted { get; } = new("RESTORE_JOB_STARTED");

    /// <summary>A restore job completed.</summary>
    public static BackupVaultEvent RestoreJobCompleted { get; } = new("RESTORE_JOB_COMPLETED");

    /// <summary>Deprecated: sends no notification; use <see cref="RestoreJobCompleted"/>.</summary>
    public static BackupVaultEvent RestoreJobSuccessful { get; } = new("RESTORE_JOB_SUCCESSFUL");

    /// <summary>Deprecated: sends no notification; use <see cref="RestoreJobCompleted"/>.</summary>
    public static BackupVaultEvent RestoreJobFailed { get; } = new("RESTORE_JOB_FAILED");

    /// <summary>A copy job started.</summary>
    public static BackupVaultEvent CopyJobStarted { get; } = new("COPY_JOB_STARTED");

    /// <summary>A copy job succeeded.</summary>
    public static BackupVaultEvent CopyJobSuccessful { get; } = new("COPY_JOB_SUCCESSFUL");

    /// <summary>A copy job failed.</summary>
    public static BackupVaultEvent CopyJobFailed { get; } = new("COPY_JOB_FAILED");

    /// <summary>A recovery point was modified.</summary>
    public static BackupVaultEvent RecoveryPointModified { get; } = new("RECOVERY_POINT_MODIFIED");

    /// <summary>Deprecated: sends no notification.</summary>
    public static BackupVaultEvent BackupPlanCreated { get; } = new("BACKUP_PLAN_CREATED");

    /// <summary>Deprecated: sends no notification.</summary>
    public static BackupVaultEvent BackupPlanModified { get; } = new("BACKUP_PLAN_MODIFIED");

    /// <summary>An S3 object failed to back up (S3 backups only).</summary>
    public static BackupVaultEvent S3BackupObjectFailed { get; } = new("S3_BACKUP_OBJECT_FAILED");

    /// <summary>An S3 object failed to restore (S3 restores only).</summary>
    public static BackupVaultEvent S3RestoreObjectFailed { get; } = new("S3_RESTORE_OBJECT_FAILED");

    /// <summary>A continuous backup was interrupted.</summary>
    public static BackupVaultEvent ContinuousBackupInterrupted { get; } = new("CONTINUOUS_BACKUP_INTERRUPTED");

    /// <summary>A recovery point's index completed.</summary>
    public static BackupVaultEvent RecoveryPointIndexCompleted { get; } = new("RECOVERY_POINT_INDEX_COMPLETED");

    /// <summary>A recovery point's index was deleted.</summary>
    public static BackupVaultEvent RecoveryPointIndexDeleted { get; } = new("RECOVERY_POINT_INDEX_DELETED");

    /// <summary>Indexing a recovery point failed.</summary>
    public static BackupVaultEvent RecoveryPointIndexingFailed { get; } = new("RECOVERY_POINT_INDEXING_FAILED");

    /// <summary>An EKS object failed to back up.</summary>
    public static BackupVaultEvent EksBackupObjectFailed { get; } = new("EKS_BACKUP_OBJECT_FAILED");

    /// <summary>An EKS object failed to restore.</summary>
    public static BackupVaultEvent EksRestoreObjectFailed { get; } = new("EKS_RESTORE_OBJECT_FAILED");

    /// <summary>An EKS object was skipped during a restore.</summary>
    public static BackupVaultEvent EksRestoreObjectSkipped { get; } = new("EKS_RESTORE_OBJECT_SKIPPED");

    /// <summary>An event by its API name (validated at synth time).</summary>
    /// <param name="name">The API name, e.g. <c>BACKUP_JOB_COMPLETED</c>.</param>
    /// <returns>The event.</returns>
    public static BackupVaultEvent Of(string name) => new(name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
