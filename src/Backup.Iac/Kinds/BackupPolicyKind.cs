using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>An AWS Organizations backup policy (<c>AWS::Organizations::Policy</c> of type <c>BACKUP_POLICY</c>).</summary>
internal sealed class BackupPolicyKind : ResourceKind<BackupPolicy>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.OrganizationsPolicy];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
