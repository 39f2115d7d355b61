namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// One data-driven case of a constraint: a model that must (or must not) report <see cref="Code"/>. The name starts
/// with the catalog ID, e.g. <c>LC-004 cold 30 delete 119 is rejected</c>.
/// </summary>
public sealed record ConstraintCase(string Name, string Code, Func<BackupApp> Build, bool Violates)
{
    /// <summary>The diagnostic path a violation must have, e.g. <c>Test/Plan/Rules[Daily]</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The property a violation must name, e.g. <c>Lifecycle.DeleteAfter</c>.</summary>
    public string? Property { get; init; }

    /// <summary>The model deployed before, for rules about changes: its template is compared with the new one.</summary>
    public Func<BackupApp>? Previous { get; init; }

    /// <summary>A case about a change from <paramref name="before"/> to <paramref name="after"/> that must report the code.</summary>
    public static ConstraintCase BadChange(string name, string code, Func<BackupApp> before, Func<BackupApp> after, string? path = null, string? property = null) =>
        new(name, code, after, true) { Previous = before, Path = path, Property = property };

    /// <summary>A case about a change that must not report the code.</summary>
    public static ConstraintCase GoodChange(string name, string code, Func<BackupApp> before, Func<BackupApp> after) =>
        new(name, code, after, false) { Previous = before };

    /// <summary>A case that must report the code.</summary>
    public static ConstraintCase Bad(string name, string code, Func<BackupApp> build, string? path = null, string? property = null) =>
        new(name, code, build, true) { Path = path, Property = property };

    /// <summary>A case that must not report the code (valid, boundary, or unknown value).</summary>
    public static ConstraintCase Good(string name, string code, Func<BackupApp> build) => new(name, code, build, false);

    /// <inheritdoc />
    public override string ToString() => Name;
}
