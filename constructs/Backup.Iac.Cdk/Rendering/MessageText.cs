using System.Text.RegularExpressions;
using Amazon.CDK;
using Backup.Iac.Graph;

namespace Backup.Iac.Cdk.Rendering;

/// <summary>
/// Diagnostic text for the CDK. The CDK resolves every token string in an annotation, and Backup.Iac's own markers
/// (<c>${Token[3]}</c>) are unknown to it, so deploy-time values in a message are written as CloudFormation
/// <c>Fn::Sub</c> names instead: <c>${AWS::AccountId}</c>, <c>${Parameter}</c>, <c>${LogicalId.Attribute}</c>; a CDK
/// token (a <c>key.KeyArn</c> the model quotes) is written as what the CDK resolves it to.
/// </summary>
internal static partial class MessageText
{
    public static string Readable(string text, Stack stack)
    {
        var ours = Backup.Iac.Token.IsUnresolved(text) ? Describe(Backup.Iac.Token.ToValue(text)) : text;
        return Amazon.CDK.Token.IsUnresolved(ours)
            ? CdkToken().Replace(ours, m => Describe(stack.Resolve(m.Value)))
            : ours;
    }

    private static string Describe(Value value) => value switch
    {
        StringValue s => s.Text,
        PseudoParameterValue p => "${AWS::" + p.Name + "}",
        ParameterValue p => "${" + p.Declaration.Name + "}",
        ReferenceValue r => "${" + r.LogicalId + "}",
        AttributeValue a => "${" + a.LogicalId + "." + a.Attribute + "}",
        JoinValue j => string.Concat(j.Parts.Select(Describe)),
        _ => "${...}",
    };

    private static string Describe(object? resolved) => resolved switch
    {
        null => "",
        string s => s,
        _ => Whitespace().Replace(resolved.ToString() ?? "", " "),
    };

    [GeneratedRegex(@"\$\{Token\[[^\]]+\]\}", RegexOptions.CultureInvariant)]
    private static partial Regex CdkToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
