using System.Collections.Immutable;

namespace Backup.Iac.Import;

/// <summary>A place in a source file: 1-based line and column.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, counted in characters.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// A node of a parsed JSON or YAML document, with the position where it starts. YAML short-form intrinsic functions
/// (<c>!Ref X</c>, <c>!GetAtt A.B</c>, <c>!Sub</c>, ...) are read as their long form (<c>{"Ref": "X"}</c>), as
/// CloudFormation does.
/// </summary>
public abstract record SourceNode(SourcePosition At)
{
    /// <summary>A short description of the node's kind, for messages (<c>a mapping</c>, <c>a list</c>, <c>a string</c>).</summary>
    public abstract string KindName { get; }
}

/// <summary>A mapping, with its keys in the order written.</summary>
/// <param name="At">Where the mapping starts.</param>
/// <param name="Entries">The entries, in order; keys are unique.</param>
public sealed record SourceMapping(SourcePosition At, ImmutableArray<SourceEntry> Entries) : SourceNode(At)
{
    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The value under a key, or null.</summary>
    /// <param name="key">The key (case-sensitive).</param>
    /// <returns>The value, or null when the key is absent.</returns>
    public SourceNode? this[string key]
    {
        get
        {
            foreach (var e in Entries)
            {
                if (e.Key == key)
                {
                    return e.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The entry with a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry, or null.</returns>
    public SourceEntry? Entry(string key)
    {
        foreach (var e in Entries)
        {
            if (e.Key == key)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The intrinsic function this mapping is, if it is one: a single key <c>Ref</c>, <c>Condition</c> or <c>Fn::*</c>.
    /// </summary>
    public string? IntrinsicName => Entries is [{ Key: var k }] && (k == "Ref" || k == "Condition" || k.StartsWith("Fn::", StringComparison.Ordinal)) ? k : null;
}

/// <summary>A mapping entry.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeyAt">Where the key is written.</param>
/// <param name="Value">The value.</param>
public sealed record SourceEntry(string Key, SourcePosition KeyAt, SourceNode Value);

/// <summary>A list.</summary>
/// <param name="At">Where the list starts.</param>
/// <param name="Items">The items, in order.</param>
public sealed record SourceSequence(SourcePosition At, ImmutableArray<SourceNode> Items) : SourceNode(At)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}

/// <summary>What a scalar is, resolved as CloudFormation reads it.</summary>
public enum ScalarKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A number (its text is kept as written).</summary>
    Number,

    /// <summary>A boolean (<c>true</c> or <c>false</c>).</summary>
    Boolean,

    /// <summary>A null.</summary>
    Null,
}

/// <summary>A scalar: a string, number, boolean or null, with its text as written.</summary>
/// <param name="At">Where the scalar starts.</param>
/// <param name="Text">The text (for a number, as written; for a boolean, <c>true</c> or <c>false</c>).</param>
/// <param name="Kind">What the scalar is.</param>
public sealed record SourceScalar(SourcePosition At, string Text, ScalarKind Kind) : SourceNode(At)
{
    /// <inheritdoc />
    public override string KindName => Kind switch
    {
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Null => "null",
        _ => "a string",
    };
}

/// <summary>A file that cannot be read as JSON or YAML: what is wrong and where.</summary>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="At">Where.</param>
public sealed record SourceError(string Message, SourcePosition At);
