using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup plan with its rules.</summary>
internal sealed class BackupPlanKind : ResourceKind<BackupPlan>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupPlan];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
