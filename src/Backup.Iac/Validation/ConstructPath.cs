using System.Collections.Immutable;

namespace Backup.Iac.Validation;

/// <summary>
/// A path below a construct that diagnostics name (the part after the construct's own path), as segments:
/// <c>Rules[Daily]</c>, <c>Rules[Daily]/CopyActions[0]</c>. The collection names come from <c>nameof</c>; the canonical
/// text joins the segments with <c>/</c> and is what <see cref="Diagnostic.Path"/> carries after the construct's path.
/// </summary>
internal readonly record struct ConstructPath
{
    private readonly ImmutableArray<string> segments;

    private ConstructPath(ImmutableArray<string> segments) => this.segments = segments;

    /// <summary>The segments, outermost first.</summary>
    public ImmutableArray<string> Segments => segments.IsDefault ? [] : segments;

    /// <summary>The canonical text, e.g. <c>Rules[Daily]/CopyActions[0]</c>.</summary>
    public string Text => string.Join('/', Segments);

    /// <summary>The element of a collection of parts: <c>Rules[Daily]</c> (pass <c>nameof</c> of the collection).</summary>
    /// <param name="collection">The collection's property name.</param>
    /// <param name="key">The element's name or position.</param>
    /// <returns>The path.</returns>
    public static ConstructPath Item(string collection, object key) => new([Segment(collection, key)]);

    /// <summary>
    /// The effective backup policy of an account, reported under the policy that contributes to it: <c>Effective[ACCOUNT]</c>
    /// (a part of no C# property: the merge of the policies that apply to the account).
    /// </summary>
    /// <param name="accountId">The account.</param>
    /// <returns>The path.</returns>
    public static ConstructPath EffectivePolicyOf(string accountId) => new(["Effective[" + accountId + "]"]);

    /// <summary>This path followed by an element of a nested collection: <c>Rules[Daily]/CopyActions[0]</c>.</summary>
    /// <param name="collection">The nested collection's property name.</param>
    /// <param name="key">The element's name or position.</param>
    /// <returns>The longer path.</returns>
    public ConstructPath ThenItem(string collection, object key) => new(Segments.Add(Segment(collection, key)));

    /// <summary>The full path of a diagnostic at this path below <paramref name="owner"/>.</summary>
    /// <param name="owner">The construct.</param>
    /// <returns>The path, e.g. <c>Prod/DailyPlan/Rules[Daily]</c>.</returns>
    public string Under(Construct owner) => Segments.IsEmpty ? owner.Path : owner.Path + "/" + Text;

    /// <summary>The text diagnostics carry.</summary>
    /// <param name="path">The path.</param>
    public static implicit operator string(ConstructPath path) => path.Text;

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(ConstructPath other) => Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    private static string Segment(string collection, object key) =>
        string.IsNullOrEmpty(collection) || collection.Contains('/', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{collection}' is not one collection name.", nameof(collection))
            : collection + "[" + Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) + "]";
}
