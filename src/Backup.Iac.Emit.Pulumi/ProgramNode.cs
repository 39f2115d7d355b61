using System.Collections.Immutable;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// The program as an ordered YAML tree. String scalars hold Pulumi YAML text: literal <c>$</c> already doubled,
/// references already written as <c>${name.output}</c>.
/// </summary>
internal abstract record ProgramNode
{
    public sealed record Scalar(object? Value) : ProgramNode;

    public sealed record Sequence(ImmutableArray<ProgramNode> Items) : ProgramNode;

    /// <summary>A mapping whose entries are written in the given order.</summary>
    public sealed record Mapping(ImmutableArray<Entry> Entries) : ProgramNode
    {
        public static Mapping Empty { get; } = new([]);

        /// <summary>A mapping of the present entries (null values are left out), in ordinal key order.</summary>
        public static Mapping Sorted(params (string Key, ProgramNode? Value)[] entries) =>
            new([.. entries.Where(e => e.Value is not null).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new Entry(e.Key, e.Value!))]);

        /// <summary>A mapping of the present entries (null values are left out), in the given order.</summary>
        public static Mapping Ordered(params (string Key, ProgramNode? Value)[] entries) =>
            new([.. entries.Where(e => e.Value is not null).Select(e => new Entry(e.Key, e.Value!))]);
    }

    /// <summary>A key, its value, and a comment written on the line above it.</summary>
    public sealed record Entry(string Key, ProgramNode Value)
    {
        public string? Comment { get; init; }
    }

    public static Scalar Text(string text) => new(text);
}
