using System.Collections.Immutable;

namespace Backup.Iac.Graph;

/// <summary>A property value of a graph resource: a small, immutable tree that every emitter can render.</summary>
public abstract record Value
{
    private protected Value()
    {
    }

    /// <summary>Wraps a string.</summary>
    public static implicit operator Value(string value) => new StringValue(value);

    /// <summary>Wraps a whole number.</summary>
    public static implicit operator Value(long value) => new NumberValue(value);

    /// <summary>Wraps a boolean.</summary>
    public static implicit operator Value(bool value) => new BoolValue(value);
}

/// <summary>A literal string.</summary>
/// <param name="Text">The text.</param>
public sealed record StringValue(string Text) : Value;

/// <summary>A JSON null inside a document taken as is (a raw access policy).</summary>
public sealed record NullValue : Value
{
    /// <summary>The null value.</summary>
    public static NullValue Instance { get; } = new();
}

/// <summary>A literal whole number.</summary>
/// <param name="Number">The number.</param>
public sealed record NumberValue(long Number) : Value;

/// <summary>A literal boolean.</summary>
/// <param name="Flag">The boolean.</param>
public sealed record BoolValue(bool Flag) : Value;

/// <summary>An ordered list of values.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    /// <inheritdoc />
    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => Items.Length;
}

/// <summary>A map from names to values; emitters write its entries in ordinal key order.</summary>
/// <param name="Entries">The entries, sorted by ordinal key.</param>
public sealed record MapValue(SortedValueDictionary Entries) : Value
{
    /// <summary>An empty map.</summary>
    public static MapValue Empty { get; } = new(SortedValueDictionary.Empty);

    /// <summary>Builds a map from pairs, skipping pairs whose value is null (absent optional values are omitted); a later pair with the same key wins.</summary>
    /// <param name="entries">The pairs.</param>
    /// <returns>The map.</returns>
    public static MapValue Of(params KeyValuePair<string, Value?>[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new MapValue(SortedValueDictionary.From(entries));
    }

    /// <summary>Builds a map from pairs, skipping pairs whose value is null (absent optional values are omitted); a later pair with the same key wins.</summary>
    /// <param name="entries">The pairs.</param>
    /// <returns>The map.</returns>
    public static MapValue Of(IEnumerable<KeyValuePair<string, Value?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new MapValue(SortedValueDictionary.From([.. entries]));
    }

    /// <inheritdoc />
    public bool Equals(MapValue? other)
    {
        if (other is null || Entries.Count != other.Entries.Count)
        {
            return false;
        }

        var mine = Entries.Span;
        var theirs = other.Entries.Span;
        for (var i = 0; i < mine.Length; i++)
        {
            if (mine[i].Key != theirs[i].Key || !Equals(mine[i].Value, theirs[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode() => Entries.Count;
}

/// <summary>A reference to another resource of the same graph (CloudFormation <c>Ref</c>).</summary>
/// <param name="LogicalId">The referenced resource.</param>
public sealed record ReferenceValue(string LogicalId) : Value;

/// <summary>An attribute of another resource of the same graph (CloudFormation <c>Fn::GetAtt</c>).</summary>
/// <param name="LogicalId">The referenced resource.</param>
/// <param name="Attribute">The attribute name, e.g. <c>BackupVaultArn</c>.</param>
public sealed record AttributeValue(string LogicalId, string Attribute) : Value;

/// <summary>A value of the deployment environment, known only at deploy time.</summary>
/// <param name="Name">One of <see cref="PseudoParameters"/>.</param>
public sealed record PseudoParameterValue(string Name) : Value;

/// <summary>The value of a stack parameter, given at deploy time (CloudFormation <c>Ref</c> to a parameter).</summary>
/// <param name="Declaration">The parameter.</param>
public sealed record ParameterValue(Parameter Declaration) : Value;

/// <summary>A parameter of a stack: a value given at deploy time.</summary>
/// <param name="Name">The parameter's name (alphanumeric).</param>
public sealed record Parameter(string Name)
{
    /// <summary>The parameter type, e.g. <c>String</c> or <c>Number</c>.</summary>
    public string Type { get; init; } = "String";

    /// <summary>The default value, if any.</summary>
    public string? Default { get; init; }

    /// <summary>A description, if any.</summary>
    public string? Description { get; init; }
}

/// <summary>The concatenation of several values (CloudFormation <c>Fn::Join</c> with an empty delimiter).</summary>
/// <param name="Parts">The parts, in order.</param>
public sealed record JoinValue(ImmutableArray<Value> Parts) : Value
{
    /// <inheritdoc />
    public bool Equals(JoinValue? other) => other is not null && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => Parts.Length;
}

/// <summary>
/// A value written in a target's own syntax that the graph cannot interpret (for example an intrinsic function
/// read from an existing template). Emitters of that target write it as is; validation treats it as unknown.
/// </summary>
/// <param name="Target">The target whose syntax <paramref name="Expression"/> uses, e.g. <c>cloudformation</c>.</param>
/// <param name="Expression">The expression as a value tree.</param>
public sealed record OpaqueValue(string Target, Value Expression) : Value;

/// <summary>Names of the deploy-time environment values.</summary>
public static class PseudoParameters
{
    /// <summary>The account ID of the stack.</summary>
    public const string AccountId = "AccountId";

    /// <summary>The Region of the stack.</summary>
    public const string Region = "Region";

    /// <summary>The partition of the stack (<c>aws</c>, <c>aws-cn</c>, ...).</summary>
    public const string Partition = "Partition";

    /// <summary>The name of the stack.</summary>
    public const string StackName = "StackName";
}
