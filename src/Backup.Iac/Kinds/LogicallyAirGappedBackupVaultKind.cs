using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A logically air-gapped backup vault.</summary>
internal sealed class LogicallyAirGappedBackupVaultKind : ResourceKind<LogicallyAirGappedBackupVault>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.LogicallyAirGappedBackupVault];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
