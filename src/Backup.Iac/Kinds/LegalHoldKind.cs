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

    private const string VaultNames = CfnLegalHold.RecoveryPointSelectionProperty.VaultNames;
    private const string ResourceIdentifiers = CfnLegalHold.RecoveryPointSelectionProperty.ResourceIdentifiers;
    private const string DateRange = CfnLegalHold.RecoveryPointSelectionProperty.DateRange;
    private const string FromDate = CfnLegalHold.DateRangeProperty.FromDate;
    private const string ToDate = CfnLegalHold.DateRangeProperty.ToDate;

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

    /// <inheritdoc />
    public override int? ImportOrder => 6;

    /// <inheritdoc />
    public override bool ImportsDeletionPolicy => true;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string selectionKey = Graph.CloudFormation.CfnLegalHold.RecoveryPointSelection;
        const string vaultNames = VaultNames, resourceIdentifiers = ResourceIdentifiers, dateRange = DateRange, fromDate = FromDate, toDate = ToDate;
        var p = context.Properties;
        var path = context.Path;
        if (context.Text(p, Graph.CloudFormation.CfnLegalHold.Title, path, "Title") is not { } title
            || context.Text(p, Graph.CloudFormation.CfnLegalHold.Description, path, "Description") is not { } description)
        {
            return null;
        }

        var selectionNode = p[selectionKey];
        IReadOnlyList<string> vaults = [];
        IReadOnlyList<string> identifiers = [];
        DateTimeOffset? from = null;
        DateTimeOffset? to = null;
        if (selectionNode is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            context.Keep(selectionKey, selectionNode);
        }
        else if (selectionNode is Iac.Import.SourceMapping s)
        {
            vaults = context.StringList(s, vaultNames, path, "VaultNames", $"{selectionKey}.{vaultNames}") ?? [];
            identifiers = context.StringList(s, resourceIdentifiers, path, "ResourceIdentifiers", $"{selectionKey}.{resourceIdentifiers}") ?? [];
            if (s[dateRange] is Iac.Import.SourceMapping { IntrinsicName: null } range)
            {
                from = context.Date(range, fromDate, path, "FromDate");
                to = context.Date(range, toDate, path, "ToDate");
                if (from is null || to is null)
                {
                    context.Keep($"{selectionKey}.{dateRange}", range); // another spelling or a deploy-time value: the whole range is kept as written
                    (from, to) = (null, null);
                }
            }
            else if (s[dateRange] is { } other)
            {
                context.Keep($"{selectionKey}.{dateRange}", other);
            }
        }

        var props = new LegalHoldProps
        {
            Title = title,
            Description = description,
            VaultNames = vaults,
            ResourceIdentifiers = identifiers,
            FromDate = from,
            ToDate = to,
            RemovalPolicy = context.DeletionPolicy ?? RemovalPolicy.Destroy,
            Tags = context.TagList(p, Graph.CloudFormation.CfnLegalHold.Tags, path),
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddLegalHold(context.LogicalId, props);
    }
}
