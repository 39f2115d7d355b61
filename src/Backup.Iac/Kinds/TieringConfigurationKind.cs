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

    /// <inheritdoc />
    public override int? ImportOrder => 7;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string selectionKey = Graph.CloudFormation.CfnTieringConfiguration.ResourceSelection;
        const string resourcesKey = Graph.CloudFormation.CfnTieringConfiguration.ResourceSelectionProperty.Resources;
        const string daysKey = Graph.CloudFormation.CfnTieringConfiguration.ResourceSelectionProperty.TieringDownSettingsInDays;
        var p = context.Properties;
        var path = context.Path;
        if (p[Graph.CloudFormation.CfnTieringConfiguration.BackupVaultName] is not { } vaultNode || context.VaultOf(vaultNode, byArn: false) is not { } vault
            || p[selectionKey] is not Iac.Import.SourceSequence)
        {
            return null;
        }

        context.Locate(path, "Vault", vaultNode.At);
        var selection = context.Items(p, selectionKey, selectionKey, (s, i) =>
            context.StringList(s, resourcesKey, path, $"ResourceSelection[{i}].Resources", $"{selectionKey}.{i}.{resourcesKey}") is { } res
            && context.Days(s, daysKey, path, $"ResourceSelection[{i}].TieringDownAfter", $"{selectionKey}.{i}.{daysKey}") is { } days
                ? new TieringResourceSelection
                {
                    ResourceType = context.Text(s, Graph.CloudFormation.CfnTieringConfiguration.ResourceSelectionProperty.ResourceType, path, $"ResourceSelection[{i}].ResourceType") ?? "S3",
                    Resources = res,
                    TieringDownAfter = days,
                }
                : null);
        var props = new TieringConfigurationProps
        {
            TieringConfigurationName = context.Text(p, Graph.CloudFormation.CfnTieringConfiguration.TieringConfigurationName, path, "TieringConfigurationName"),
            Vault = vault,
            ResourceSelection = selection,
            Tags = context.StringMap(p, Graph.CloudFormation.CfnTieringConfiguration.TieringConfigurationTags, path, "Tags", Graph.CloudFormation.CfnTieringConfiguration.TieringConfigurationTags),
        };
        context.Stack.OverrideLogicalId(context.LogicalId, context.LogicalId);
        return context.Stack.AddTieringConfiguration(context.LogicalId, props);
    }
}
