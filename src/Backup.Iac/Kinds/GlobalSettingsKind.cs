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
}
