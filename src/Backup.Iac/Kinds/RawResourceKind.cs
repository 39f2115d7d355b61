using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Kinds;

/// <summary>A raw resource: any CloudFormation type with the user's properties, written as given (deploy-time tokens resolved).</summary>
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

        // Strings built with Token.AsString (a Ref, an attribute, a parameter) become the values they stand for, as in every kind.
        yield return new Resource(construct.LogicalId, construct.Type, construct.ResourcePath, (MapValue)LoweringValues.Resolved(construct.Properties));
    }

    // ── import (scope "import") ──
}
