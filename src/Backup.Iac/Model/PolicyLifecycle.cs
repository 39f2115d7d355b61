namespace Backup.Iac;

/// <summary>The <c>lifecycle</c> of a rule or copy action in a backup policy (days, written as strings).</summary>
public sealed record PolicyLifecycle
{
    /// <summary><c>delete_after_days</c> (<c>DeleteAfterDays</c>): days until the recovery point is deleted.</summary>
    /// <value>Default: kept until deleted by hand.</value>
    public PolicyValue? DeleteAfterDays { get; init; }

    /// <summary><c>move_to_cold_storage_after_days</c> (<c>MoveToColdStorageAfterDays</c>).</summary>
    /// <value>Default: no cold storage.</value>
    public PolicyValue? MoveToColdStorageAfterDays { get; init; }

    /// <summary><c>opt_in_to_archive_for_supported_resources</c> (<c>OptInToArchiveForSupportedResources</c>).</summary>
    /// <value>Default: not set.</value>
    public PolicyValue? OptInToArchiveForSupportedResources { get; init; }

    /// <summary>The child control operator on this node.</summary>
    /// <value>Default: none.</value>
    public PolicyChildOperators? OperatorsAllowedForChildPolicies { get; init; }

    /// <summary>Keep recovery points for a number of days.</summary>
    /// <param name="days">The days.</param>
    /// <returns>The lifecycle.</returns>
    public static PolicyLifecycle DeleteAfter(long days) => new() { DeleteAfterDays = PolicyValue.Assign(days) };
}
