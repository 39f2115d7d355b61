using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup service role (<c>AWS::IAM::Role</c>) of an organization rollout.</summary>
internal sealed class BackupServiceRoleKind : ResourceKind<BackupServiceRole>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
