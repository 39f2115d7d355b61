using System.Text.RegularExpressions;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// Values that are known only at deploy time (a pseudo parameter, an attribute of another resource, an intrinsic
/// function read from an existing template), carried inside ordinary strings as markers, as the AWS CDK does.
/// Validation never range-checks a value that contains a token; lowering turns the markers back into graph values.
/// </summary>
/// <remarks>
/// A marker describes its value itself: <c>${Token[...]}</c> holds the value's canonical binary form in base64url
/// (<see cref="TokenCodec"/>), so decoding needs no registry. There is no process-wide table that grows with every token
/// (the CDK's token map lives as long as its app; ours lived as long as the process, and every linted template added to
/// it), nothing to scope to an app, and nothing shared between threads. Equal values get equal markers, so a marker
/// can be compared and replaced as text (<see cref="WithEnvironment"/>), and the same model gives the same markers in
/// every run. Messages never show a marker: <see cref="Describe"/> writes what it stands for.
/// </remarks>
public static partial class Token
{
    private const string Start = "${Token[";

    /// <summary>Encodes a deploy-time value as a string marker that can be embedded in other strings.</summary>
    /// <param name="value">The value (any value of the graph except an embedded template).</param>
    /// <returns>A marker such as <c>${Token[CQZSZWdpb24]}</c> (the Region pseudo parameter).</returns>
    public static string AsString(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Start + TokenCodec.Encode(value) + "]}";
    }

    /// <summary>Whether a string holds at least one deploy-time value.</summary>
    /// <param name="text">The string, or null.</param>
    /// <returns>True when the string is not fully known at synth time.</returns>
    public static bool IsUnresolved(string? text) => text is not null && text.Contains(Start, StringComparison.Ordinal);

    /// <summary>Turns a string that may hold markers into a graph value: a literal, the value itself, or a join.</summary>
    /// <param name="text">The string.</param>
    /// <returns>The graph value.</returns>
    public static Value ToValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsUnresolved(text))
        {
            return new StringValue(text);
        }

        var parts = new List<Value>();
        var last = 0;
        foreach (Match m in Marker().Matches(text))
        {
            if (m.Index > last)
            {
                parts.Add(new StringValue(text[last..m.Index]));
            }

            parts.Add(TokenCodec.TryDecode(m.Groups[1].ValueSpan) ?? new StringValue(m.Value)); // not a marker of ours: literal text
            last = m.Index + m.Length;
        }

        if (last < text.Length)
        {
            parts.Add(new StringValue(text[last..]));
        }

        return parts.Count == 1 ? parts[0] : new JoinValue([.. parts]);
    }

    /// <summary>
    /// The text with each deploy-time marker written as what it stands for (<c>${Ref VaultName}</c>,
    /// <c>${Vault.Arn}</c>, <c>${AWS::Region}</c>, <c>${Fn::Sub ...}</c>), for messages: a marker is an encoding, not
    /// words for a reader.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The readable text.</returns>
    public static string Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsUnresolved(text)
            ? Marker().Replace(text, m => TokenCodec.TryDecode(m.Groups[1].ValueSpan) is { } v ? "${" + Short(v) + "}" : m.Value)
            : text;
    }

    /// <summary>The text with each deploy-time marker shown as <c>${…}</c>, for messages that name no value.</summary>
    internal static string Mask(string text) => IsUnresolved(text) ? Marker().Replace(text, "${…}") : text;

    private static string Short(Value value) => value switch
    {
        ParameterValue p => "Ref " + p.Declaration.Name,
        ReferenceValue r => "Ref " + r.LogicalId,
        AttributeValue a => a.LogicalId + "." + a.Attribute,
        PseudoParameterValue p => "AWS::" + p.Name,
        OpaqueValue { Expression: MapValue m } when m.Entries.Count == 1 => m.Entries.Keys.First() + " ...",
        JoinValue => "Fn::Join ...",
        _ => "...",
    };

    /// <summary>The text with the stack's account and Region filled in where the stack names them (as lowering does).</summary>
    internal static string WithEnvironment(string text, BackupStack stack)
    {
        if (!IsUnresolved(text))
        {
            return text;
        }

        var result = stack.Account is { } account ? text.Replace(Aws.AccountId, account, StringComparison.Ordinal) : text;
        return stack.Region is { } region ? result.Replace(Aws.Region, region, StringComparison.Ordinal) : result;
    }

    [GeneratedRegex(@"\$\{Token\[([A-Za-z0-9_-]+)\]\}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
