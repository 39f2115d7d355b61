namespace Backup.Iac;

/// <summary>Properties of a <see cref="Framework"/>.</summary>
public sealed record FrameworkProps
{
    /// <summary>The framework's name: 1 to 256 letters, digits and underscores, starting with a letter. Create-only: renaming replaces the framework.</summary>
    /// <value>Default: the construct ID with every other character replaced by <c>_</c> (and <c>F</c> in front when it does not start with a letter).</value>
    public string? FrameworkName { get; init; }

    /// <summary>A description of up to 1,024 characters.</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>The controls (at least one); build them with <see cref="Backup.Iac.Controls"/>.</summary>
    public required IReadOnlyList<FrameworkControl> Controls { get; init; }

    /// <summary>Tags of the framework.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
