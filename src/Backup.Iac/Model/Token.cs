using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Backup.Iac.Graph;

namespace Backup.Iac;

/// <summary>
/// Values that are known only at deploy time (a pseudo parameter, an attribute of another resource, an intrinsic
/// function read from an existing template), carried inside ordinary strings as markers, as the AWS CDK does.
/// Validation never range-checks a value that contains a token; lowering turns the markers back into graph values.
/// </summary>
public static partial class Token
{
    private static readonly ConcurrentDictionary<int, Value> Values = new();
    private static readonly ConcurrentDictionary<Value, int> Ids = new();
    private static int next;

    /// <summary>Encodes a deploy-time value as a string marker that can be embedded in other strings.</summary>
    /// <param name="value">The value.</param>
    /// <returns>A marker such as <c>${Token[7]}</c>.</returns>
    public static string AsString(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var id = Ids.GetOrAdd(value, v =>
        {
            var n = Interlocked.Increment(ref next);
            Values[n] = v;
            return n;
        });
        return "${Token[" + id.ToString(CultureInfo.InvariantCulture) + "]}";
    }

    /// <summary>Whether a string holds at least one deploy-time value.</summary>
    /// <param name="text">The string, or null.</param>
    /// <returns>True when the string is not fully known at synth time.</returns>
    public static bool IsUnresolved(string? text) => text is not null && text.Contains("${Token[", StringComparison.Ordinal);

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

            parts.Add(Values[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
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
    /// <c>${Vault.Arn}</c>, <c>${AWS::Region}</c>, <c>${Fn::Sub ...}</c>), for messages: markers are numbered per process,
    /// so they must not reach output that is compared between runs.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The readable text.</returns>
    public static string Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsUnresolved(text)
            ? Marker().Replace(text, m => Values.TryGetValue(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), out var v) ? "${" + Short(v) + "}" : m.Value)
            : text;
    }

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

    [GeneratedRegex(@"\$\{Token\[(\d+)\]\}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
