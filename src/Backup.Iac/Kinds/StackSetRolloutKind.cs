using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>An organization-wide rollout: a CloudFormation StackSet of a member stack.</summary>
internal sealed class StackSetRolloutKind : ResourceKind<StackSetRollout>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.StackSet];

    // ── lowering (scope "kinds") ──

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override string? NotImportedBecause => "a StackSet carries a whole template of its own: lint reads that template, not the StackSet resource, into the model";
}
