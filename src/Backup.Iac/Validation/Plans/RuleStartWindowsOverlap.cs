using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-020: two snapshot rules of a plan whose start windows overlap, so that AWS Backup keeps only the backup of the
/// rule with the longer retention. Reported only when sure (see <see cref="RuleStartTimes"/>): same time zone, and either
/// the same schedule or the same days at fixed times whose windows intersect. Continuous rules, and schedules, time zones
/// or windows unknown at synth time, are left out. Reported on the later rule.
/// </summary>
internal sealed class RuleStartWindowsOverlap : IValidator<BackupPlan>
{
    private static readonly Duration DefaultStartWindow = Duration.Minutes(480);

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var earlier = new List<Candidate>();
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var rule = plan.Rules[i];
            var expression = (rule.Schedule ?? Schedule.Default).Expression;
            var zone = rule.ScheduleTimeZone ?? "UTC";
            var window = rule.StartWindow ?? DefaultStartWindow;
            if (rule.EnableContinuousBackup || expression is null || Token.IsUnresolved(expression) || Token.IsUnresolved(zone)
                || window.IsUnresolved || window.TotalMinutes < 1 || RuleStartTimes.Fields(expression) is not { } fields)
            {
                continue;
            }

            var current = new Candidate(i, expression, fields, zone, window, RuleStartTimes.TryParse(expression));
            if (earlier.FirstOrDefault(current.Overlaps) is { } other)
            {
                var subject = new RuleSubject(plan, i, rule);
                context.Report(PlanConstraints.OverlappingStartWindows, plan, subject.SubPath, nameof(BackupPlanRule.Schedule),
                    plan.RuleNameAt(other.Index), other.Describe(), subject.Name, current.Describe());
            }

            earlier.Add(current);
        }
    }

    private sealed record Candidate(int Index, string Expression, string Fields, string Zone, Duration Window, RuleStartTimes? Times)
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTime[]?> Starts = new(StringComparer.Ordinal);

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, long), bool> Inside = new();

        private readonly Lazy<DateTime[]?> starts = new(() => Starts.Count < 1_000 ? Starts.GetOrAdd(Expression, StartsIn) : StartsIn(Expression));

        public bool Overlaps(Candidate other) =>
            Zone == other.Zone
            && (Fields == other.Fields
                || (Times is { } mine && other.Times is { } theirs && mine.Overlaps(Window, theirs, other.Window))
                || StartsInsideWindows(this, other) || StartsInsideWindows(other, this));

        /// <summary>
        /// Whether a run of <paramref name="a"/> starts inside a start window of <paramref name="b"/> at another instant
        /// (over one sample year): then one of them is skipped and its backup is not replaced by one taken at the same
        /// time, as in the seed's hourly and 12-hourly example (DG L3179-3210). Runs that start at the same instant (daily
        /// and weekly rules at 05:00) are the intended pattern: the longer retention wins, nothing is lost.
        /// </summary>
        private static bool StartsInsideWindows(Candidate a, Candidate b)
        {
            // The answer depends only on the two schedules and b's window; an estate repeats a few of them many times.
            var key = (a.Expression, b.Expression, b.Window.TotalMinutes);
            if (Inside.TryGetValue(key, out var known))
            {
                return known;
            }

            var inside = ComputeStartsInsideWindows(a, b);
            if (Inside.Count < 1_000)
            {
                Inside.TryAdd(key, inside);
            }

            return inside;
        }

        private static bool ComputeStartsInsideWindows(Candidate a, Candidate b)
        {
            if (a.starts.Value is not { } aStarts || b.starts.Value is not { } bStarts)
            {
                return false;
            }

            var j = 0;
            foreach (var start in aStarts)
            {
                while (j < bStarts.Length && bStarts[j].AddMinutes(b.Window.TotalMinutes) <= start)
                {
                    j++;
                }

                if (j < bStarts.Length && bStarts[j] <= start && bStarts[j] != start)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The runs in the sample year 2027, or null when the schedule does not parse or fires too often to matter.</summary>
        private static DateTime[]? StartsIn(string expression)
        {
            if (Schedules.CronExpression.Parse(expression).Expression is not { } cron || !cron.Years.Contains(SampleYear))
            {
                return null;
            }

            return [.. cron.Occurrences(new DateTime(SampleYear - 1, 12, 31, 23, 59, 0)).TakeWhile(t => t.Year == SampleYear).Take(9000)];
        }

        private const int SampleYear = 2027;

        public string Describe() =>
            $"{Expression}{(Zone == "UTC" ? "" : " in " + Zone)}, start window {Window}";
    }
}
