using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup vault (<c>AWS::Backup::BackupVault</c>).</summary>
internal sealed class BackupVaultKind : ResourceKind<BackupVault>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupVault];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
