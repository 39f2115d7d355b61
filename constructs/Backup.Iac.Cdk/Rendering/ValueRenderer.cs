using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Amazon.CDK;
using Backup.Iac.Graph;
using CdkAws = Amazon.CDK.Aws;
using CdkToken = Amazon.CDK.Token;

namespace Backup.Iac.Cdk.Rendering;

/// <summary>
/// Turns graph values into CDK values: literals stay literals, <c>Ref</c> and <c>Fn::GetAtt</c> become the rendered
/// resource's <c>Ref</c> and <c>GetAtt</c>, pseudo parameters become <see cref="CdkAws"/> tokens, parameters become
/// <see cref="CfnParameter"/> values and joins <see cref="Fn.Join"/>. CDK token strings carried in literals (a
/// <c>key.KeyArn</c> given to the model) pass through as they are, and the CDK resolves them.
/// </summary>
internal sealed class ValueRenderer(Func<string, CfnResource> resourceOf, Func<Parameter, CfnParameter> parameterOf)
{
    /// <summary>Whether the value can be written where CloudFormation expects a string.</summary>
    public static bool IsStringLike(Value value) => value switch
    {
        StringValue or ReferenceValue or AttributeValue or PseudoParameterValue or ParameterValue => true,
        JoinValue join => join.Parts.All(IsStringLike),
        _ => false,
    };

    /// <summary>Whether a JSON null occurs anywhere in the value (jsii cannot carry one: it becomes undefined).</summary>
    public static bool ContainsNull(Value value) => value switch
    {
        NullValue => true,
        ListValue list => list.Items.Any(ContainsNull),
        MapValue map => map.Entries.Values.Any(ContainsNull),
        OpaqueValue opaque => ContainsNull(opaque.Expression),
        _ => false,
    };

    /// <summary>A string-like value as a CDK string (a literal or a token string).</summary>
    public string AsString(Value value) => value switch
    {
        StringValue s => s.Text,
        ReferenceValue r => resourceOf(r.LogicalId).Ref,
        AttributeValue a => CdkToken.AsString(resourceOf(a.LogicalId).GetAtt(a.Attribute)),
        PseudoParameterValue p => Pseudo(p.Name),
        ParameterValue p => parameterOf(p.Declaration).ValueAsString,
        JoinValue j => Fn.Join("", [.. j.Parts.Select(AsString)]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Not a string value."),
    };

    /// <summary>
    /// Any value as a CDK object for a property taken as is (a policy document, a map, a generic resource's
    /// property). A value holding a JSON null is written as a JSON string, because jsii drops nulls.
    /// </summary>
    public object Property(Value value) => ContainsNull(value) ? JsonText(value) : Raw(value);

    private object Raw(Value value) => value switch
    {
        NumberValue n => (double)n.Number,
        BoolValue b => b.Flag,
        ListValue l => l.Items.Select(Raw).ToArray(),
        MapValue m => m.Entries.ToDictionary(e => e.Key, e => Raw(e.Value), StringComparer.Ordinal),
        OpaqueValue o => Raw(o.Expression),
        _ when IsStringLike(value) => AsString(value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind."),
    };

    /// <summary>The value as JSON text; deploy-time strings inside it are CDK tokens, which the CDK resolves into a join.</summary>
    private string JsonText(Value value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void Write(Utf8JsonWriter writer, Value value)
    {
        switch (value)
        {
            case NullValue:
                writer.WriteNullValue();
                break;
            case NumberValue n:
                writer.WriteNumberValue(n.Number);
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Flag);
                break;
            case ListValue l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case MapValue m:
                writer.WriteStartObject();
                foreach (var (key, item) in m.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case OpaqueValue o:
                Write(writer, o.Expression);
                break;
            default:
                writer.WriteStringValue(AsString(value));
                break;
        }
    }

    private static string Pseudo(string name) => name switch
    {
        PseudoParameters.AccountId => CdkAws.ACCOUNT_ID,
        PseudoParameters.Region => CdkAws.REGION,
        PseudoParameters.Partition => CdkAws.PARTITION,
        PseudoParameters.StackName => CdkAws.STACK_NAME,
        _ => Fn.Ref("AWS::" + name),
    };
}
