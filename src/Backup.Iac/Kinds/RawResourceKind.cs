using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A raw resource: any CloudFormation type with the user's properties, written as given.</summary>
internal sealed class RawResourceKind : ResourceKind<RawResource>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──
}
