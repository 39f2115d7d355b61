namespace Backup.Iac.Import;

/// <summary>
/// Where in the source file each imported construct and property was written, so that a diagnostic of the model
/// (construct path + property, in C# API terms) points at a line and column of the template.
/// </summary>
public sealed class SourceLocator
{
    private readonly Dictionary<string, SourcePosition> places = new(StringComparer.Ordinal);

    /// <summary>Records where a construct (or a part of it, such as <c>Plan/Rules[Daily]</c>) or one of its properties is written.</summary>
    /// <param name="path">The construct path, possibly with a sub-path.</param>
    /// <param name="property">The property in API terms, or null for the construct itself.</param>
    /// <param name="at">The position.</param>
    public void Add(string path, string? property, SourcePosition at) => places.TryAdd(Key(path, property), at);

    /// <summary>
    /// The best position for a diagnostic: its property, else the nearest enclosing property
    /// (<c>Lifecycle.DeleteAfter</c> -> <c>Lifecycle</c>, <c>Resources[2]</c> -> <c>Resources</c>), else its construct or
    /// the nearest enclosing one.
    /// </summary>
    /// <param name="path">The diagnostic's path.</param>
    /// <param name="property">The diagnostic's property, or null.</param>
    /// <returns>The position, or null when nothing of the path was imported from the file.</returns>
    public SourcePosition? Find(string path, string? property)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var p = property; p is not null; p = Shorter(p))
        {
            if (places.TryGetValue(Key(path, p), out var at))
            {
                return at;
            }
        }

        for (var p = path; p.Length > 0; p = p.LastIndexOf('/') is var i and > 0 ? p[..i] : "")
        {
            if (places.TryGetValue(Key(p, null), out var at))
            {
                return at;
            }
        }

        return null;
    }

    private static string Key(string path, string? property) => property is null ? path : path + "#" + property;

    /// <summary>The enclosing property: drops a trailing index or the last dotted segment; null at the top.</summary>
    private static string? Shorter(string property)
    {
        if (property.EndsWith(']') && property.LastIndexOf('[') is var open and > 0)
        {
            return property[..open];
        }

        var dot = property.LastIndexOf('.');
        return dot > 0 ? property[..dot] : null;
    }
}
