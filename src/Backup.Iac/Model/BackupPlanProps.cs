namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupPlan"/>.</summary>
public sealed record BackupPlanProps
{
    /// <summary>The plan's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>. It cannot change after creation.</summary>
    /// <value>Default: the construct ID.</value>
    public string? BackupPlanName { get; init; }

    /// <summary>The vault of every rule that names none.</summary>
    /// <value>Default: when a rule names no vault, the plan creates one, <c>Plan/Vault</c> (<see cref="BackupPlan.Vault"/>), as the AWS CDK does; none while every rule names its own.</value>
    public IBackupVault? Vault { get; init; }

    /// <summary>The rules; more can be added with <see cref="BackupPlan.AddRule"/>.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<BackupPlanRule> Rules { get; init; } = [];

    /// <summary>Per-type backup options (Windows VSS for EC2, S3 options).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<AdvancedBackupSetting> AdvancedBackupSettings { get; init; } = [];

    /// <summary>Malware scan settings.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<ScanSetting> ScanSettings { get; init; } = [];

    /// <summary>Tags of the plan.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
