namespace Backup.Iac;

/// <summary>A plan of a backup policy (<c>plans.&lt;plan&gt;</c>); the key becomes the backup plan's name in every account.</summary>
public sealed record PolicyPlan
{
    /// <summary><c>regions</c>: the Regions where the plan runs (a list).</summary>
    public PolicyValue? Regions { get; init; }

    /// <summary><c>rules</c>, by rule name (at most 10 in the effective plan).</summary>
    public PolicyMap<PolicyRule>? Rules { get; init; }

    /// <summary><c>selections</c>: which resources the rules back up.</summary>
    public PolicySelections? Selections { get; init; }

    /// <summary><c>advanced_backup_settings</c>: by resource type (<c>ec2</c>), then option (<c>windows_vss</c>: <c>enabled</c> or <c>disabled</c>).</summary>
    /// <value>Default: none.</value>
    public PolicyMap<PolicyMap<PolicyValue>>? AdvancedBackupSettings { get; init; }

    /// <summary><c>backup_plan_tags</c>: tags of the backup plan itself.</summary>
    /// <value>Default: none.</value>
    public PolicyMap<PolicyTag>? BackupPlanTags { get; init; }

    /// <summary><c>scan_settings</c> (<c>ScanSettings</c>); inner keys as written.</summary>
    /// <value>Default: none.</value>
    public PolicyObject? ScanSettings { get; init; }

    /// <summary>The child control operator on this node (<c>["@@none"]</c> stops children adding keys to the plan).</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }
}
