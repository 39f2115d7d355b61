using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>The account's AWS Backup global settings (no CloudFormation type: a neutral type).</summary>
internal sealed class GlobalSettingsKind : ResourceKind<GlobalSettings>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.GlobalSettings];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a neutral type of the graph with no CloudFormation resource (account settings are applied outside CloudFormation), so a template never holds it";
}
