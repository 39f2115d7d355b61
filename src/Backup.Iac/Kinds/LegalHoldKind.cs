using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A legal hold.</summary>
internal sealed class LegalHoldKind : ResourceKind<LegalHold>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LegalHold];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
