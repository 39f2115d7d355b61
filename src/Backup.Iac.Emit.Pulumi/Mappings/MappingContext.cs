using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>
/// What a <see cref="PulumiMapping"/> works with while it maps one graph resource: the resource and a reader of its
/// properties, the values written as Pulumi YAML (references become <c>${name.output}</c>), the resources it adds and
/// the limits it reports. One per resource, so nothing of a resource outlives its mapping.
/// </summary>
internal sealed class MappingContext
{
    private readonly ProgramBuilder program;
    private readonly PulumiMapping mapping;
    private readonly HashSet<string> referenced = new(StringComparer.Ordinal); // shared by every resource this one adds

    public MappingContext(ProgramBuilder program, Resource resource, PulumiMapping mapping)
    {
        this.program = program;
        this.mapping = mapping;
        Resource = resource;
        Properties = new PropertyReader(resource.Properties);
        Path = program.ResourcePath(resource);
    }

    /// <summary>The graph resource being mapped.</summary>
    public Resource Resource { get; }

    /// <summary>Its logical ID, the name of its main resource in the program.</summary>
    public string Id => Resource.LogicalId;

    /// <summary>The reader of its properties; what is not taken when the mapping returns is reported.</summary>
    public PropertyReader Properties { get; }

    /// <summary>Its construct path, for diagnostics.</summary>
    public string Path { get; }

    /// <summary>The whole graph (to find related resources).</summary>
    public ResourceGraph Graph => program.Graph;

    private bool Retain => Resource.RemovalPolicy == RemovalPolicy.Retain;

    /// <summary>Adds the main resource (named after the graph resource, of the mapping's type).</summary>
    public void Add(Node.Mapping properties) =>
        program.Add(new Emitted(Id, mapping.PulumiType, properties, Id, referenced) { RetainOnDelete = Retain, ArnOutput = mapping.ExportsArn });

    /// <summary>Adds a part (a resource the provider splits off); nothing when <paramref name="properties"/> is null.</summary>
    public void Add(string name, string type, Node.Mapping? properties, ImmutableArray<string> dependsOn = default)
    {
        if (properties is null)
        {
            return;
        }

        program.Add(new Emitted(name, type, properties, Id, referenced) { RetainOnDelete = Retain, DependsOn = dependsOn.IsDefault ? [] : dependsOn });
    }

    /// <summary><c>${ID.output}</c>: an output of the main resource.</summary>
    public Node.Scalar Output(string output) => Node.Text("${" + Id + "." + output + "}");

    /// <summary>Reports a limit of the Pulumi output.</summary>
    public void Report(Constraint constraint, string path, string? property, params object[] args) => program.Report(constraint, path, property, args);

    /// <summary>A mapping of the present entries, in ordinal key order.</summary>
    public static Node.Mapping Props(params (string Key, Node? Value)[] entries) => Node.Mapping.Sorted(entries);

    /// <summary>A property's value as Pulumi YAML; null when absent.</summary>
    public Node? Take(PropertyReader r, string key) => r.Take(key) is { } v ? Expr(v, Join(r.Prefix, key)) : null;

    /// <summary>The maps of a list property, each mapped by <paramref name="map"/>; null when absent.</summary>
    public static Node.Sequence? Items(PropertyReader r, string key, Func<PropertyReader, Node> map) =>
        r.List(key) is { } items ? new Node.Sequence([.. items.Select(map)]) : null;

    /// <summary>A list of key-value maps as the provider's <c>{key, value}</c> items.</summary>
    public Node.Sequence? KeyValues(PropertyReader map, string key, string keyName, string valueName) =>
        Items(map, key, item => Props(("key", Take(item, keyName)), ("value", Take(item, valueName))));

    /// <summary>A JSON document property: a string stays a string, a structure is built with <c>fn::toJSON</c> so it stays structured.</summary>
    public Node? Json(PropertyReader r, string key) => r.Take(key) switch
    {
        null => null,
        (MapValue or ListValue) and var v => Node.Mapping.Ordered(("fn::toJSON", Expr(v, Join(r.Prefix, key)))),
        var v => Expr(v, Join(r.Prefix, key)),
    };

    /// <summary>CloudFormation's tag lists (<c>[{Key, Value}]</c>, as every schema's <c>Tag</c> definition) as the provider's tag maps; a map stays a map.</summary>
    public Node? Tags(PropertyReader r, string key)
    {
        var property = Join(r.Prefix, key);
        switch (r.Take(key))
        {
            case null:
                return null;
            case ListValue list:
                var entries = new List<(string, Node?)>();
                foreach (var (item, i) in list.Items.Select((item, i) => (item, i)))
                {
                    if (item is MapValue m && m.Entries.TryGetValue(CfnRole.TagProperty.Key, out var k) && k is StringValue { Text: var text }
                        && m.Entries.TryGetValue(CfnRole.TagProperty.Value, out var v))
                    {
                        entries.Add((text, Expr(v, $"{property}[{i}].{CfnRole.TagProperty.Value}")));
                    }
                    else
                    {
                        Report(PulumiLimits.Value, Path, $"{property}[{i}]", $"{property}[{i}]", "a tag needs a literal Key and a Value to become a key of the provider's tag map");
                    }
                }

                return Props([.. entries]);
            case var other:
                return Expr(other, property);
        }
    }

    /// <summary>A graph value as Pulumi YAML.</summary>
    public Node Expr(Value value, string property) => value switch
    {
        StringValue s => Node.Text(ProgramBuilder.Escape(s.Text)),
        NumberValue n => new Node.Scalar(n.Number),
        BoolValue b => new Node.Scalar(b.Flag),
        NullValue => new Node.Scalar(null),
        ListValue l => new Node.Sequence([.. l.Items.Select((item, i) => Expr(item, $"{property}[{i}]"))]),
        MapValue m => MapOf(m, property),
        JoinValue j => Node.Text(Interpolate(j, property)),
        OpaqueValue { Target: PulumiEmitter.Target } o => Expr(o.Expression, property),
        EmbeddedTemplateValue => throw new ArgumentException(
            $"{property} embeds a member template; resolve the graph with StackSetTemplates.Resolve (Backup.Iac.Emit.CloudFormation) before writing the Pulumi program, so that it holds the template's CloudFormation text.", nameof(value)),
        _ => Node.Text("${" + Access(value, property) + "}"),
    };

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    private Node.Mapping MapOf(MapValue map, string property)
    {
        foreach (var key in map.Entries.Keys.Where(k => k.Contains('$', StringComparison.Ordinal) || k.StartsWith("fn::", StringComparison.OrdinalIgnoreCase)))
        {
            Report(PulumiLimits.Value, Path, property, $"The key '{key}'", "Pulumi YAML reads '$' and 'fn::' in keys as expressions");
        }

        return new Node.Mapping([.. map.Entries.Select(e => new Node.Entry(e.Key, Expr(e.Value, property + "." + e.Key)))]);
    }

    private string Interpolate(JoinValue join, string property)
    {
        var sb = new StringBuilder();
        foreach (var part in join.Parts)
        {
            switch (part)
            {
                case StringValue s:
                    sb.Append(ProgramBuilder.Escape(s.Text));
                    break;
                case NumberValue n:
                    sb.Append(n.Number.ToString(CultureInfo.InvariantCulture));
                    break;
                case BoolValue b:
                    sb.Append(b.Flag ? "true" : "false");
                    break;
                case JoinValue nested:
                    sb.Append(Interpolate(nested, property));
                    break;
                default:
                    sb.Append("${").Append(Access(part, property)).Append('}');
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The property access that a reference, an attribute, an environment value or a parameter becomes.</summary>
    private string Access(Value value, string property)
    {
        switch (value)
        {
            case ReferenceValue r when Resolve(r.LogicalId, null, property) is { } access:
                return access;
            case AttributeValue a when Resolve(a.LogicalId, a.Attribute, property) is { } access:
                return access;
            case PseudoParameterValue { Name: PseudoParameters.StackName }:
                return "pulumi.stack";
            case PseudoParameterValue p when program.Variable(p.Name) is { } variable:
                return variable;
            case ParameterValue p:
                return program.ConfigKey(p.Declaration);
            case ReferenceValue or AttributeValue:
                return "";
            default:
                Report(PulumiLimits.Value, Path, property, property, value is OpaqueValue o
                    ? $"it is a {o.Target} expression that Backup.Iac does not translate"
                    : $"a {value.GetType().Name} has no Pulumi form");
                return "";
        }
    }

    private string? Resolve(string logicalId, string? attribute, string property)
    {
        var target = Graph.Find(logicalId);
        var what = attribute is null ? $"Ref {logicalId}" : $"Fn::GetAtt {logicalId}.{attribute}";
        if (target is null || !PulumiMappings.ByType.TryGetValue(target.Type, out var targetMapping))
        {
            Report(PulumiLimits.Value, Path, property, property, target is null
                ? $"{what} names no resource of this stack"
                : $"{what} refers to a {target.Type}, which is not in the Pulumi program");
            return null;
        }

        var output = attribute is null ? targetMapping.RefOutput : targetMapping.AttributeOutputs.GetValueOrDefault(attribute);
        if (output is null)
        {
            Report(PulumiLimits.Value, Path, property, property, $"{what} has no counterpart among the outputs of {targetMapping.PulumiType}");
            return null;
        }

        referenced.Add(logicalId);
        return logicalId + "." + output;
    }
}
