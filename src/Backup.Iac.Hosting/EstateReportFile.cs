using Backup.Iac.Report;

namespace Backup.Iac;

/// <summary>
/// <c>synth --report FILE</c> and <c>backup-iac report</c>: writes the estate report (one self-contained HTML page) to a
/// file through <see cref="ReportFile.Replace"/>, so that a failure leaves no half-written report and a planted link is
/// replaced, never written through.
/// </summary>
internal static class EstateReportFile
{
    /// <summary>Writes the report of an app after synth (written when synth fails too: the page shows the errors).</summary>
    /// <param name="app">The synthesized app.</param>
    /// <param name="diagnostics">The diagnostics synth reported.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="stdout">Where "Wrote ..." goes.</param>
    /// <param name="stderr">Where a failure to write goes.</param>
    /// <returns>True when written; false when the file cannot be written (exit code 2).</returns>
    public static bool Write(BackupApp app, IReadOnlyList<Diagnostic> diagnostics, string path, TextWriter stdout, TextWriter stderr) =>
        Write([new ReportSource("", app, diagnostics)], path, stdout, stderr);

    /// <summary>Writes the report of several estates.</summary>
    /// <param name="sources">The estates.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="stdout">Where "Wrote ..." goes.</param>
    /// <param name="stderr">Where a failure to write goes.</param>
    /// <returns>True when written.</returns>
    public static bool Write(IReadOnlyList<ReportSource> sources, string path, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var html = EstateReport.Render(sources, new ReportOptions { FindRule = RuleBook.Find });
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            ReportFile.Replace(path, html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"Cannot write the report '{path}': {e.Message}");
            return false;
        }

        stdout.WriteLine($"Wrote report {path}");
        return true;
    }
}
