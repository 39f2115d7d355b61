namespace Backup.Iac;

/// <summary>Properties of a <see cref="LegalHold"/>. Every property is fixed at creation.</summary>
public sealed record LegalHoldProps
{
    /// <summary>The hold's title.</summary>
    public required string Title { get; init; }

    /// <summary>Why the recovery points are held.</summary>
    public required string Description { get; init; }

    /// <summary>The names of the vaults whose recovery points are held.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> VaultNames { get; init; } = [];

    /// <summary>The ARNs of the resources whose recovery points are held.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> ResourceIdentifiers { get; init; } = [];

    /// <summary>Only recovery points created from this date (inclusive); both dates or neither.</summary>
    /// <value>Default: no date filter.</value>
    public DateTimeOffset? FromDate { get; init; }

    /// <summary>Only recovery points created up to this date (inclusive).</summary>
    /// <value>Default: no date filter.</value>
    public DateTimeOffset? ToDate { get; init; }

    /// <summary>What happens to the hold when the stack deletes or replaces it.</summary>
    /// <value>Default: <see cref="Graph.RemovalPolicy.Retain"/>: deleting the resource would release the hold, and recovery points that expired during it are then deleted.</value>
    public Graph.RemovalPolicy RemovalPolicy { get; init; } = Graph.RemovalPolicy.Retain;

    /// <summary>Tags of the hold.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
