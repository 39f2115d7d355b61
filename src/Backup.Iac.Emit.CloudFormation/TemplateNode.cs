using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.CloudFormation;

/// <summary>
/// The template as an ordered tree shared by the JSON and YAML writers: the graph's value tree with intrinsic
/// functions spelled out, and sections and resource attributes in CloudFormation's documented order.
/// </summary>
internal abstract record TemplateNode
{
    public sealed record Scalar(object? Value) : TemplateNode;

    public sealed record Sequence(ImmutableArray<TemplateNode> Items) : TemplateNode;

    /// <summary>A mapping whose entries are written in the given order.</summary>
    public sealed record Mapping(ImmutableArray<KeyValuePair<string, TemplateNode>> Entries) : TemplateNode;

    public static TemplateNode Of(Value value) => value switch
    {
        StringValue s => new Scalar(s.Text),
        NullValue => new Scalar(null),
        NumberValue n => new Scalar(n.Number),
        BoolValue b => new Scalar(b.Flag),
        ListValue l => new Sequence([.. l.Items.Select(Of)]),
        MapValue m => new Mapping([.. m.Entries.Select(e => new KeyValuePair<string, TemplateNode>(e.Key, Of(e.Value)))]),
        ReferenceValue r => Function("Ref", new Scalar(r.LogicalId)),
        AttributeValue a => Function("Fn::GetAtt", new Sequence([new Scalar(a.LogicalId), new Scalar(a.Attribute)])),
        PseudoParameterValue p => Function("Ref", new Scalar("AWS::" + p.Name)),
        ParameterValue p => Function("Ref", new Scalar(p.Declaration.Name)),
        JoinValue j => Function("Fn::Join", new Sequence([new Scalar(""), new Sequence([.. j.Parts.Select(Of)])])),
        OpaqueValue o => Of(o.Expression),
        EmbeddedTemplateValue e => new Scalar(StackSetTemplates.Body(e.Template)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind."),
    };

    private static Mapping Function(string name, TemplateNode argument) => new([new(name, argument)]);
}
