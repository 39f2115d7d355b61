using Backup.Iac.Catalog;
using Backup.Iac.Organizations;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// One run of the backup policy checks over a document: either a policy on its own (which may be partial) or the
/// effective policy of an account (which must be complete).
/// </summary>
internal sealed class PolicyCheck
{
    public required BackupPolicyDocument Document { get; init; }

    public PolicyFindings Findings { get; } = new();

    /// <summary>Whether the document is an effective policy: required fields and counts after merging are checked.</summary>
    public bool Effective { get; init; }

    /// <summary>The account whose effective policy this is (effective runs only).</summary>
    public string AccountId { get; init; } = "";

    /// <summary>The app, for facts about its other constructs (air-gapped vault names); null for a document on its own.</summary>
    public BackupApp? App { get; init; }

    public void Report(Constraint constraint, string property, params object?[] args) => Findings.Add(constraint, property, args);

    public void Report(Constraint constraint, string property, IReadOnlyList<string> involved, params object?[] args) =>
        Findings.Add(new PolicyFinding(constraint, constraint.Severity, property, args) { Involved = involved });

    /// <summary>A finding that exists only on the merged policy (a required field is missing).</summary>
    public void Missing(Constraint constraint, string property, params object?[] args) =>
        Findings.Add(new PolicyFinding(constraint, constraint.Severity, property, args) { EffectiveOnly = true });

    public static string Path(string parent, string key) => PolicyPaths.Append(parent, key);
}

/// <summary>Checks one aspect of a backup policy document.</summary>
internal interface IPolicyValidator
{
    void Check(PolicyCheck check);
}

/// <summary>Walks a policy document with the JSON path of each node.</summary>
internal static class PolicyWalk
{
    public static IEnumerable<(string Name, PolicyPlan Plan, string Path)> Plans(BackupPolicyDocument document) =>
        document.Plans.Select(p => (p.Key, p.Value, PolicyPaths.Append("plans", p.Key)));

    public static IEnumerable<(string Name, PolicyRule Rule, string Path)> Rules(PolicyPlan plan, string planPath) =>
        (plan.Rules ?? new()).Select(r => (r.Key, r.Value, PolicyPaths.Append(PolicyPaths.Append(planPath, "rules"), r.Key)));

    public static IEnumerable<(string Plan, string Rule, PolicyRule Value, string Path)> AllRules(BackupPolicyDocument document) =>
        Plans(document).SelectMany(p => Rules(p.Plan, p.Path).Select(r => (p.Name, r.Name, r.Rule, r.Path)));

    public static IEnumerable<(string Name, PolicyTagSelection Selection, string Path)> TagSelections(PolicyPlan plan, string planPath) =>
        (plan.Selections?.Tags ?? new()).Select(s => (s.Key, s.Value, PolicyPaths.Append(PolicyPaths.Append(PolicyPaths.Append(planPath, "selections"), "tags"), s.Key)));

    public static IEnumerable<(string Name, PolicyResourceSelection Selection, string Path)> ResourceSelections(PolicyPlan plan, string planPath) =>
        (plan.Selections?.Resources ?? new()).Select(s => (s.Key, s.Value, PolicyPaths.Append(PolicyPaths.Append(PolicyPaths.Append(planPath, "selections"), "resources"), s.Key)));

    public static IEnumerable<(string Name, PolicyCopyAction Copy, string Path)> Copies(PolicyRule rule, string rulePath) =>
        (rule.CopyActions ?? new()).Select(c => (c.Key, c.Value, PolicyPaths.Append(PolicyPaths.Append(rulePath, "copy_actions"), c.Key)));

    /// <summary>The single value of a setting assigned a known value, or null (absent, a list operator, a deploy-time value).</summary>
    public static string? Text(PolicyValue? value) =>
        value is { Operator: PolicyOperator.Assign, IsList: false, Text: { } t } && !Token.IsUnresolved(t) ? t : null;

    public static bool Number(PolicyValue? value, out long number)
    {
        number = 0;
        return value is { Operator: PolicyOperator.Assign } && value.TryGetWholeNumber(out number);
    }

    public static bool Flag(PolicyValue? value) => value is { Operator: PolicyOperator.Assign } && value.TryGetBoolean(out var flag) && flag;

    /// <summary>The known values of a list setting (any operator), deploy-time values left out.</summary>
    public static IEnumerable<string> Items(PolicyValue? value) =>
        value is { IsList: true } ? value.Values.Where(v => !Token.IsUnresolved(v)) : [];

    /// <summary>Whether a setting is present with a value (for required fields of an effective policy).</summary>
    public static bool Has(PolicyValue? value) => value is { Operator: not null, Values.Count: > 0 };

    public static string Sub(string path, string key) => PolicyPaths.Append(path, key);
}
