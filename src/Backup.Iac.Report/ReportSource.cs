namespace Backup.Iac.Report;

/// <summary>
/// One estate to draw: an app (built by a program, or imported from a template) and its diagnostics after validation.
/// </summary>
/// <param name="Name">What the estate came from, e.g. a template's file name; shown when a report has several.</param>
/// <param name="App">The validated app, or null when the source could not be read (then only its diagnostics are shown).</param>
/// <param name="Diagnostics">The diagnostics of the app (validation, target limits, lint), with paths in the app.</param>
public sealed record ReportSource(string Name, BackupApp? App, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where each diagnostic was found in the source (e.g. <c>12:5</c>, a template's line and column).</summary>
    /// <value>Default: no locations; diagnostics are shown at their construct paths.</value>
    public IReadOnlyDictionary<Diagnostic, string>? Locations { get; init; }
}
