using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A tiering configuration.</summary>
internal sealed class TieringConfigurationKind : ResourceKind<TieringConfiguration>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.TieringConfiguration];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
