using System.Globalization;

namespace Backup.Iac.Validation;

/// <summary>
/// The property path of a diagnostic within its construct (<see cref="Diagnostic.Property"/>), built from C# property
/// names with <c>nameof</c> so that renaming a property breaks the build rather than the message:
/// <c>PropertyPath.Of(nameof(BackupVaultProps.Lock)).Then(nameof(VaultLock.MinRetention))</c> is <c>Lock.MinRetention</c>,
/// <c>.Index(2)</c> appends <c>[2]</c>, <c>.Key("env")</c> appends <c>["env"]</c>. Converts to the string diagnostics carry.
/// </summary>
internal readonly record struct PropertyPath
{
    private readonly string? text;

    private PropertyPath(string text) => this.text = text;

    /// <summary>The canonical text, e.g. <c>Rules[0].Lifecycle.DeleteAfter</c>.</summary>
    public string Text => text ?? "";

    /// <summary>A path of one property name (pass <c>nameof(Type.Property)</c>).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The path.</returns>
    public static PropertyPath Of(string name) => new(Name(name));

    /// <summary>A path of several property names in order, joined by dots (each a <c>nameof</c>).</summary>
    /// <param name="names">The property names.</param>
    /// <returns>The path.</returns>
    public static PropertyPath Of(params ReadOnlySpan<string> names)
    {
        if (names.IsEmpty)
        {
            throw new ArgumentException("A property path names at least one property.", nameof(names));
        }

        var path = Of(names[0]);
        foreach (var name in names[1..])
        {
            path = path.Then(name);
        }

        return path;
    }

    /// <summary>The path followed by a nested property: <c>A</c> then <c>B</c> is <c>A.B</c>.</summary>
    /// <param name="name">The property name (a <c>nameof</c>).</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Then(string name) => new(Text + "." + Name(name));

    /// <summary>The path followed by a nested path: <c>A</c> then <c>B.C</c> is <c>A.B.C</c>.</summary>
    /// <param name="rest">The nested path.</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Then(PropertyPath rest) => new(Text + "." + rest.Text);

    /// <summary>The element at a position of a list: <c>A[2]</c>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Index(int index) => new(Text + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>The value under a key of a map, quoted: <c>A["key"]</c>.</summary>
    /// <param name="key">The key, as the user wrote it.</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Key(string key) => new(Text + "[\"" + key + "\"]");

    /// <summary>
    /// An entry of a dictionary written as a member, for keys that are AWS's names rather than C# properties:
    /// <c>BackupOptions.WindowsVSS</c>.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Entry(string key) => new(Text + "." + key);

    /// <summary>An element named without quotes: <c>A[name]</c> (an operator, a member name or a parameter).</summary>
    /// <param name="item">The element's name.</param>
    /// <returns>The longer path.</returns>
    public PropertyPath Item(string item) => new(Text + "[" + item + "]");

    /// <summary>The text diagnostics carry.</summary>
    /// <param name="path">The path.</param>
    public static implicit operator string(PropertyPath path) => path.Text;

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string Name(string name) =>
        string.IsNullOrEmpty(name) || name.Contains('.', StringComparison.Ordinal) || name.Contains('[', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{name}' is not one property name.", nameof(name))
            : name;
}
