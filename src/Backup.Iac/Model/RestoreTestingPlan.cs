using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A restore testing plan (<c>AWS::Backup::RestoreTestingPlan</c>): restores recovery points on a schedule to prove they work.</summary>
public sealed class RestoreTestingPlan : Construct
{
    internal RestoreTestingPlan(BackupStack stack, string id, RestoreTestingPlanProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public RestoreTestingPlanProps Props { get; }

    /// <summary>The logical ID of the plan resource.</summary>
    public string LogicalId { get; }

    /// <summary>The plan's name.</summary>
    public string RestoreTestingPlanName => Props.RestoreTestingPlanName ?? Id;

    /// <summary>The selections of this plan.</summary>
    public IReadOnlyList<RestoreTestingSelection> Selections => [.. Children.OfType<RestoreTestingSelection>()];

    /// <summary>Adds the resources of one type to test.</summary>
    /// <param name="id">The construct ID, also the default selection name.</param>
    /// <param name="options">The type, the resources and the role.</param>
    /// <returns>The selection.</returns>
    public RestoreTestingSelection AddSelection(string id, RestoreTestingSelectionOptions options) => new(this, id, options);
}

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

// The stack's factory of RestoreTestingPlan, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a restore testing plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public RestoreTestingPlan AddRestoreTestingPlan(string id, RestoreTestingPlanProps props) => new(this, id, props);
}
