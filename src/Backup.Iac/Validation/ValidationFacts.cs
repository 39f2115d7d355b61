using Backup.Iac.Validation.CrossResource;
using Backup.Iac.Validation.Schedules;
using Backup.Iac.Validation.Settings;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation;

/// <summary>
/// The facts layer: indexes over the app computed once per synth, before the validators run, and shared by them, so
/// that a cross-resource check looks up what it needs instead of scanning the whole app per item. Everything is in
/// construct order, so a check that reports "at the later one" finds the same partner as a scan would.
/// </summary>
internal sealed class ValidationFacts
{
    private readonly Dictionary<Construct, int> order = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, object> byType = [];
    private readonly Dictionary<StackEnvironment, List<BackupPlan>> plansByScope = [];
    private readonly Dictionary<BackupPlan, int> planIndexInScope = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(StackEnvironment, string)> planNames = [];
    private readonly HashSet<BackupPlan> planNameSeen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(StackEnvironment, string), BackupVault> firstVaultByName = [];
    private readonly Dictionary<BackupVault, int> vaultIndexInEnvironment = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BackupStack, RegionPreferences> preferences = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Account, string Region, string Name), BackupVault> vaultsByPlace = [];
    private Dictionary<BackupVault, (List<BackupPlan> Rules, List<BackupPlan> RulesAndCopies)>? plansInto;
    private Dictionary<BackupPlan, IReadOnlyList<BackupPlan>>? overlapCandidates;
    private readonly Dictionary<BackupSelection, object> parsedSelections = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, List<(BackupPlan, int, ExternalBackupVault)>>? externalAirGapped;
    private readonly Dictionary<string, CronParseResult> schedules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleStartTimes?> startTimes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), DateTime[]?> runs = [];
    private readonly Dictionary<(string, string, long), bool> startsInsideWindows = [];
    private Facts.ResourceFacts? resources;
    private readonly Dictionary<BackupStack, IReadOnlyList<Lowering.TopicPolicy>> topicPolicies = new(ReferenceEqualityComparer.Instance);
    private readonly Facts.ForeignFacts? foreign;
    private readonly Dictionary<(string Account, string Name), Construct> firstRoleByName = [];

    public ValidationFacts(BackupApp app)
    {
        foreign = app.ForeignFacts;
        var all = new List<Construct>();
        var vaultCounts = new Dictionary<StackEnvironment, int>();
        foreach (var construct in app.Descendants())
        {
            order[construct] = all.Count;
            all.Add(construct);
            switch (construct)
            {
                case BackupPlan plan:
                    var scope = plan.Stack.Environment;
                    if (!plansByScope.TryGetValue(scope, out var plans))
                    {
                        plans = [];
                        plansByScope[scope] = plans;
                    }

                    planIndexInScope[plan] = plans.Count;
                    if (!planNames.Add((scope, plan.BackupPlanName)))
                    {
                        planNameSeen.Add(plan);
                    }

                    plans.Add(plan);
                    break;
                case BackupVault vault:
                    var environment = vault.Stack.Environment;
                    var count = vaultCounts.GetValueOrDefault(environment);
                    vaultIndexInEnvironment[vault] = count;
                    vaultCounts[environment] = count + 1;
                    firstVaultByName.TryAdd((environment, vault.VaultName), vault);
                    if (vault.Stack is { Account: { } account, Region: { } region })
                    {
                        vaultsByPlace.TryAdd((account, region, vault.VaultName), vault);
                    }

                    break;
            }

            // Generated role names, per account (IAM is global; names are unique ignoring case): the first holder wins.
            if (Roles.GeneratedRole.For(construct) is { IsGenerated: true, Options.RoleName: { } roleName } && !Token.IsUnresolved(roleName)
                && construct.Stack.Account is { } roleAccount && !Token.IsUnresolved(roleAccount))
            {
                firstRoleByName.TryAdd((roleAccount, roleName.ToUpperInvariant()), construct);
            }
        }

        Constructs = all;
    }

    /// <summary>The first construct (in construct order) that generates a role with this name in this account, or null.</summary>
    public Construct? FirstRoleNamed(string account, string roleName) => firstRoleByName.GetValueOrDefault((account, roleName.ToUpperInvariant()));

    /// <summary>Every construct of the app, in construct order (the app first).</summary>
    public IReadOnlyList<Construct> Constructs { get; }

    /// <summary>The position of a construct in construct order (0 for one not in the app).</summary>
    public int OrderOf(Construct construct) => order.GetValueOrDefault(construct);

    /// <summary>The constructs of a kind, in construct order (what <c>App.Descendants().OfType&lt;T&gt;()</c> yields).</summary>
    public IReadOnlyList<T> All<T>()
    {
        if (!byType.TryGetValue(typeof(T), out var list))
        {
            list = Constructs.OfType<T>().ToList();
            byType[typeof(T)] = list;
        }

        return (IReadOnlyList<T>)list;
    }

    /// <summary>A selection's parsed ARN patterns (owned by <see cref="CrossResource.SelectionOverlap"/>), computed on first use.</summary>
    public object ParsedSelection(BackupSelection selection, Func<BackupSelection, object> parse)
    {
        if (!parsedSelections.TryGetValue(selection, out var parsed))
        {
            parsed = parse(selection);
            parsedSelections[selection] = parsed;
        }

        return parsed;
    }

    /// <summary>
    /// A schedule expression parsed (<see cref="CronExpression.Parse"/>), once per distinct text per synth: several
    /// checks read every rule's schedule, and an estate repeats a few schedules many times.
    /// </summary>
    public CronParseResult Schedule(string expression)
    {
        if (!schedules.TryGetValue(expression, out var parsed))
        {
            parsed = CronExpression.Parse(expression);
            schedules[expression] = parsed;
        }

        return parsed;
    }

    /// <summary>The fixed start times of a valid cron expression (<see cref="RuleStartTimes.Of"/>), once per distinct text per synth.</summary>
    public RuleStartTimes? StartTimes(CronExpression cron)
    {
        if (!startTimes.TryGetValue(cron.Text, out var times))
        {
            times = RuleStartTimes.Of(cron);
            startTimes[cron.Text] = times;
        }

        return times;
    }

    /// <summary>
    /// The runs of a valid cron expression in <paramref name="year"/> (its own time zone), at most 9,000, in order; null
    /// when it does not run that year. Once per distinct text and year per synth.
    /// </summary>
    public DateTime[]? RunsIn(CronExpression cron, int year)
    {
        if (!runs.TryGetValue((cron.Text, year), out var times))
        {
            times = cron.Years.Contains(year)
                ? [.. cron.Occurrences(new DateTime(year - 1, 12, 31, 23, 59, 0)).TakeWhile(t => t.Year == year).Take(9000)]
                : null;
            runs[(cron.Text, year)] = times;
        }

        return times;
    }

    /// <summary>
    /// Whether a run of schedule <paramref name="a"/> starts inside a start window of <paramref name="window"/> minutes
    /// of schedule <paramref name="b"/> (PLAN-020's reading), computed once per such triple per synth: an estate
    /// repeats a few schedules many times.
    /// </summary>
    public bool StartsInsideWindows(string a, string b, long window, Func<bool> compute)
    {
        if (!startsInsideWindows.TryGetValue((a, b, window), out var inside))
        {
            inside = compute();
            startsInsideWindows[(a, b, window)] = inside;
        }

        return inside;
    }

    /// <summary>The plans that share an account and Region with <paramref name="plan"/> (the same known account and Region, or its own stack when either is unknown), in construct order, the plan included.</summary>
    public IReadOnlyList<BackupPlan> PlansInScope(BackupPlan plan) => plansByScope[plan.Stack.Environment];

    /// <summary>The position of a plan in <see cref="PlansInScope"/>.</summary>
    public int IndexInScope(BackupPlan plan) => planIndexInScope[plan];

    /// <summary>Whether a plan before this one in its scope has the same name (ordinal).</summary>
    public bool NameSeenBefore(BackupPlan plan) => planNameSeen.Contains(plan);

    /// <summary>The first vault of the app with this name in this environment (in construct order).</summary>
    public BackupVault? FirstVaultNamed(StackEnvironment environment, string name) => firstVaultByName.GetValueOrDefault((environment, name));

    /// <summary>How many vaults of the same environment come before this one.</summary>
    public int VaultIndexInEnvironment(BackupVault vault) => vaultIndexInEnvironment[vault];

    /// <summary>The rules that back up into an external logically air-gapped vault of this name, in construct order.</summary>
    public IReadOnlyList<(BackupPlan Plan, int Index, ExternalBackupVault Vault)> RulesIntoExternalAirGappedVault(string name)
    {
        if (externalAirGapped is null)
        {
            externalAirGapped = new(StringComparer.Ordinal);
            foreach (var plan in All<BackupPlan>())
            {
                for (var i = 0; i < plan.Rules.Count; i++)
                {
                    if (plan.Rules[i].LogicallyAirGappedVault is ExternalBackupVault { VaultName: { } vaultName } airGapped)
                    {
                        if (!externalAirGapped.TryGetValue(vaultName, out var list))
                        {
                            list = [];
                            externalAirGapped[vaultName] = list;
                        }

                        list.Add((plan, i, airGapped));
                    }
                }
            }
        }

        return externalAirGapped.GetValueOrDefault(name) ?? [];
    }

    /// <summary>The first vault of the app whose stack has exactly this account and Region, with this name.</summary>
    public BackupVault? VaultAt(string account, string region, string name) => vaultsByPlace.GetValueOrDefault((account, region, name));

    /// <summary>The Region settings that apply to a stack's account and Region (computed once per stack).</summary>
    public RegionPreferences RegionPreferencesOf(BackupStack stack, Func<RegionPreferences> compute)
    {
        if (!preferences.TryGetValue(stack, out var value))
        {
            value = compute();
            preferences[stack] = value;
        }

        return value;
    }

    /// <summary>The plans with a rule into <paramref name="vault"/> (and, when <paramref name="withCopies"/>, a copy action into it), in construct order.</summary>
    public IReadOnlyList<BackupPlan> PlansInto(BackupVault vault, bool withCopies)
    {
        if (plansInto is null)
        {
            plansInto = new(ReferenceEqualityComparer.Instance);
            foreach (var plan in All<BackupPlan>())
            {
                var byRule = new HashSet<BackupVault>(ReferenceEqualityComparer.Instance);
                var byCopy = new HashSet<BackupVault>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < plan.Rules.Count; i++)
                {
                    if (plan.VaultOf(i) is BackupVault target)
                    {
                        byRule.Add(target);
                    }

                    foreach (var copy in plan.Rules[i].CopyActions)
                    {
                        if (copy.Destination is BackupVault destination)
                        {
                            byCopy.Add(destination);
                        }
                    }
                }

                foreach (var target in byRule)
                {
                    Entry(target).Rules.Add(plan);
                }

                foreach (var target in byRule.Union(byCopy))
                {
                    Entry(target).RulesAndCopies.Add(plan);
                }
            }
        }

        return plansInto.TryGetValue(vault, out var entry) ? (withCopies ? entry.RulesAndCopies : entry.Rules) : [];

        (List<BackupPlan> Rules, List<BackupPlan> RulesAndCopies) Entry(BackupVault target)
        {
            if (!plansInto.TryGetValue(target, out var entry))
            {
                entry = ([], []);
                plansInto[target] = entry;
            }

            return entry;
        }
    }

    /// <summary>
    /// The plans before <paramref name="plan"/> in its account and Region whose selections may select a resource it
    /// selects (<see cref="SelectionOverlap.Between(BackupPlan, BackupPlan, Func{string, bool}, ValidationContext)"/> can be non-null only for these), in construct order. A superset:
    /// the checks still test each candidate. Bound: O(plans + candidate pairs); the pairs are quadratic only when many
    /// plans select the same ARN, overlapping ARN patterns or <c>*</c>, and then the plans do overlap.
    /// </summary>
    public IReadOnlyList<BackupPlan> OverlapCandidatesBefore(BackupPlan plan)
    {
        overlapCandidates ??= SelectionOverlap.Candidates(All<BackupPlan>(), p => p.Stack.Environment, OrderOf);
        return overlapCandidates.GetValueOrDefault(plan) ?? [];
    }

    /// <summary>The facts index of the app's other resources (buckets, topics, keys, DB instances, tables; <see cref="Facts.ResourceFacts"/>), computed on first use.</summary>
    public Facts.ResourceFacts Resources => resources ??= foreign is null
        ? new Facts.ResourceFacts(All<RawResource>())
        : new Facts.ResourceFacts([.. All<RawResource>(), .. foreign.Resources], foreign.Token);

    /// <summary>The topic policies a stack writes for its vaults' notifications (<see cref="Lowering.NotificationTopicPolicies"/>), computed once per stack.</summary>
    public IReadOnlyList<Lowering.TopicPolicy> TopicPoliciesOf(BackupStack stack)
    {
        if (!topicPolicies.TryGetValue(stack, out var policies))
        {
            policies = Lowering.NotificationTopicPolicies.Of(stack);
            topicPolicies[stack] = policies;
        }

        return policies;
    }
}
