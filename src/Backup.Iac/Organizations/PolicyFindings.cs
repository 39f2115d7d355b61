using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Organizations;

/// <summary>One problem found in a backup policy: the constraint, the JSON path of the node, the message arguments.</summary>
/// <param name="Constraint">The constraint.</param>
/// <param name="Severity">The severity (the constraint's, unless a row has two).</param>
/// <param name="Property">The JSON path, e.g. <c>plans.Daily.rules.Hourly.lifecycle.delete_after_days</c>.</param>
/// <param name="Args">The message arguments.</param>
internal sealed record PolicyFinding(Constraint Constraint, Severity Severity, string Property, object?[] Args)
{
    /// <summary>The settings whose values the finding depends on (for effective policies: which documents they came from).</summary>
    public IReadOnlyList<string> Involved { get; init; } = [];

    /// <summary>Whether the finding exists only on a merged policy (a missing required field, a count after merging).</summary>
    public bool EffectiveOnly { get; init; }

    public string Message => string.Format(CultureInfo.InvariantCulture, Constraint.Message, Args);

    public Diagnostic ToDiagnostic(string path) =>
        new(Constraint.Code, Severity, path, Message) { Property = Property.Length == 0 ? null : Property, ConstraintId = Constraint.ConstraintId };
}

/// <summary>Collects the findings of reading and checking one policy.</summary>
internal sealed class PolicyFindings
{
    private readonly List<PolicyFinding> items = [];

    public IReadOnlyList<PolicyFinding> Items => items;

    public void Add(Constraint constraint, string property, params object?[] args) => items.Add(new(constraint, constraint.Severity, property, args) { Involved = [property] });

    public void Add(PolicyFinding finding) => items.Add(finding);

    public void AddRange(IEnumerable<PolicyFinding> findings) => items.AddRange(findings);
}
