using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>
/// Checks the app's acknowledgements against the catalog and the construct tree, after every validator has run: one
/// that names no code (BKP9007), an error (BKP9008) or a path of no construct (BKP9009) is a warning, because it hides
/// nothing; one that matched no finding is an info (BKP9010), printed under <c>--verbose</c>.
/// </summary>
internal static partial class AcknowledgementChecks
{
    /// <summary>
    /// Codes the core does not define but that a later stage reports and filters with the same acknowledgements: the
    /// back ends' limits (8xxx), the importer's (91xx) and the changes since the last synth, which are compared after
    /// validation. Whether they matched is not known here.
    /// </summary>
    private static bool ReportedLater(string code) =>
        code.StartsWith("BKP8", StringComparison.Ordinal) || code.StartsWith("BKP91", StringComparison.Ordinal)
        || ChangeConstraints.All.Any(c => c.Code == code);

    public static void Check(BackupApp app, IReadOnlyList<Diagnostic> reported, ValidationContext context)
    {
        if (app.Acknowledgements.Count == 0)
        {
            return;
        }

        var paths = context.Facts.Constructs.Select(c => c.Path).Where(p => p.Length > 0).ToList();
        var pathSet = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var a in app.Acknowledgements)
        {
            var code = a.Code.Trim().ToUpperInvariant();
            var constraint = ConstraintCatalog.Find(code);
            var laterCode = WellFormed().IsMatch(code) && ReportedLater(code);
            if (constraint is null && !laterCode)
            {
                var near = Spelling.Nearest(a.Code, ConstraintCatalog.All.Select(c => c.Code));
                context.ReportAt(ToolConstraints.AcknowledgedUnknownCode, a.At, a.Code, near is null ? "" : $" (did you mean {near}?)");
                continue;
            }

            if (constraint is { Severity: Severity.Error })
            {
                context.ReportAt(ToolConstraints.AcknowledgedError, a.At, constraint.Code);
                continue;
            }

            if (!Matches(a.At, pathSet))
            {
                var near = Spelling.Nearest(a.At, paths);
                var shown = near is not null && app.TemplateWording && near.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? near[(slash + 1)..] : near;
                context.ReportAt(ToolConstraints.AcknowledgedUnknownPath, a.At, code, shown is null ? "" : $" (did you mean '{shown}'?)");
                continue;
            }

            if (!laterCode && !reported.Any(d => BackupApp.Covers(a, d)))
            {
                context.ReportAt(ToolConstraints.AcknowledgedNothing, a.At, code);
            }
        }
    }

    /// <summary>Whether a path is a construct's, or a part of one as diagnostics print it (<c>Prod/Plan/Rules[Daily]</c>).</summary>
    private static bool Matches(string at, HashSet<string> constructs)
    {
        if (constructs.Contains(at))
        {
            return true;
        }

        for (var slash = at.LastIndexOf('/'); slash > 0; slash = at.LastIndexOf('/', slash - 1))
        {
            if (constructs.Contains(at[..slash]))
            {
                return at[(slash + 1)..].Split('/').All(s => s.EndsWith(']') && s.Contains('[', StringComparison.Ordinal));
            }
        }

        return false;
    }

    [GeneratedRegex("^BKP[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
