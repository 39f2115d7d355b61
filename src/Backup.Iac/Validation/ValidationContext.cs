using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>Collects the diagnostics of one validation pass and gives validators the facts they share about the stack.</summary>
internal sealed class ValidationContext
{
    private readonly List<(int Order, SubPosition Sub, int Sequence, Diagnostic Diagnostic)> found = [];
    private readonly Dictionary<BackupPlan, SelectionAnalysis> analyses = [];
    private readonly Dictionary<BackupPlan, SortedSet<string>> namedTypes = [];

    public ValidationContext(BackupApp app)
    {
        App = app;
        Facts = new ValidationFacts(app);
        Now = app.Clock.GetUtcNow();
    }

    public BackupApp App { get; }

    /// <summary>The indexes over the app that the validators share (computed once per synth).</summary>
    public ValidationFacts Facts { get; }

    /// <summary>The time of synthesis, from the app's clock (<see cref="BackupApp.Clock"/>), read once per validation pass.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The stack being checked (set by the validator loop).</summary>
    public BackupStack? Stack { get; set; }

    /// <summary>Reports <paramref name="constraint"/> at <paramref name="owner"/> (and a sub-path such as <c>Rules[Daily]</c>).</summary>
    public void Report(Constraint constraint, Construct owner, string? subPath, string? property, params object?[] args) =>
        Report(constraint, constraint.Severity, owner, subPath, property, args);

    /// <summary>Reports with a severity other than the constraint's default (for rows with a main and a secondary condition).</summary>
    public void Report(Constraint constraint, Severity severity, Construct owner, string? subPath, string? property, params object?[] args)
    {
        var path = subPath is null ? owner.Path : owner.Path + "/" + subPath;
        var format = constraint.MessageFor(App.TemplateWording); // lint speaks the template's terms, synth C#'s
        var message = string.Format(CultureInfo.InvariantCulture, format, MessageText.Capped(args, MessageText.MaxArgument)); // a long value is cut, with its length
        var diagnostic = new Diagnostic(constraint.Code, severity, path, message) { Property = property, ConstraintId = constraint.ConstraintId };
        found.Add((Facts.OrderOf(owner), SubPosition.Of(owner, subPath), found.Count, diagnostic));
    }

    /// <summary>Reports at a path that may name no construct (an acknowledgement's), after every construct's findings.</summary>
    public void ReportAt(Constraint constraint, string path, params object?[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, constraint.MessageFor(App.TemplateWording), MessageText.Capped(args, MessageText.MaxArgument));
        found.Add((int.MaxValue, SubPosition.Of(App, null), found.Count, new Diagnostic(constraint.Code, constraint.Severity, path, message) { ConstraintId = constraint.ConstraintId }));
    }

    /// <summary>Every diagnostic found so far, acknowledged or not (for the acknowledgement checks).</summary>
    public IReadOnlyList<Diagnostic> Found => [.. found.Select(f => f.Diagnostic)];

    /// <summary>What the selections of a plan can select (cached).</summary>
    public SelectionAnalysis Selectable(BackupPlan plan)
    {
        if (!analyses.TryGetValue(plan, out var analysis))
        {
            analysis = SelectionAnalysis.Of(plan);
            analyses[plan] = analysis;
        }

        return analysis;
    }

    /// <summary>The resource types a plan's selections name explicitly (<see cref="Copies.NamedTypes.Of"/>, cached; not to be changed).</summary>
    public SortedSet<string> NamedTypes(BackupPlan plan)
    {
        if (!namedTypes.TryGetValue(plan, out var types))
        {
            types = Copies.NamedTypes.Of(plan);
            namedTypes[plan] = types;
        }

        return types;
    }

    /// <summary>
    /// The diagnostics in construct order (the order constructs were added, depth first; within a construct, its own
    /// findings, then its parts such as rules and copy actions in declaration order; at one place by property, then
    /// code), acknowledged warnings and infos removed.
    /// </summary>
    public IReadOnlyList<Diagnostic> Result() =>
        [.. found.OrderBy(f => f.Order).ThenBy(f => f.Sub).ThenBy(f => f.Diagnostic.Property ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal).ThenBy(f => f.Sequence).Select(f => f.Diagnostic)
            .Where(d => !App.IsAcknowledged(d))
            .Distinct()];

    /// <summary>
    /// The position of a sub-path within its construct: each <c>Name[key]</c> segment by the key's index (a rule by its
    /// place in the plan, a copy action or control by its number), so that <c>Rules[Weekly]</c> of a later rule comes
    /// after every finding of an earlier one. The construct itself (no sub-path) comes first.
    /// </summary>
    private readonly record struct SubPosition(int First, int Second, string Text) : IComparable<SubPosition>
    {
        public static SubPosition Of(Construct owner, string? subPath)
        {
            if (subPath is null)
            {
                return new SubPosition(-1, -1, "");
            }

            var segments = subPath.Split('/');
            return new SubPosition(Index(owner, segments[0]), segments.Length > 1 ? Index(owner, segments[1]) : -1, subPath);
        }

        public int CompareTo(SubPosition other) =>
            First != other.First ? First.CompareTo(other.First)
            : Second != other.Second ? Second.CompareTo(other.Second)
            : string.CompareOrdinal(Text, other.Text);

        private static int Index(Construct owner, string segment)
        {
            var open = segment.IndexOf('[', StringComparison.Ordinal);
            if (open < 0 || !segment.EndsWith(']'))
            {
                return int.MaxValue;
            }

            var key = segment[(open + 1)..^1];
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (owner is BackupPlan plan && segment.StartsWith("Rules[", StringComparison.Ordinal))
            {
                for (var i = 0; i < plan.Rules.Count; i++)
                {
                    if (plan.RuleNameAt(i) == key)
                    {
                        return i;
                    }
                }
            }

            return int.MaxValue;
        }
    }
}
