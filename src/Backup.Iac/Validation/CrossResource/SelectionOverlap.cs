using Backup.Iac.Validation.Selections;
using Backup.Iac.Validation.Settings;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// Resources that two plans both select for sure, for the checks on overlapping plans (XR-009, XR-010, XR-021). Only
/// what the model makes certain counts: ARNs and trailing-<c>*</c> ARN patterns in <c>Resources</c> (minus
/// <c>NotResources</c>), and <c>Resources: ["*"]</c>, which selects every opted-in resource. Tags say nothing about
/// which resources carry them, and Conditions narrow a selection in ways the model cannot follow, so selections with
/// Conditions count for nothing. The stack's <see cref="Aws"/> tokens stand for its account and Region (any value when
/// those are unknown); other deploy-time values match only themselves.
/// </summary>
internal static class SelectionOverlap
{
    private const string Wildcard = "*";

    /// <summary>A description of resources of the <paramref name="types"/> that both plans select for sure, or null.</summary>
    public static string? Between(BackupPlan a, BackupPlan b, Func<string, bool> types, ValidationContext context)
    {
        foreach (var x in a.Selections)
        {
            foreach (var y in b.Selections)
            {
                if (Between(x, y, types, context) is { } common)
                {
                    return common;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// For each plan, the earlier plans of the same environment for which <see cref="Between(BackupPlan, BackupPlan, Func{string, bool}, ValidationContext)"/>
    /// can be non-null, in construct order (a superset: types, partitions, accounts and Regions are not compared here).
    /// Two definite selections can share a resource only when one selects <c>*</c>, or when the resource parts of two
    /// ARN entries are equal or one is a trailing-<c>*</c> prefix of the other; those are found by dictionary lookups of
    /// each entry's resource part and of its prefixes. Cost: O(entries × length + pairs found); the pairs are quadratic
    /// only when many plans select <c>*</c>, the same ARN or nested ARN patterns (and then they do overlap).
    /// </summary>
    public static Dictionary<BackupPlan, IReadOnlyList<BackupPlan>> Candidates(
        IReadOnlyList<BackupPlan> plans, Func<BackupPlan, StackEnvironment> environmentOf, Func<Construct, int> orderOf)
    {
        var result = new Dictionary<BackupPlan, IReadOnlyList<BackupPlan>>(ReferenceEqualityComparer.Instance);
        foreach (var group in plans.GroupBy(environmentOf))
        {
            var members = group.ToList();
            var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var prefixes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var resources = new List<string>[members.Count];
            var wide = new List<int>();
            var definite = new List<int>();
            for (var i = 0; i < members.Count; i++)
            {
                resources[i] = [];
                var isWide = false;
                var isDefinite = false;
                foreach (var selection in members[i].Selections.Where(IsDefinite))
                {
                    isDefinite = true;
                    isWide |= selection.Options.Resources.Any(r => r?.Arn == Wildcard);
                    foreach (var (_, text) in SelectionFacts.Arns(selection))
                    {
                        if (text != Wildcard && Arn.TryParse(text) is { } arn)
                        {
                            resources[i].Add(arn.Resource);
                            Add(exact, arn.Resource, i);
                            if (Prefix(arn.Resource) is { } prefix)
                            {
                                Add(prefixes, prefix, i);
                            }
                        }
                    }
                }

                if (isWide)
                {
                    wide.Add(i);
                }

                if (isDefinite)
                {
                    definite.Add(i);
                }
            }

            var pairs = new HashSet<int>[members.Count];
            void Pair(int a, int b)
            {
                if (a != b)
                {
                    (pairs[a] ??= []).Add(b);
                    (pairs[b] ??= []).Add(a);
                }
            }

            var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < members.Count; i++)
            {
                foreach (var resource in resources[i])
                {
                    foreach (var j in exact[resource])
                    {
                        Pair(i, j);
                    }

                    var text = (Prefix(resource) ?? resource).AsSpan();
                    for (var length = 0; length <= text.Length; length++)
                    {
                        if (lookup.TryGetValue(text[..length], out var covering))
                        {
                            foreach (var j in covering)
                            {
                                Pair(i, j);
                            }
                        }
                    }
                }
            }

            foreach (var i in wide)
            {
                foreach (var j in definite)
                {
                    Pair(i, j);
                }
            }

            for (var i = 0; i < members.Count; i++)
            {
                if (pairs[i] is { } found && found.Where(j => j < i).Select(j => members[j]).ToList() is { Count: > 0 } earlier)
                {
                    result[members[i]] = [.. earlier.OrderBy(p => orderOf(p))];
                }
            }
        }

        return result;

        static void Add(Dictionary<string, List<int>> index, string key, int value)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(value);
        }
    }

    /// <summary>A description of resources of the <paramref name="types"/> that the plan selects for sure, or null.</summary>
    public static string? Within(BackupPlan plan, Func<string, bool> types, ValidationContext context)
    {
        foreach (var selection in plan.Selections.Where(IsDefinite))
        {
            var parsed = Parsed.Of(selection, context);
            if (parsed.Patterns(types).FirstOrDefault(p => !Excluded(p, parsed)) is { } pattern)
            {
                return Describe(pattern);
            }

            if (AllOf(selection, types, context) is { Count: > 0 } all)
            {
                return Every(all, "the plan selects");
            }
        }

        return null;
    }

    private static string? Between(BackupSelection a, BackupSelection b, Func<string, bool> types, ValidationContext context)
    {
        if (!IsDefinite(a) || !IsDefinite(b))
        {
            return null;
        }

        var parsedA = Parsed.Of(a, context);
        var parsedB = Parsed.Of(b, context);
        var pa = parsedA.Patterns(types).ToList();
        var pb = parsedB.Patterns(types).ToList();
        foreach (var x in pa)
        {
            foreach (var y in pb)
            {
                if (Intersect(x, y) is { } both && Typed(both, types) && !Excluded(both, parsedA) && !Excluded(both, parsedB))
                {
                    return Describe(both);
                }
            }
        }

        var allA = AllOf(a, types, context);
        var allB = AllOf(b, types, context);
        if (allA.Count > 0 && pb.FirstOrDefault(y => OptedInOf(y, allA) && !Excluded(y, parsedA) && !Excluded(y, parsedB)) is { } inB)
        {
            return Describe(inB);
        }

        if (allB.Count > 0 && pa.FirstOrDefault(x => OptedInOf(x, allB) && !Excluded(x, parsedA) && !Excluded(x, parsedB)) is { } inA)
        {
            return Describe(inA);
        }

        var common = allA.Intersect(allB).ToList();
        return common.Count > 0 ? Every(common, "both plans select") : null;
    }

    /// <summary>No Conditions: what the Resources entries select is selected (Conditions would AND further tag tests).</summary>
    private static bool IsDefinite(BackupSelection selection) => selection.Options.Conditions is not { IsEmpty: false };

    /// <summary>
    /// A selection's ARN entries and <c>NotResources</c>, resolved as parts, with the types each entry can match: parsed
    /// once per synth (a plan is compared with several others, and by three checks).
    /// </summary>
    private sealed class Parsed
    {
        private readonly List<(string[] Parts, IReadOnlySet<string> Types)> resources = [];

        private Parsed(BackupSelection selection)
        {
            foreach (var (_, text) in SelectionFacts.Arns(selection))
            {
                if (text != Wildcard && Parts(text, selection.Stack) is { } parts)
                {
                    resources.Add((parts, ResourceTypeFacts.TypesOfArn(Join(parts))));
                }
            }

            NotResources = [.. selection.Options.NotResources.Select(n => Parts(n, selection.Stack)).OfType<string[]>()];
        }

        /// <summary>The <c>NotResources</c> entries, as parts.</summary>
        public IReadOnlyList<string[]> NotResources { get; }

        public static Parsed Of(BackupSelection selection, ValidationContext context) =>
            (Parsed)context.Facts.ParsedSelection(selection, s => new Parsed(s));

        /// <summary>The ARN entries (resolved, as parts) whose types include one of <paramref name="types"/>.</summary>
        public IEnumerable<string[]> Patterns(Func<string, bool> types) =>
            resources.Where(r => r.Types.Any(types)).Select(r => r.Parts);
    }

    /// <summary>
    /// The types of <paramref name="types"/> that <c>Resources: ["*"]</c> selects: those the Region settings do not opt
    /// out, less those a <c>NotResources</c> pattern such as <c>arn:aws:s3:::*</c> or <c>arn:aws:rds:*:*:db:*</c> excludes whole.
    /// </summary>
    private static IReadOnlyList<string> AllOf(BackupSelection selection, Func<string, bool> types, ValidationContext context)
    {
        if (!selection.Options.Resources.Any(r => r?.Arn == Wildcard))
        {
            return [];
        }

        var preferences = RegionPreferences.For(selection.Stack, context);
        var excluded = selection.Options.NotResources
            .Where(n => n == Wildcard || (Arn.TryParse(n)?.Resource is { } resource && Prefix(resource) is { } prefix && (prefix.Length == 0 || prefix[^1] is ':' or '/')))
            .SelectMany(ResourceTypeFacts.TypesOfArn).ToHashSet(StringComparer.Ordinal);
        return [.. ResourceTypeFacts.All.Where(t => types(t) && preferences.OptIn(t) != false && !excluded.Contains(t))];
    }

    private static bool OptedInOf(string[] pattern, IReadOnlyList<string> all) => ResourceTypeFacts.TypesOfArn(Join(pattern)).Any(all.Contains);

    private static bool Typed(string[] pattern, Func<string, bool> types) => ResourceTypeFacts.TypesOfArn(Join(pattern)).Any(types);

    private static bool Excluded(string[] pattern, Parsed selection) => selection.NotResources.Any(n => Covers(n, pattern));

    /// <summary>The five parts after <c>arn:</c>, with the stack's account and Region tokens resolved (<c>*</c> when unknown).</summary>
    private static string[]? Parts(string? text, BackupStack stack)
    {
        if (Arn.TryParse(text) is not { } arn)
        {
            return null;
        }

        return
        [
            arn.Partition == Aws.Partition ? Wildcard : arn.Partition,
            arn.Service,
            arn.Region == Aws.Region ? Known(stack.Region) : arn.Region,
            arn.Account == Aws.AccountId ? Known(stack.Account) : arn.Account,
            arn.Resource,
        ];
    }

    private static string Known(string? value) => value is null || Token.IsUnresolved(value) ? Wildcard : value;

    /// <summary>The narrower of two patterns when every part overlaps, else null.</summary>
    private static string[]? Intersect(string[] x, string[] y)
    {
        var result = new string[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (Intersect(x[i], y[i]) is not { } part)
            {
                return null;
            }

            result[i] = part;
        }

        return result;
    }

    private static string? Intersect(string x, string y)
    {
        if (x == y)
        {
            return x;
        }

        if (Token.IsUnresolved(x) || Token.IsUnresolved(y))
        {
            return null;
        }

        if (Prefix(x) is { } px && (Prefix(y) ?? y).StartsWith(px, StringComparison.Ordinal))
        {
            return y;
        }

        return Prefix(y) is { } py && (Prefix(x) ?? x).StartsWith(py, StringComparison.Ordinal) ? x : null;
    }

    /// <summary>Whether <paramref name="outer"/> matches everything <paramref name="inner"/> matches.</summary>
    private static bool Covers(string[] outer, string[] inner) =>
        outer.Zip(inner).All(p => p.First == p.Second || p.First == Wildcard
            || (!Token.IsUnresolved(p.First) && !Token.IsUnresolved(p.Second) && Prefix(p.First) is { } prefix
                && p.Second.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>The text before a single trailing <c>*</c> (<c>""</c> for <c>*</c>), or null when the part is no such pattern.</summary>
    private static string? Prefix(string part) =>
        part.EndsWith('*') && part.IndexOf('*', StringComparison.Ordinal) == part.Length - 1 ? part[..^1] : null;

    private static string Join(string[] parts) => "arn:" + string.Join(':', parts);

    private static string Describe(string[] pattern) => "'" + SelectionFacts.Display(Join(pattern)) + "'";

    private static string Every(IReadOnlyList<string> types, string who) =>
        $"every opted-in resource of {Vaults.VaultUsage.TypeList(types)} ({who} Resources '*')";
}
