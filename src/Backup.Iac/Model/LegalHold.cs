using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>A legal hold (<c>AWS::Backup::LegalHold</c>): recovery points that cannot be deleted while the hold is active.</summary>
public sealed class LegalHold : Construct
{
    internal LegalHold(BackupStack stack, string id, LegalHoldProps props)
        : base(stack, id)
    {
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public LegalHoldProps Props { get; }

    /// <summary>The logical ID of the hold resource.</summary>
    public string LogicalId { get; }
}

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

// The stack's factory of LegalHold, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a legal hold on recovery points.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The hold's properties.</param>
    /// <returns>The legal hold.</returns>
    public LegalHold AddLegalHold(string id, LegalHoldProps props) => new(this, id, props);
}
