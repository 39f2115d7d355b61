using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// A resource written exactly as given, without checks (as the AWS CDK's <c>CfnResource</c>): the escape hatch for
/// what the model does not hold, for example a resource of an existing template whose plan is outside the template.
/// </summary>
public sealed class RawResource : Construct
{
    internal RawResource(BackupStack stack, string id, string type, MapValue properties)
        : base(stack, id)
    {
        Type = type;
        Properties = properties;
        LogicalId = ResourceLogicalId();
    }

    private RawResource(BackupStack stack, string id, string logicalId, string type, MapValue properties)
        : base(stack, id, detached: true)
    {
        Type = type;
        Properties = properties;
        LogicalId = logicalId;
    }

    /// <summary>The resource type, e.g. <c>AWS::Backup::Framework</c>.</summary>
    public string Type { get; }

    /// <summary>The properties, written as given.</summary>
    public MapValue Properties { get; }

    /// <summary>The logical ID of the resource.</summary>
    public string LogicalId { get; }

    /// <summary>
    /// A resource that lives outside the model (a resource of the CDK app around an estate), known to the facts index
    /// only: it is not a child of <paramref name="stack"/>, so it is neither validated nor written.
    /// </summary>
    /// <param name="stack">The stack whose <c>Ref</c>s and <c>Fn::GetAtt</c>s name it (same template).</param>
    /// <param name="id">A readable name for messages (its construct path in the CDK app).</param>
    /// <param name="logicalId">Its logical ID in the template.</param>
    /// <param name="type">Its CloudFormation type.</param>
    /// <param name="properties">Its properties, as CloudFormation reads them.</param>
    /// <returns>The fact.</returns>
    internal static RawResource Fact(BackupStack stack, string id, string logicalId, string type, MapValue properties) =>
        new(stack, id, logicalId, type, properties);

    /// <summary>
    /// Whether the resource was read from a linted template only as a fact for the cross-resource checks (a bucket, topic,
    /// key, ... that <see cref="Validation.Facts.ResourceFacts"/> reads): it is not lowered, so the graph (and what
    /// <c>convert</c> writes) holds the template's AWS Backup resources only, as before.
    /// </summary>
    internal bool FactOnly { get; init; }

    /// <summary>The logical IDs a linted template's <c>DependsOn</c> names (a fact: CloudFormation creates those first).</summary>
    internal IReadOnlyList<string> DependsOn { get; init; } = [];
}

// The stack's factory of RawResource, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds a resource written exactly as given, without checks (the escape hatch of the AWS CDK's <c>CfnResource</c>).</summary>
    /// <param name="id">The construct ID, unique in the stack.</param>
    /// <param name="type">The resource type.</param>
    /// <param name="properties">The properties.</param>
    /// <returns>The resource.</returns>
    public RawResource AddRawResource(string id, string type, Graph.MapValue properties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(properties);
        return new RawResource(this, id, type, properties);
    }
}
