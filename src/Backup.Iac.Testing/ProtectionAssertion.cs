using System.Globalization;
using System.Text;
using Backup.Iac.Auditing;
using Backup.Iac.Validation;

namespace Backup.Iac.Testing;

/// <summary>
/// What protects one resource. Each step narrows the rules that back it up to those that also meet the step, and
/// throws when none is left, so a chain states one rule's whole promise:
/// <c>.IsBackedUp().AtLeastEvery(TimeSpan.FromDays(1)).RetainedAtLeast(Duration.Days(35)).CopiedTo(region: "eu-central-1")</c>.
/// </summary>
public sealed class ProtectionAssertion
{
    private readonly BackupApp app;
    private readonly ProtectedResource resource;
    private readonly List<string> steps = [];
    private readonly List<string> notSelecting = [];

    internal ProtectionAssertion(BackupApp app, ProtectedResource resource)
    {
        this.app = app;
        this.resource = resource;
        Rules = Find();
    }

    /// <summary>The rules that back the resource up and meet every step so far.</summary>
    public IReadOnlyList<ProtectingRule> Rules { get; private set; }

    /// <summary>Asserts that at least one plan rule backs the resource up.</summary>
    /// <returns>This, to chain.</returns>
    public ProtectionAssertion IsBackedUp()
    {
        if (Rules.Count == 0)
        {
            var text = new StringBuilder($"Expected {resource} to be backed up, but no selection of any plan picks it.");
            foreach (var why in notSelecting)
            {
                text.AppendLine().Append("  ").Append(why);
            }

            if (notSelecting.Count == 0)
            {
                text.AppendLine().Append("  The app has no backup selection at all.");
            }

            throw new BackupAssertionException(text.ToString());
        }

        steps.Add("is backed up");
        return this;
    }

    /// <summary>Asserts that no plan backs the resource up (for resources that must stay out of backups).</summary>
    public void IsNotBackedUp()
    {
        if (Rules.Count > 0)
        {
            throw new BackupAssertionException($"Expected {resource} not to be backed up, but it is, by:{Environment.NewLine}"
                + string.Join(Environment.NewLine, Rules.Select(r => "  " + r)));
        }
    }

    /// <summary>Keeps the rules that run at least this often (the longest gap between two runs of the schedule; continuous backup counts as always).</summary>
    /// <param name="interval">The longest time allowed between two backups.</param>
    /// <returns>This, to chain.</returns>
    public ProtectionAssertion AtLeastEvery(TimeSpan interval) => Narrow(
        $"at least every {Describe(interval)}",
        r =>
        {
            if (r.Rule.EnableContinuousBackup)
            {
                return null;
            }

            var gap = ScheduleGaps.Of(r.Rule);
            return gap is null ? $"its schedule {(r.Rule.Schedule ?? Schedule.Default).Expression} is not known at synth time"
                : gap.Value > interval ? $"it runs only every {ScheduleGaps.Describe(gap.Value)} ({(r.Rule.Schedule ?? Schedule.Default).Expression})"
                : null;
        });

    /// <summary>Keeps the rules whose recovery points are kept at least this long (no <c>DeleteAfter</c> keeps them for ever).</summary>
    /// <param name="retention">The shortest retention allowed.</param>
    /// <returns>This, to chain.</returns>
    public ProtectionAssertion RetainedAtLeast(Duration retention) => Narrow(
        $"retained at least {retention}",
        r => Shorter(r.Rule.Lifecycle?.DeleteAfter, retention) is { } why ? "its recovery points are " + why : null);

    /// <summary>Keeps the rules that copy each backup to a vault in the given Region and/or account (optionally kept at least so long there).</summary>
    /// <param name="region">The destination Region; any when null.</param>
    /// <param name="account">The destination account; any when null.</param>
    /// <param name="retainedAtLeast">The shortest retention of the copy; any when null.</param>
    /// <returns>This, to chain.</returns>
    public ProtectionAssertion CopiedTo(string? region = null, string? account = null, Duration? retainedAtLeast = null)
    {
        var what = "copied to " + string.Join(" ", new[] { region is null ? null : $"Region {region}", account is null ? null : $"account {account}" }.OfType<string>().DefaultIfEmpty("another vault"))
            + (retainedAtLeast is { } min ? $" and kept there at least {min}" : "");
        return Narrow(what, r =>
        {
            if (r.Rule.CopyActions.Count == 0)
            {
                return "it makes no copy";
            }

            var problems = new List<string>();
            foreach (var copy in r.Rule.CopyActions)
            {
                var (copyRegion, copyAccount) = EnvironmentOf(copy.Destination, r.Plan.Stack);
                var why = region is not null && copyRegion != region ? $"its copy to {copy.Destination} goes to Region {copyRegion ?? "(unknown)"}"
                    : account is not null && copyAccount != account ? $"its copy to {copy.Destination} goes to account {copyAccount ?? "(unknown)"}"
                    : retainedAtLeast is { } keep && Shorter(copy.Lifecycle?.DeleteAfter, keep) is { } shorter ? $"its copy to {copy.Destination} is {shorter}"
                    : null;
                if (why is null)
                {
                    return null;
                }

                problems.Add(why);
            }

            return string.Join("; ", problems);
        });
    }

    /// <summary>Keeps the rules that back up into a locked vault (a vault lock, or a logically air-gapped vault).</summary>
    /// <returns>This, to chain.</returns>
    public ProtectionAssertion InLockedVault() => Narrow("in a locked vault", r => r.Vault switch
    {
        LogicallyAirGappedBackupVault => null,
        BackupVault { Props.Lock: not null } => null,
        BackupVault v => $"its vault {v.Path} has no lock",
        null => "it names no vault",
        var v => $"its vault {v} is not defined in this app, so its lock is unknown",
    });

    private ProtectionAssertion Narrow(string requirement, Func<ProtectingRule, string?> problem)
    {
        if (steps.Count == 0)
        {
            IsBackedUp();
        }

        var judged = Rules.Select(r => (Rule: r, Problem: problem(r))).ToList();
        var kept = judged.Where(j => j.Problem is null).Select(j => j.Rule).ToList();
        if (kept.Count == 0)
        {
            var text = new StringBuilder($"Expected {resource} to be backed up {requirement} by a rule that {string.Join(", ", steps)}, but none is:");
            foreach (var (rule, why) in judged)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {rule}: {why}");
            }

            throw new BackupAssertionException(text.ToString());
        }

        steps.Add(requirement);
        Rules = kept;
        return this;
    }

    private static string? Shorter(Duration? deleteAfter, Duration minimum) => deleteAfter switch
    {
        null => null,
        { IsUnresolved: true } => $"kept for a time set at deploy ({deleteAfter.Value.UnresolvedToken}), not known at synth time",
        { } d when d < minimum => $"kept only {d}",
        _ => null,
    };

    private static string Describe(TimeSpan interval) =>
        interval.TotalDays >= 1 && interval.TotalDays == Math.Floor(interval.TotalDays) ? $"{interval.TotalDays.ToString(CultureInfo.InvariantCulture)} day(s)"
        : interval.TotalHours == Math.Floor(interval.TotalHours) ? $"{interval.TotalHours.ToString(CultureInfo.InvariantCulture)} hour(s)"
        : interval.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>The Region and account of a vault: of its stack when it is defined in the app, of its ARN otherwise (a name: the rule's own).</summary>
    private static (string? Region, string? Account) EnvironmentOf(IBackupVault vault, BackupStack source) => vault switch
    {
        Construct c => (Known(c.Stack.Region), Known(c.Stack.Account)),
        ExternalBackupVault { IsFromArn: true } e => (Known(e.Region), Known(e.Account)),
        _ => (Known(source.Region), Known(source.Account)),
    };

    private static string? Known(string? value) => value is null || Token.IsUnresolved(value) ? null : value;

    /// <summary>Every rule of every plan whose selection picks the resource; remembers why the other selections do not.</summary>
    private List<ProtectingRule> Find()
    {
        var found = new List<ProtectingRule>();
        foreach (var selection in app.Descendants().OfType<BackupSelection>())
        {
            if (Picks(selection) is { } why)
            {
                notSelecting.Add($"{selection.Path}: {why}");
                continue;
            }

            for (var i = 0; i < selection.Plan.Rules.Count; i++)
            {
                found.Add(new ProtectingRule(selection.Plan, i, selection));
            }
        }

        return found;
    }

    /// <summary>Null when the selection picks the resource, otherwise why not (AWS's rules: Resources ORed, NotResources removed, Conditions ANDed).</summary>
    private string? Picks(BackupSelection selection)
    {
        var stack = selection.Stack;
        if (resource.Arn is { } arn)
        {
            if (Known(stack.Account) is { } account && arn.Account != account)
            {
                return $"its plan is in account {account}, the resource in {arn.Account}";
            }

            if (Known(stack.Region) is { } region && arn.Region.Length > 0 && arn.Region != region)
            {
                return $"its plan is in Region {region}, the resource in {arn.Region}";
            }
        }

        var options = selection.Options;
        var picked = options.Resources.Count == 0 ? "it has no Resources (every resource)" : null;
        foreach (var entry in options.Resources)
        {
            if (entry.Arn is { } pattern)
            {
                if (pattern == "*")
                {
                    picked = "*";
                }
                else if (resource.ArnText is { } text && Resolve(pattern, stack) is { } resolved && Wildcards.Glob(text, resolved))
                {
                    picked = pattern;
                }
            }
            else if (entry.Tag is { } tag && resource.Tags.TryGetValue(tag.Key, out var value)
                && (string.Equals(tag.ConditionType, "STRINGLIKE", StringComparison.OrdinalIgnoreCase) ? Wildcards.Glob(value, tag.Value) : value == tag.Value))
            {
                picked = $"tag {tag.Key}={tag.Value}";
            }

            if (picked is not null)
            {
                break;
            }
        }

        if (picked is null)
        {
            var wanted = string.Join(", ", options.Resources.Select(r => r.Arn ?? (r.Tag is { } t ? $"tag {t.Key}={t.Value}" : "?")));
            return $"none of its Resources matches ({wanted})";
        }

        foreach (var not in options.NotResources)
        {
            if (resource.ArnText is { } text && Resolve(not, stack) is { } resolved && Wildcards.Glob(text, resolved))
            {
                return $"its NotResources excludes it ({not})";
            }
        }

        foreach (var (op, condition) in options.Conditions?.All() ?? [])
        {
            const string prefix = "aws:ResourceTag/";
            if (!condition.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"its condition {op} on {condition.Key} cannot be judged from the resource's tags";
            }

            var key = condition.Key[prefix.Length..];
            var has = resource.Tags.TryGetValue(key, out var value);
            var holds = op switch
            {
                "StringEquals" => has && value == condition.Value,
                "StringLike" => has && Wildcards.Glob(value ?? "", condition.Value),
                "StringNotEquals" => !has || value != condition.Value,
                "StringNotLike" => !has || !Wildcards.Glob(value ?? "", condition.Value),
                _ => false,
            };
            if (!holds)
            {
                return $"its condition {op} {key}={condition.Value} does not hold (the resource has {(has ? $"{key}={value}" : $"no tag {key}")})";
            }
        }

        return null;
    }

    /// <summary>An ARN pattern with the stack's partition, account and Region in place of the pseudo parameters; null when another deploy-time value remains.</summary>
    private string? Resolve(string pattern, BackupStack stack)
    {
        var resolved = pattern
            .Replace(Aws.Partition, resource.Arn?.Partition ?? "aws", StringComparison.Ordinal)
            .Replace(Aws.Region, Known(stack.Region) ?? "*", StringComparison.Ordinal)
            .Replace(Aws.AccountId, Known(stack.Account) ?? "*", StringComparison.Ordinal);
        return Token.IsUnresolved(resolved) ? null : resolved;
    }
}
