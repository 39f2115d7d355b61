using System.Collections.Immutable;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// What one CloudFormation resource type of the graph becomes in the Pulumi program: its main provider resource
/// (with the same name as the graph resource), the outputs that <c>Ref</c> and <c>Fn::GetAtt</c> become, and the
/// mapping of its properties (which may add parts: resources the provider splits off). One class per type, found by
/// <see cref="PulumiMappings"/>: a new type is a new file.
/// </summary>
internal abstract class PulumiMapping
{
    /// <summary>The graph's (CloudFormation) resource type.</summary>
    public abstract string CloudFormationType { get; }

    /// <summary>The Pulumi type token of the main resource (short YAML form, e.g. <c>aws:backup:Vault</c>).</summary>
    public abstract string PulumiType { get; }

    /// <summary>The output that <c>Ref</c> returns, or null when it has none.</summary>
    public virtual string? RefOutput => null;

    /// <summary>The output each <c>Fn::GetAtt</c> attribute becomes.</summary>
    public virtual ImmutableDictionary<string, string> AttributeOutputs => ImmutableDictionary<string, string>.Empty;

    /// <summary>Whether the main resource's ARN is a stack output.</summary>
    public virtual bool ExportsArn => false;

    /// <summary>Maps the resource of <paramref name="context"/>: adds its main resource and parts, reports what the provider cannot express.</summary>
    public abstract void Map(MappingContext context);

    /// <summary>An attribute table: CloudFormation attribute name to Pulumi output.</summary>
    protected static ImmutableDictionary<string, string> Attributes(params (string Cfn, string Pulumi)[] pairs) =>
        pairs.ToImmutableDictionary(p => p.Cfn, p => p.Pulumi, StringComparer.Ordinal);
}
