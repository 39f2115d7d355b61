namespace Backup.Iac;

/// <summary>Which recovery points a restore testing plan tests (<c>RecoveryPointSelection</c>).</summary>
public sealed record RestoreTestingRecoveryPointSelection
{
    /// <summary><c>LATEST_WITHIN_WINDOW</c> or <c>RANDOM_WITHIN_WINDOW</c>.</summary>
    /// <value>Default: <c>LATEST_WITHIN_WINDOW</c>.</value>
    public string Algorithm { get; init; } = "LATEST_WITHIN_WINDOW";

    /// <summary>The vaults to take recovery points from: vault ARNs (with <c>*</c> wildcards), or <c>*</c> for all.</summary>
    /// <value>Default: <c>*</c>.</value>
    public IReadOnlyList<string> IncludeVaults { get; init; } = ["*"];

    /// <summary>Vaults to leave out.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> ExcludeVaults { get; init; } = [];

    /// <summary>The recovery point types: <c>SNAPSHOT</c>, <c>CONTINUOUS</c>.</summary>
    /// <value>Default: <c>SNAPSHOT</c>.</value>
    public IReadOnlyList<string> RecoveryPointTypes { get; init; } = ["SNAPSHOT"];

    /// <summary>How far back to look for a recovery point: 1 to 365 days.</summary>
    /// <value>Default: AWS's default, 30 days.</value>
    public Duration? SelectionWindow { get; init; }
}
