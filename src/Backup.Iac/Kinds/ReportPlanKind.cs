using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Backup Audit Manager report plan.</summary>
internal sealed class ReportPlanKind : ResourceKind<ReportPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.ReportPlan];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
