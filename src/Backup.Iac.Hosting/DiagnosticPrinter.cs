using System.Globalization;

namespace Backup.Iac;

/// <summary>Prints diagnostics as MSBuild-shaped lines, coloured by severity on a terminal.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes each diagnostic on its own line, then a summary line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="color">Whether to use ANSI colours.</param>
    /// <param name="verbose">Whether to print infos too (otherwise only counted).</param>
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool color, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }

            if (d.Severity == Severity.Info && !verbose)
            {
                continue;
            }

            var severity = d.Severity.ToString().ToLowerInvariant();
            var paint = !color ? "" : d.Severity switch
            {
                Severity.Error => "\u001b[31m",
                Severity.Warning => "\u001b[33m",
                _ => "\u001b[36m",
            };
            var reset = color ? "\u001b[0m" : "";
            var dim = color ? "\u001b[2m" : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Location}: {paint}{severity} {d.Code}{reset}: {d.Message}{dim}{(d.ConstraintId is null ? "" : $" [{d.ConstraintId}]")} [{d.Help}]{reset}"));
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s), {infos} info(s)");
        if (infos > 0 && !verbose)
        {
            summary += " (--verbose shows infos)";
        }

        writer.WriteLine(summary);
    }
}
