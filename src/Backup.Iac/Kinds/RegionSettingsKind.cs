using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>The Region's AWS Backup settings (no CloudFormation type: a neutral type).</summary>
internal sealed class RegionSettingsKind : ResourceKind<RegionSettings>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RegionSettings];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a neutral type of the graph with no CloudFormation resource (Region settings are applied outside CloudFormation), so a template never holds it";
}
