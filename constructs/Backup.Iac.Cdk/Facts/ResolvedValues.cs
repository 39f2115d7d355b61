using System.Collections;
using System.Globalization;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Facts;

/// <summary>
/// What the CDK resolves a value to (<c>stack.Resolve(...)</c>: CloudFormation JSON as .NET objects) as a graph value,
/// so that the facts index reads CDK resources as it reads a template: <c>Ref</c> of a resource becomes a
/// <see cref="ReferenceValue"/>, <c>Ref AWS::Region</c> a <see cref="PseudoParameterValue"/>, <c>Fn::GetAtt</c> an
/// <see cref="AttributeValue"/>, <c>Fn::Join</c> a <see cref="JoinValue"/>; any other intrinsic function is an
/// <see cref="OpaqueValue"/>, which every check treats as unknown.
/// </summary>
internal static class ResolvedValues
{
    private const string PseudoPrefix = "AWS::";

    public static Value? ToValue(object? resolved) => resolved switch
    {
        null => null,
        string s => new StringValue(s),
        bool b => new BoolValue(b),
        double d => Number(d),
        float f => Number(f),
        int i => new NumberValue(i),
        long l => new NumberValue(l),
        decimal m => Number((double)m),
        IDictionary<string, object?> map => Map(map.Select(e => (e.Key, e.Value))),
        IDictionary map => Map(map.Keys.Cast<object>().Select(k => (Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", map[k]))),
        IEnumerable list => new ListValue([.. list.Cast<object?>().Select(ToValue).Select(v => v ?? NullValue.Instance)]),
        _ => new StringValue(Convert.ToString(resolved, CultureInfo.InvariantCulture) ?? ""),
    };

    private static Value Number(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 9e15 ? new NumberValue((long)d) : new StringValue(d.ToString("R", CultureInfo.InvariantCulture));

    private static Value Map(IEnumerable<(string Key, object? Value)> entries)
    {
        var list = entries.ToList();
        if (list.Count == 1 && Intrinsic(list[0].Key, list[0].Value) is { } intrinsic)
        {
            return intrinsic;
        }

        return MapValue.Of(list.Select(e => new KeyValuePair<string, Value?>(e.Key, ToValue(e.Value))));
    }

    private static Value? Intrinsic(string name, object? argument)
    {
        switch (name)
        {
            case "Ref" when argument is string target:
                return target.StartsWith(PseudoPrefix, StringComparison.Ordinal) ? new PseudoParameterValue(target[PseudoPrefix.Length..]) : new ReferenceValue(target);
            case "Fn::GetAtt" when ToValue(argument) is ListValue { Items: [StringValue id, StringValue attribute] }:
                return new AttributeValue(id.Text, attribute.Text);
            case "Fn::GetAtt" when argument is string dotted && dotted.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot:
                return new AttributeValue(dotted[..dot], dotted[(dot + 1)..]);
            case "Fn::Join" when ToValue(argument) is ListValue { Items: [StringValue delimiter, ListValue parts] }:
                var joined = new List<Value>();
                foreach (var part in parts.Items)
                {
                    if (joined.Count > 0 && delimiter.Text.Length > 0)
                    {
                        joined.Add(delimiter);
                    }

                    joined.AddRange(part is JoinValue inner ? inner.Parts : [part]);
                }

                return joined.Count == 1 ? joined[0] : new JoinValue([.. joined]);
            case "Ref" or "Condition":
            case var _ when name.StartsWith("Fn::", StringComparison.Ordinal):
                return new OpaqueValue("cloudformation", MapValue.Of(new KeyValuePair<string, Value?>(name, ToValue(argument))));
            default:
                return null;
        }
    }
}
