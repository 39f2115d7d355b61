using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Kinds;

/// <summary>A raw resource: any CloudFormation type with the user's properties, written as given.</summary>
internal sealed class RawResourceKind : ResourceKind<RawResource>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    /// <remarks>A resource read from a linted template only as a fact (<see cref="RawResource.FactOnly"/>) is not lowered.</remarks>
    protected override IEnumerable<Resource> Lower(RawResource construct, LoweringContext context)
    {
        if (construct.FactOnly)
        {
            yield break;
        }

        yield return new Resource(construct.LogicalId, construct.Type, construct.ResourcePath, construct.Properties);
    }

    // ── import (scope "import") ──
}
