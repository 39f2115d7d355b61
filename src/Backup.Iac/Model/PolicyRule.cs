namespace Backup.Iac;

/// <summary>A rule of a backup policy plan (<c>plans.&lt;plan&gt;.rules.&lt;rule&gt;</c>); the keys map to the AWS Backup rule fields.</summary>
public sealed record PolicyRule
{
    /// <summary><c>schedule_expression</c> (<c>ScheduleExpression</c>): <c>cron(...)</c> in UTC.</summary>
    public PolicyValue? ScheduleExpression { get; init; }

    /// <summary><c>schedule_expression_timezone</c>: not in the documented policy syntax (ORG-007).</summary>
    /// <value>Default: UTC.</value>
    public PolicyValue? ScheduleExpressionTimezone { get; init; }

    /// <summary><c>start_backup_window_minutes</c> (<c>StartWindowMinutes</c>): at least 60.</summary>
    /// <value>Default: AWS Backup's default.</value>
    public PolicyValue? StartBackupWindowMinutes { get; init; }

    /// <summary><c>complete_backup_window_minutes</c> (<c>CompletionWindowMinutes</c>).</summary>
    /// <value>Default: AWS Backup's default (7 days).</value>
    public PolicyValue? CompleteBackupWindowMinutes { get; init; }

    /// <summary><c>enable_continuous_backup</c> (<c>EnableContinuousBackup</c>).</summary>
    /// <value>Default: snapshot backups.</value>
    public PolicyValue? EnableContinuousBackup { get; init; }

    /// <summary><c>target_backup_vault_name</c> (<c>TargetBackupVaultName</c>): required in the effective policy; the vault must exist in every account and Region.</summary>
    public PolicyValue? TargetBackupVaultName { get; init; }

    /// <summary><c>target_logically_air_gapped_backup_vault_arn</c>, written with <c>$region</c> and <c>$account</c>.</summary>
    /// <value>Default: none.</value>
    public PolicyValue? TargetLogicallyAirGappedBackupVaultArn { get; init; }

    /// <summary><c>recovery_point_tags</c> (<c>RecoveryPointTags</c>).</summary>
    /// <value>Default: none.</value>
    public PolicyMap<PolicyTag>? RecoveryPointTags { get; init; }

    /// <summary><c>lifecycle</c> (<c>Lifecycle</c>).</summary>
    /// <value>Default: recovery points are kept until deleted by hand.</value>
    public PolicyLifecycle? Lifecycle { get; init; }

    /// <summary><c>copy_actions</c> (<c>CopyActions</c>), keyed by the destination vault ARN.</summary>
    /// <value>Default: none.</value>
    public PolicyMap<PolicyCopyAction>? CopyActions { get; init; }

    /// <summary><c>index_actions</c> (<c>IndexActions</c>).</summary>
    /// <value>Default: none.</value>
    public PolicyIndexActions? IndexActions { get; init; }

    /// <summary><c>scan_actions</c> (<c>ScanActions</c>); inner keys as written.</summary>
    /// <value>Default: none.</value>
    public PolicyObject? ScanActions { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
