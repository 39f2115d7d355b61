using System.Collections.Immutable;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>One resource of the program, with what it refers to (to add the dependencies CloudFormation implies).</summary>
/// <param name="Name">The resource name in the program.</param>
/// <param name="Type">The Pulumi type token.</param>
/// <param name="Properties">The resource's properties.</param>
/// <param name="Owner">The logical ID of the graph resource it comes from (its own name for the main resource).</param>
/// <param name="References">The logical IDs its owner's properties refer to (shared by every part of the owner).</param>
internal sealed record Emitted(string Name, string Type, Node.Mapping Properties, string Owner, IReadOnlySet<string> References)
{
    public bool RetainOnDelete { get; init; }

    /// <summary>Whether the resource's ARN becomes a stack output (the main resource of a mapping that exports it).</summary>
    public bool ArnOutput { get; init; }

    public ImmutableArray<string> DependsOn { get; init; } = [];
}
