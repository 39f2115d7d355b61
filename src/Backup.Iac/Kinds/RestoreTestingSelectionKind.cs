using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A restore testing selection, with the IAM role it generates when none is given.</summary>
internal sealed class RestoreTestingSelectionKind : ResourceKind<RestoreTestingSelection>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.RestoreTestingSelection, ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
