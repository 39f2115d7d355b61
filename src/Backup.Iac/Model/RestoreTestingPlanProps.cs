namespace Backup.Iac;

/// <summary>Properties of a <see cref="RestoreTestingPlan"/>.</summary>
public sealed record RestoreTestingPlanProps
{
    /// <summary>The plan's name: 1 to 50 letters, digits or <c>_</c>. It cannot change after creation.</summary>
    /// <value>Default: the construct ID.</value>
    public string? RestoreTestingPlanName { get; init; }

    /// <summary>When restore tests run (an AWS cron expression).</summary>
    public required Schedule Schedule { get; init; }

    /// <summary>The IANA time zone of the schedule.</summary>
    /// <value>Default: UTC.</value>
    public string? ScheduleTimeZone { get; init; }

    /// <summary>How long after the scheduled time a test may start: whole hours, at most 168.</summary>
    /// <value>Default: AWS's default, 24 hours.</value>
    public Duration? StartWindow { get; init; }

    /// <summary>Which recovery points to test.</summary>
    /// <value>Default: the latest snapshot of any vault in the last 30 days.</value>
    public RestoreTestingRecoveryPointSelection RecoveryPointSelection { get; init; } = new();

    /// <summary>Tags of the plan.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
