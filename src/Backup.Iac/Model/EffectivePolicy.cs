using System.Collections.Immutable;
using Backup.Iac.Organizations;
using Backup.Iac.Validation.Organizations;

namespace Backup.Iac;

/// <summary>
/// The effective backup policy of an account: the policies attached to the root, to each organizational unit above
/// the account and to the account itself, merged as AWS Organizations does, then checked as a complete policy. Use it
/// to unit-test what an account gets before anything is deployed:
/// <c>EffectivePolicy.For(tree, "111111111111").Policy.Plans["daily"].Rules["daily"].Lifecycle.DeleteAfterDays</c>.
/// </summary>
public sealed class EffectivePolicy
{
    private EffectivePolicy(string accountId, BackupPolicyDocument policy, string json, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<PolicyAttachment> applied)
    {
        AccountId = accountId;
        Policy = policy;
        Json = json;
        Diagnostics = diagnostics;
        Applied = applied;
    }

    /// <summary>The account.</summary>
    public string AccountId { get; }

    /// <summary>The effective policy, typed: every value under <c>@@assign</c>, keys in lower case (lookups ignore case).</summary>
    public BackupPolicyDocument Policy { get; }

    /// <summary>The effective policy as AWS Organizations displays it: no operators, keys in lower case.</summary>
    public string Json { get; }

    /// <summary>
    /// The problems of the effective policy (missing required fields, values, counts after merging) and the changes
    /// that a parent policy's child control operators made AWS ignore. Each path is the policy that contributed the
    /// node, then <c>Effective[account]</c>; the property is the JSON path in the effective policy.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The policies merged, from the root down to the account.</summary>
    public IReadOnlyList<PolicyAttachment> Applied { get; }

    /// <summary>Whether any diagnostic is an error (AWS Backup would not apply the plan, or would reject it).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Findings with the attachments behind them, for synth.</summary>
    internal IReadOnlyList<(PolicyFinding Finding, IReadOnlySet<int> Sources)> Findings { get; private init; } = [];

    /// <summary>The effective policy of an account of the tree.</summary>
    /// <param name="tree">The organization with its attached policies.</param>
    /// <param name="accountId">An account of the tree.</param>
    /// <returns>The effective policy.</returns>
    public static EffectivePolicy For(OrganizationTree tree, string accountId) => Compute(tree, accountId, null);

    /// <summary>The effective policy of an account to which only <paramref name="document"/> is attached.</summary>
    /// <param name="document">The policy.</param>
    /// <param name="accountId">The account.</param>
    /// <returns>The effective policy.</returns>
    public static EffectivePolicy Of(BackupPolicyDocument document, string accountId = "111111111111")
    {
        ArgumentNullException.ThrowIfNull(document);
        var tree = new OrganizationTree("r-0000");
        var account = tree.Root.AddAccount(accountId, "Account");
        tree.Attach(account, document, "policy");
        return Compute(tree, accountId, null);
    }

    internal static EffectivePolicy Compute(OrganizationTree tree, string accountId, BackupApp? app)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(accountId);
        var account = tree.Find(accountId) is { Kind: OrganizationNodeKind.Account } node
            ? node
            : throw new ArgumentException($"'{accountId}' is not an account of the organization tree.", nameof(accountId));
        var path = account.PathFromRoot;
        var applied = path.SelectMany(n => tree.Attachments.Where(a => ReferenceEquals(a.Target, n))).ToList();
        var merger = new PolicyMerger(accountId);
        for (var i = 0; i < applied.Count; i++)
        {
            var level = path.ToList().IndexOf(applied[i].Target);
            merger.Merge(PolicyTree.Of(applied[i].Document), level, i);
        }

        var effectiveTree = PolicyMerger.ToPolicyNode(merger.Root);
        var document = new PolicyShape(new PolicyFindings()).Document(effectiveTree);
        var json = PolicyWriter.Json(effectiveTree, indented: true, effective: true);
        var findings = new List<(PolicyFinding, IReadOnlySet<int>)>();
        findings.AddRange(merger.Ignored.Select(i => (i.Finding, (IReadOnlySet<int>)new HashSet<int> { i.Source })));
        foreach (var finding in PolicyValidation.Effective(document, accountId, app))
        {
            var sources = new HashSet<int>(finding.Involved.Append(finding.Property).SelectMany(merger.SourcesOf));
            findings.Add((finding, sources));
        }

        var diagnostics = findings.Select(f => f.Item1.ToDiagnostic(Owner(applied, f.Item2) + "/Effective[" + accountId + "]"));
        return new EffectivePolicy(accountId, document, json, [.. diagnostics], applied) { Findings = findings };
    }

    /// <summary>The policy a finding is reported at: the last (deepest) of the attachments behind it.</summary>
    internal static string Owner(IReadOnlyList<PolicyAttachment> applied, IReadOnlySet<int> sources) =>
        sources.Count == 0 ? (applied.Count == 0 ? "organization" : applied[^1].Name) : applied[sources.Max()].Name;
}
