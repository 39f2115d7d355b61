using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// Writes a resource graph as a Pulumi YAML program (<c>Pulumi.yaml</c>, <c>runtime: yaml</c>) for the AWS classic
/// provider, which <c>pulumi up</c> runs without an SDK.
/// </summary>
/// <remarks>
/// <para>Resource names are the graph's logical IDs (derived from the construct path, as CloudFormation's are), so both
/// outputs name a resource alike; what the provider splits off a CloudFormation resource is named after it with a
/// suffix: <c>-policy</c>, <c>-notifications</c> and <c>-lock</c> of a vault, <c>-policies</c> of a role,
/// <c>-attachment-TARGET</c> of an Organizations policy. A resource that refers to one of those also depends on its
/// parts, as it would in CloudFormation.</para>
/// <para>References become <c>${name.output}</c>; JSON documents are built with <c>fn::toJSON</c>; resources with
/// <see cref="RemovalPolicy.Retain"/> (vaults by default) and their parts get <c>retainOnDelete: true</c>, the
/// counterpart of CloudFormation's <c>DeletionPolicy</c>/<c>UpdateReplacePolicy: Retain</c>. A stack's Region is project
/// configuration (<c>aws:region</c>); parameters are config keys; the partition, an unbound Region and the account come
/// from <c>fn::invoke</c> variables. Output is deterministic: resources by name, properties in ordinal order.</para>
/// </remarks>
public static class PulumiEmitter
{
    /// <summary>The target name of <see cref="OpaqueValue"/>s written in Pulumi YAML's own syntax.</summary>
    public const string Target = "pulumi";

    /// <summary>The file name of a program.</summary>
    public const string ProjectFileName = "Pulumi.yaml";

    /// <summary>
    /// Renders the program of a stack (<see cref="ProjectFileName"/>) and reports what it cannot express
    /// (<see cref="PulumiLimits"/>); refused (no program) when one of those is an error.
    /// </summary>
    /// <param name="graph">The stack's graph, its StackSets resolved as the CloudFormation emitter resolves them.</param>
    /// <param name="stackPath">The stack's construct path, to prefix the paths of diagnostics; default the stack name.</param>
    /// <returns>The status, the diagnostics and the program.</returns>
    public static EmitResult Emit(ResourceGraph graph, string? stackPath = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var program = ProgramBuilder.Build(graph, stackPath ?? graph.StackName);
        return EmitResult.Of(program.Diagnostics, () => EmitOutput.FromText(program.Text ?? throw new InvalidOperationException("The program builder wrote no program.")));
    }
}
