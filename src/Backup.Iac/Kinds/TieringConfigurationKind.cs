using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>A tiering configuration.</summary>
internal sealed class TieringConfigurationKind : ResourceKind<TieringConfiguration>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.TieringConfiguration];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(TieringConfiguration construct, LoweringContext context)
    {
        var p = construct.Props;
        var properties = MapValue.Of(
            new(CfnTieringConfiguration.TieringConfigurationName, Str(construct.TieringConfigurationName)),
            new(CfnTieringConfiguration.BackupVaultName, context.VaultName(p.Vault)),
            new(CfnTieringConfiguration.ResourceSelection, new ListValue([.. p.ResourceSelection.Select(r => (Value)MapValue.Of(
                new(CfnTieringConfiguration.ResourceSelectionProperty.ResourceType, Str(r.ResourceType)),
                new(CfnTieringConfiguration.ResourceSelectionProperty.Resources, Strings(r.Resources)),
                new(CfnTieringConfiguration.ResourceSelectionProperty.TieringDownSettingsInDays, Days(r.TieringDownAfter))))])),
            new(CfnTieringConfiguration.TieringConfigurationTags, Tags(p.Tags)));
        yield return new Resource(construct.LogicalId, ResourceTypes.TieringConfiguration, construct.ResourcePath, properties);
    }

    // ── import (scope "import") ──
}
