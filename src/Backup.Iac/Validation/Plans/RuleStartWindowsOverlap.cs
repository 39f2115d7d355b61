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
                || window.TotalMinutes < 1 || RuleStartTimes.Fields(expression) is not { } fields)
            {
                continue;
            }

            var current = new Candidate(i, expression, fields, zone, window, RuleStartTimes.TryParse(expression));
            if (earlier.FirstOrDefault(current.Overlaps) is { } other)
            {
                var subject = new RuleSubject(plan, i, rule);
                context.Report(PlanConstraints.OverlappingStartWindows, plan, subject.SubPath, "Schedule",
                    plan.RuleNameAt(other.Index), other.Describe(), subject.Name, current.Describe());
            }

            earlier.Add(current);
        }
    }

    private sealed record Candidate(int Index, string Expression, string Fields, string Zone, Duration Window, RuleStartTimes? Times)
    {
        public bool Overlaps(Candidate other) =>
            Zone == other.Zone
            && (Fields == other.Fields
                || (Times is { } mine && other.Times is { } theirs && mine.Overlaps(Window, theirs, other.Window)));

        public string Describe() =>
            $"{Expression}{(Zone == "UTC" ? "" : " in " + Zone)}, start window {Window}";
    }
}
