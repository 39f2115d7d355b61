using Backup.Iac.Catalog;

namespace Backup.Iac.Organizations;

/// <summary>A node of an effective policy while it is merged: its value, where the value came from, and the child control operators set on it.</summary>
internal sealed class EffectiveNode(string key, string path, int createdBy)
{
    public string Key { get; } = key;

    public string Path { get; } = path;

    /// <summary>The attachment that first added the node.</summary>
    public int CreatedBy { get; } = createdBy;

    public List<EffectiveNode> Children { get; } = [];

    public PolicyValue? Value { get; set; }

    /// <summary>The level (0 = root) at which the value was last assigned.</summary>
    public int AssignedAt { get; set; } = -1;

    /// <summary>The attachments whose operators produced the value.</summary>
    public HashSet<int> ValueSources { get; } = [];

    /// <summary>Child control operators, with the level of the policy that set them.</summary>
    public List<(int Level, PolicyChildOperators Operators)> Restrictions { get; } = [];

    public EffectiveNode? Find(string key) => Children.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value-setting operators a policy at <paramref name="level"/> may use here: those every policy above allows.</summary>
    public IReadOnlyList<PolicyOperator> Allowed(int level) =>
        [.. new[] { PolicyOperator.Assign, PolicyOperator.Append, PolicyOperator.Remove }.Where(op => Restrictions.Where(r => r.Level < level).All(r => r.Operators.Allows(op)))];
}

/// <summary>
/// Merges the policies attached from the root down to an account into its effective policy, as AWS Organizations
/// documents inheritance for management policies: top-down; <c>@@assign</c> replaces, <c>@@append</c> adds to a list,
/// <c>@@remove</c> removes from it; keys are matched without case (and shown in lower case); policies at the same level
/// apply in attachment order, and for a value assigned twice at one level the first attached wins; a child control
/// operator limits what policies below may do at that node, as the intersection of every such operator above; a
/// change it forbids is ignored (and reported, OPS-003).
/// </summary>
internal sealed class PolicyMerger(string accountId)
{
    public EffectiveNode Root { get; } = new("", "", -1);

    /// <summary>Ignored changes, with the attachment that made them.</summary>
    public List<(PolicyFinding Finding, int Source)> Ignored { get; } = [];

    public void Merge(PolicyNode document, int level, int source) => Merge(Root, document, level, source);

    private void Merge(EffectiveNode target, PolicyNode node, int level, int source)
    {
        var allowed = target.Allowed(level);
        if (node.ChildOperators is { } ops)
        {
            var wider = new[] { PolicyOperator.Assign, PolicyOperator.Append, PolicyOperator.Remove }.Where(op => ops.Allows(op) && !allowed.Contains(op)).ToList();
            if (wider.Count > 0 && target.Restrictions.Any(r => r.Level < level))
            {
                Ignore(node.Path, $"The policy allows {string.Join(", ", wider.Select(PolicyOperators.Name))} to its children on '{node.Path}'", allowed, source);
            }

            target.Restrictions.Add((level, ops));
        }

        if (node.Value is { Operator: { } op } value)
        {
            if (!allowed.Contains(op))
            {
                Ignore(node.Path, $"The policy uses {PolicyOperators.Name(op)} on '{node.Path}'", allowed, source);
            }
            else
            {
                Apply(target, value, op, level, source);
            }
        }

        foreach (var (key, child) in node.Children)
        {
            var existing = target.Find(key);
            if (existing is null)
            {
                if (!allowed.Contains(PolicyOperator.Assign) && !allowed.Contains(PolicyOperator.Append))
                {
                    Ignore(child.Path, $"The policy adds '{key}' to '{(target.Path.Length == 0 ? "the policy" : target.Path)}'", allowed, source);
                    continue;
                }

                var lower = key.ToLowerInvariant();
                existing = new EffectiveNode(lower, PolicyPaths.Append(target.Path, lower), source);
                target.Children.Add(existing);
            }

            Merge(existing, child, level, source);
        }
    }

    private static void Apply(EffectiveNode target, PolicyValue value, PolicyOperator op, int level, int source)
    {
        var payload = value with { Operator = PolicyOperator.Assign, IsBare = false, OperatorsAllowedForChildPolicies = null };
        switch (op)
        {
            case PolicyOperator.Assign:
                if (target.Value is not null && target.AssignedAt == level && !target.ValueSources.Contains(source))
                {
                    return; // two policies at one level assign the value: the first attached wins
                }

                target.Value = payload;
                target.AssignedAt = level;
                target.ValueSources.Clear();
                target.ValueSources.Add(source);
                break;
            case PolicyOperator.Append when target.Value is null:
                target.Value = payload with { IsList = true };
                target.ValueSources.Add(source);
                break;
            case PolicyOperator.Append when target.Value.IsList:
                target.Value = target.Value with { Values = [.. target.Value.Values.Union(value.Values, StringComparer.Ordinal)] };
                target.ValueSources.Add(source);
                break;
            case PolicyOperator.Remove when target.Value is { IsList: true }:
                target.Value = target.Value with { Values = [.. target.Value.Values.Except(value.Values, StringComparer.Ordinal)] };
                target.ValueSources.Add(source);
                break;
        }
    }

    private void Ignore(string path, string what, IReadOnlyList<PolicyOperator> allowed, int source)
    {
        var only = allowed.Count == 0 ? "no operator ([\"@@none\"])" : string.Join(", ", allowed.Select(PolicyOperators.Name));
        var c = PolicyInheritanceConstraints.ChildChangeIgnored;
        Ignored.Add((new PolicyFinding(c, c.Severity, path, [what, only, accountId]) { EffectiveOnly = true }, source));
    }

    /// <summary>The effective tree as a policy tree with every value under <c>@@assign</c> (empty nodes left out).</summary>
    public static PolicyNode ToPolicyNode(EffectiveNode node)
    {
        var result = new PolicyNode(node.Path) { IsObject = true, Value = node.Value };
        foreach (var child in node.Children)
        {
            if (child.Value is null && !HasValues(child))
            {
                continue;
            }

            result.Children.Add(new(child.Key, ToPolicyNode(child)));
        }

        return result;
    }

    private static bool HasValues(EffectiveNode node) => node.Value is not null || node.Children.Any(HasValues);

    /// <summary>The attachments behind a path: the value's sources for a setting, the creator for a container (or the nearest existing ancestor).</summary>
    public IReadOnlySet<int> SourcesOf(string path)
    {
        var found = Root;
        foreach (var node in Walk(Root))
        {
            if (node.Path == path)
            {
                return node.Value is not null ? node.ValueSources : new HashSet<int> { node.CreatedBy };
            }

            if (path.StartsWith(node.Path, StringComparison.Ordinal) && node.Path.Length > found.Path.Length && path.Length > node.Path.Length && path[node.Path.Length] is '.' or '[')
            {
                found = node;
            }
        }

        return found.CreatedBy < 0 ? new HashSet<int>() : new HashSet<int> { found.CreatedBy };
    }

    private static IEnumerable<EffectiveNode> Walk(EffectiveNode node) => node.Children.SelectMany(Walk).Prepend(node);
}
