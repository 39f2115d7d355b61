namespace Backup.Iac.Report;

/// <summary>
/// The estate report: one self-contained HTML page (inline CSS and SVG, no script, nothing fetched from the network)
/// that shows, per account and Region, what each plan protects, how long recovery points live, when jobs run, where
/// copies go, what the frameworks will judge and every diagnostic beside what it concerns. The same estate gives the
/// same bytes: no timestamp, fixed order, invariant culture. It reads the validated model and changes nothing.
/// </summary>
public static class EstateReport
{
    /// <summary>Writes the report of an app whose diagnostics are known (call <see cref="BackupApp.Synth"/> first).</summary>
    /// <param name="app">The app.</param>
    /// <param name="diagnostics">Its diagnostics (validation and target limits, acknowledged ones left out).</param>
    /// <param name="options">How to write it.</param>
    /// <returns>The HTML page (UTF-8 text, <c>\n</c> line ends).</returns>
    public static string Render(BackupApp app, IReadOnlyList<Diagnostic> diagnostics, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Render([new ReportSource("", app, diagnostics)], options);
    }

    /// <summary>Writes one report of several estates (e.g. the templates given to <c>backup-iac report</c>).</summary>
    /// <param name="sources">The estates, in the order to show them.</param>
    /// <param name="options">How to write it.</param>
    /// <returns>The HTML page.</returns>
    public static string Render(IReadOnlyList<ReportSource> sources, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Page.Write(new Estate(sources, options ?? new ReportOptions()));
    }
}
