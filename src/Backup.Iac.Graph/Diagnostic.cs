using System.Globalization;

namespace Backup.Iac;

/// <summary>One problem found by validation.</summary>
/// <param name="Code">The stable code, e.g. <c>BKP2204</c>.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Path">The construct path, e.g. <c>Prod/DailyPlan/Rules[Daily]</c>.</param>
/// <param name="Message">What is wrong, with the value seen, what is allowed, and how to fix it.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Path, string Message)
{
    /// <summary>The property path within the construct, e.g. <c>Lifecycle.DeleteAfter</c>.</summary>
    public string? Property { get; init; }

    /// <summary>The constraint ID of the catalog in ../shared/spec, e.g. <c>LC-004</c>.</summary>
    public string? ConstraintId { get; init; }

    /// <summary>The documentation page of the code.</summary>
    public string Help => $"docs/rules/{Code}.md";

    /// <summary>The location: path, then <c>#</c> and the property when there is one.</summary>
    public string Location => Property is null ? Path : Path + "#" + Property;

    /// <summary>Renders the diagnostic as one MSBuild-shaped line.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}{(ConstraintId is null ? "" : $" [{ConstraintId}]")}");
}
