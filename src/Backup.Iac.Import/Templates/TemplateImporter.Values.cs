using System.Globalization;
using Backup.Iac.Graph;

namespace Backup.Iac.Import;

/// <summary>The template reader's values: source nodes as graph values, and deploy-time values as model strings.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        /// <summary>A source node as a graph value: intrinsic functions become references, attributes, parameters, joins, or opaque expressions.</summary>
        public Value ToValue(SourceNode node)
        {
            switch (node)
            {
                case SourceScalar { Kind: ScalarKind.Null }:
                    return NullValue.Instance;
                case SourceScalar { Kind: ScalarKind.Boolean } b:
                    return new BoolValue(b.Text == "true");
                case SourceScalar { Kind: ScalarKind.Number } n when long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                    return new NumberValue(number);
                case SourceScalar s:
                    return new StringValue(s.Text);
                case SourceSequence list:
                    return new ListValue([.. list.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar { Kind: ScalarKind.Text } target:
                    if (parameters.TryGetValue(target.Text, out var parameter))
                    {
                        return new ParameterValue(parameter);
                    }

                    if (Pseudo.TryGetValue(target.Text, out var pseudo))
                    {
                        return new PseudoParameterValue(pseudo);
                    }

                    return types.ContainsKey(target.Text) ? new ReferenceValue(target.Text) : Opaque(r);
                case SourceMapping { IntrinsicName: "Fn::GetAtt" } g when g["Fn::GetAtt"] is SourceSequence { Items: [SourceScalar { Kind: ScalarKind.Text } id, SourceScalar { Kind: ScalarKind.Text } attribute] }
                    && types.ContainsKey(id.Text):
                    return new AttributeValue(id.Text, attribute.Text);
                case SourceMapping { IntrinsicName: "Fn::Join" } j when j["Fn::Join"] is SourceSequence { Items: [SourceScalar { Text: "" }, SourceSequence parts] }:
                    return new JoinValue([.. parts.Items.Select(ToValue)]);
                case SourceMapping { IntrinsicName: not null } f:
                    return Opaque(f);
                case SourceMapping m:
                    return MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, ToValue(e.Value))));
                default:
                    return NullValue.Instance;
            }
        }

        private OpaqueValue Opaque(SourceMapping function) =>
            new("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>(function.Entries[0].Key, ToValue(function.Entries[0].Value))));

        /// <summary>A JSON document written as a template mapping, with intrinsic functions as token strings (a policy with <c>!Sub</c>/<c>!GetAtt</c> inside).</summary>
        private string JsonWithTokens(SourceMapping document) => SourceJson.Write(document, f => Token.AsString(ToValue(f)));

        /// <summary>
        /// A deploy-time value as a model string: an <c>Fn::Join</c> with an empty delimiter keeps its literal parts around
        /// a token per deploy-time part (<c>arn:${Token[..]}:ec2:eu-west-1:...:volume/vol-1</c>), as the C# model holds
        /// <c>$"arn:{Aws.Partition}:ec2:..."</c>, so that the checks that read the known parts (service, resource type,
        /// Region, account) see them; any other value is one token.
        /// </summary>
        private static string TokenString(Value value) => value switch
        {
            StringValue s => s.Text,
            JoinValue j => string.Concat(j.Parts.Select(TokenString)),
            _ => Token.AsString(value),
        };
    }
}
