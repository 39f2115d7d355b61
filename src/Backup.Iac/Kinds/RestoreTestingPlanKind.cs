using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A restore testing plan.</summary>
internal sealed class RestoreTestingPlanKind : ResourceKind<RestoreTestingPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RestoreTestingPlan];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
