using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A legal hold.</summary>
internal sealed class LegalHoldKind : ResourceKind<LegalHold>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LegalHold];

    // ── lowering (scope "kinds") ──

    // The schema types RecoveryPointSelection as an object without a definition, so its names are not generated: they live here.
    private const string VaultNames = "VaultNames";
    private const string ResourceIdentifiers = "ResourceIdentifiers";
    private const string DateRange = "DateRange";
    private const string FromDate = "FromDate";
    private const string ToDate = "ToDate";

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(LegalHold construct, LoweringContext context)
    {
        var p = construct.Props;
        var range = p.FromDate is { } from && p.ToDate is { } to
            ? MapValue.Of(
                new(FromDate, from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
                new(ToDate, to.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)))
            : null;
        var properties = MapValue.Of(
            new(CfnLegalHold.Title, Str(p.Title)),
            new(CfnLegalHold.Description, Str(p.Description)),
            new(CfnLegalHold.RecoveryPointSelection, MapValue.Of(
                new(VaultNames, p.VaultNames.Count == 0 ? null : Strings(p.VaultNames)),
                new(ResourceIdentifiers, p.ResourceIdentifiers.Count == 0 ? null : Strings(p.ResourceIdentifiers)),
                new(DateRange, range))),
            new(CfnLegalHold.Tags, TagList(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.LegalHold, construct.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    // ── import (scope "import") ──
}
