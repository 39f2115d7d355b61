namespace Backup.Iac;

/// <summary>
/// A backup rule (<c>BackupPlanRule</c>): when to back up, into which vault, how long to keep the recovery points,
/// and where to copy them. Presets follow the AWS Backup console's plan templates; vary them with <c>with</c>.
/// </summary>
public sealed record BackupPlanRule
{
    /// <summary>The rule's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>; unique within the plan.</summary>
    /// <value>Default: <c>&lt;plan ID&gt;Rule&lt;index&gt;</c>, as in the AWS CDK.</value>
    public string? RuleName { get; init; }

    /// <summary>The vault the rule backs up into.</summary>
    /// <value>Default: the plan's <see cref="BackupPlanProps.Vault"/>.</value>
    public IBackupVault? Vault { get; init; }

    /// <summary>A logically air-gapped vault (same account and Region) that fully managed types back up into directly.</summary>
    /// <value>Default: none.</value>
    public IBackupVault? LogicallyAirGappedVault { get; init; }

    /// <summary>When the rule runs.</summary>
    /// <value>Default: AWS Backup's default, daily at 05:00 (<c>cron(0 5 ? * * *)</c>).</value>
    public Schedule? Schedule { get; init; }

    /// <summary>The IANA time zone of the schedule, e.g. <c>Europe/Paris</c>.</summary>
    /// <value>Default: UTC.</value>
    public string? ScheduleTimeZone { get; init; }

    /// <summary>How long after the scheduled time a job may start before it is cancelled: at least 60 minutes.</summary>
    /// <value>Default: AWS Backup's default, 8 hours.</value>
    public Duration? StartWindow { get; init; }

    /// <summary>How long after the scheduled time a job must complete before it is cancelled.</summary>
    /// <value>Default: AWS Backup's default, 7 days.</value>
    public Duration? CompletionWindow { get; init; }

    /// <summary>Cold storage and expiry of the recovery points.</summary>
    /// <value>Default: none; recovery points are kept indefinitely in warm storage.</value>
    public Lifecycle? Lifecycle { get; init; }

    /// <summary>
    /// Whether to create continuous (point-in-time) backups for the types that support them (1 to 35 days retention;
    /// without <c>Lifecycle.DeleteAfter</c> the plan keeps them <see cref="DefaultContinuousRetention"/>, 35 days).
    /// </summary>
    /// <value>Default: false (snapshot backups).</value>
    public bool EnableContinuousBackup { get; init; }

    /// <summary>Copies of each recovery point to other vaults.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<CopyAction> CopyActions { get; init; } = [];

    /// <summary>Tags added to each recovery point (at most 50).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? RecoveryPointTags { get; init; }

    /// <summary>Backup indexes to create (at most one; EBS or S3).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<IndexAction> IndexActions { get; init; } = [];

    /// <summary>Malware scans of each recovery point.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<ScanAction> ScanActions { get; init; } = [];

    /// <summary>Daily at 05:00 UTC, kept 35 days.</summary>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Daily(IBackupVault? vault = null) => new()
    {
        RuleName = "Daily",
        Vault = vault,
        Schedule = Iac.Schedule.Daily(hour: 5),
        Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(35) },
    };

    /// <summary>Every Saturday at 05:00 UTC, kept 90 days.</summary>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Weekly(IBackupVault? vault = null) => new()
    {
        RuleName = "Weekly",
        Vault = vault,
        Schedule = Iac.Schedule.Weekly(DayOfWeek.Saturday, hour: 5),
        Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(90) },
    };

    /// <summary>On the 1st of each month at 05:00 UTC; cold storage after 30 days, kept 1 year.</summary>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Monthly1Year(IBackupVault? vault = null) => Monthly("Monthly1Year", vault, cold: 30, delete: 365);

    /// <summary>On the 1st of each month at 05:00 UTC; cold storage after 90 days, kept 5 years.</summary>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Monthly5Year(IBackupVault? vault = null) => Monthly("Monthly5Year", vault, cold: 90, delete: 5 * 365);

    /// <summary>On the 1st of each month at 05:00 UTC; cold storage after 90 days, kept 7 years.</summary>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Monthly7Year(IBackupVault? vault = null) => Monthly("Monthly7Year", vault, cold: 90, delete: 7 * 365);

    /// <summary>Continuous backups (point-in-time recovery) kept <paramref name="retention"/> (1 to 35 days).</summary>
    /// <param name="retention">The retention, or null for <see cref="DefaultContinuousRetention"/> (35 days, the longest).</param>
    /// <param name="vault">The target vault, or null for the plan's.</param>
    /// <returns>The rule.</returns>
    public static BackupPlanRule Continuous(Duration? retention = null, IBackupVault? vault = null) => new()
    {
        RuleName = "Continuous",
        Vault = vault,
        EnableContinuousBackup = true,
        Lifecycle = new Lifecycle { DeleteAfter = retention ?? DefaultContinuousRetention },
    };

    /// <summary>
    /// The retention a continuous rule gets when it sets no <c>Lifecycle.DeleteAfter</c>: 35 days, the longest that
    /// continuous backups allow, as the AWS CDK's <c>BackupPlanRule</c> (a plan applies it when the rule is added).
    /// </summary>
    public static Duration DefaultContinuousRetention { get; } = Duration.Days(35);

    /// <summary>
    /// This rule with the defaults a plan applies when the rule is added: a continuous rule without
    /// <c>Lifecycle.DeleteAfter</c> is kept <see cref="DefaultContinuousRetention"/>.
    /// </summary>
    internal BackupPlanRule WithDefaults() =>
        EnableContinuousBackup && Lifecycle?.DeleteAfter is null
            ? this with { Lifecycle = (Lifecycle ?? new Lifecycle()) with { DeleteAfter = DefaultContinuousRetention } }
            : this;

    private static BackupPlanRule Monthly(string name, IBackupVault? vault, int cold, int delete) => new()
    {
        RuleName = name,
        Vault = vault,
        Schedule = Iac.Schedule.Monthly(dayOfMonth: 1, hour: 5),
        Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(cold), DeleteAfter = Duration.Days(delete) },
    };
}
