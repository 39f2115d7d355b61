using Backup.Iac.Catalog;
using Backup.Iac.Validation.Schedules;

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
                || window.IsUnresolved || window.TotalMinutes < 1 || context.Facts.Schedule(expression).Expression is not { } cron)
            {
                continue;
            }

            var current = new Candidate(i, expression, cron, zone, window, context.Facts);
            if (earlier.FirstOrDefault(current.Overlaps) is { } other)
            {
                var subject = new RuleSubject(plan, i, rule);
                context.Report(PlanConstraints.OverlappingStartWindows, plan, subject.SubPath, nameof(BackupPlanRule.Schedule),
                    plan.RuleNameAt(other.Index), other.Describe(), subject.Name, current.Describe());
            }

            earlier.Add(current);
        }
    }

    /// <summary>A rule to compare: its valid schedule, time zone and start window; schedule readings come from the facts, once per synth.</summary>
    private sealed record Candidate(int Index, string Expression, CronExpression Cron, string Zone, Duration Window, ValidationFacts Facts)
    {
        private RuleStartTimes? Times => Facts.StartTimes(Cron);

        public bool Overlaps(Candidate other) =>
            Zone == other.Zone
            && (Cron.Canonical == other.Cron.Canonical
                || (Times is { } mine && other.Times is { } theirs && mine.Overlaps(Window, theirs, other.Window))
                || StartsInsideWindows(this, other) || StartsInsideWindows(other, this));

        /// <summary>
        /// Whether a run of <paramref name="a"/> starts inside a start window of <paramref name="b"/> at another instant
        /// (over one sample year): then one of them is skipped and its backup is not replaced by one taken at the same
        /// time, as in the seed's hourly and 12-hourly example (DG L3179-3210). Runs that start at the same instant (daily
        /// and weekly rules at 05:00) are the intended pattern: the longer retention wins, nothing is lost.
        /// </summary>
        private static bool StartsInsideWindows(Candidate a, Candidate b) =>
            // The answer depends only on the two schedules and b's window.
            a.Facts.StartsInsideWindows(a.Expression, b.Expression, b.Window.TotalMinutes, () => ComputeStartsInsideWindows(a, b));

        private static bool ComputeStartsInsideWindows(Candidate a, Candidate b)
        {
            if (a.Facts.RunsIn(a.Cron, SampleYear) is not { } aStarts || b.Facts.RunsIn(b.Cron, SampleYear) is not { } bStarts)
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

        private const int SampleYear = 2027;

        public string Describe() =>
            $"{Expression}{(Zone == "UTC" ? "" : " in " + Zone)}, start window {Window}";
    }
}
