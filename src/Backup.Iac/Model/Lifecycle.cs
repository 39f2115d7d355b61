namespace Backup.Iac;

/// <summary>When recovery points move to cold storage and when they expire (<c>Lifecycle</c>). Counted from the backup job's start.</summary>
public sealed record Lifecycle
{
    /// <summary>When recovery points are deleted (warm plus cold days), 1 to 36,500 days.</summary>
    /// <value>Default: never; recovery points are kept indefinitely.</value>
    public Duration? DeleteAfter { get; init; }

    /// <summary>When recovery points move to cold storage; they must then stay there at least 90 days.</summary>
    /// <value>Default: never; recovery points stay in warm storage.</value>
    public Duration? MoveToColdStorageAfter { get; init; }

    /// <summary>Whether supported resources (EBS snapshots) move to the archive tier with the cold transition.</summary>
    /// <value>Default: not set (false).</value>
    public bool? OptInToArchiveForSupportedResources { get; init; }

    /// <summary>An output-only API field (<c>DELETE_AFTER_COPY</c>) that AWS does not accept as input; kept only to report it.</summary>
    /// <value>Default: not set.</value>
    public string? DeleteAfterEvent { get; init; }

    /// <summary>Keeps recovery points for <paramref name="retention"/>.</summary>
    /// <param name="retention">The retention.</param>
    /// <returns>The lifecycle.</returns>
    public static Lifecycle Retain(Duration retention) => new() { DeleteAfter = retention };
}
