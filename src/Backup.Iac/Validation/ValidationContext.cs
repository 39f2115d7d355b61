using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>Collects the diagnostics of one validation pass and gives validators the facts they share about the stack.</summary>
internal sealed class ValidationContext
{
    private readonly List<(int Order, int Sequence, Diagnostic Diagnostic)> found = [];
    private readonly Dictionary<BackupPlan, SelectionAnalysis> analyses = [];
    private readonly Dictionary<BackupPlan, SortedSet<string>> namedTypes = [];

    public ValidationContext(BackupApp app)
    {
        App = app;
        Facts = new ValidationFacts(app);
    }

    public BackupApp App { get; }

    /// <summary>The indexes over the app that the validators share (computed once per synth).</summary>
    public ValidationFacts Facts { get; }

    /// <summary>The stack being checked (set by the validator loop).</summary>
    public BackupStack? Stack { get; set; }

    /// <summary>Reports <paramref name="constraint"/> at <paramref name="owner"/> (and a sub-path such as <c>Rules[Daily]</c>).</summary>
    public void Report(Constraint constraint, Construct owner, string? subPath, string? property, params object?[] args) =>
        Report(constraint, constraint.Severity, owner, subPath, property, args);

    /// <summary>Reports with a severity other than the constraint's default (for rows with a main and a secondary condition).</summary>
    public void Report(Constraint constraint, Severity severity, Construct owner, string? subPath, string? property, params object?[] args)
    {
        var path = subPath is null ? owner.Path : owner.Path + "/" + subPath;
        var message = string.Format(CultureInfo.InvariantCulture, constraint.Message, MessageText.Capped(args, MessageText.MaxArgument)); // a long value is cut, with its length
        var diagnostic = new Diagnostic(constraint.Code, severity, path, message) { Property = property, ConstraintId = constraint.ConstraintId };
        found.Add((Facts.OrderOf(owner), found.Count, diagnostic));
    }

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

    /// <summary>The diagnostics in construct order, acknowledged warnings and infos removed.</summary>
    public IReadOnlyList<Diagnostic> Result() =>
        [.. found.OrderBy(f => f.Order).ThenBy(f => f.Sequence).Select(f => f.Diagnostic)
            .Where(d => !App.IsAcknowledged(d))
            .Distinct()];
}
