using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup selection, with the IAM role it generates when none is given.</summary>
internal sealed class BackupSelectionKind : ResourceKind<BackupSelection>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupSelection, ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
