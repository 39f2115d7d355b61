namespace Backup.Iac;

/// <summary>Which backups a tiering configuration moves down, and when.</summary>
public sealed record TieringResourceSelection
{
    /// <summary>The resource type; only <c>S3</c>.</summary>
    /// <value>Default: <c>S3</c>.</value>
    public string ResourceType { get; init; } = "S3";

    /// <summary>The resource ARNs, or <c>*</c> for all (at most 100 specific resources).</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>When backups move to the lower-cost tier: 60 to 36,500 days.</summary>
    public required Duration TieringDownAfter { get; init; }
}
