using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;

namespace Backup.Iac.Kinds;

/// <summary>The Region's AWS Backup settings (no CloudFormation type: a neutral type).</summary>
internal sealed class RegionSettingsKind : ResourceKind<RegionSettings>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RegionSettings];

    // ── lowering (scope "kinds") ──

    // No CloudFormation type exists (a neutral pseudo-type, no schema): its property names live here.
    private const string ResourceTypeOptInPreference = "ResourceTypeOptInPreference";
    private const string ResourceTypeManagementPreference = "ResourceTypeManagementPreference";

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(RegionSettings construct, LoweringContext context)
    {
        static MapValue? Flags(IReadOnlyDictionary<string, bool>? flags) =>
            flags is null || flags.Count == 0 ? null : MapValue.Of(flags.Select(f => new KeyValuePair<string, Value?>(ResourceTypeName(f.Key), new BoolValue(f.Value))));
        var properties = MapValue.Of(
            new(ResourceTypeOptInPreference, Flags(construct.Props.ResourceTypeOptInPreference)),
            new(ResourceTypeManagementPreference, Flags(construct.Props.ResourceTypeManagementPreference)));
        yield return new Resource(LogicalIds.FromPath(construct.ResourcePath), ResourceTypes.RegionSettings, construct.ResourcePath, properties);
    }

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a neutral type of the graph with no CloudFormation resource (Region settings are applied outside CloudFormation), so a template never holds it";
}
