using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Backup Audit Manager framework.</summary>
internal sealed class FrameworkKind : ResourceKind<Framework>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.Framework];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
