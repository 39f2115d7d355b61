using Backup.Iac.Catalog;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-021 (the part PLAN-020 leaves): only one backup job runs per resource at a time. Two snapshot rules of different
/// plans of the same account and Region whose start windows surely overlap (the reading of <see cref="RuleStartTimes"/>
/// that PLAN-020 uses: same time zone, and the same schedule or the same days at fixed times whose windows intersect),
/// and whose selections surely share a resource (<see cref="SelectionOverlap"/>). Reported once per rule of the later plan.
/// </summary>
internal sealed class JobsOverlapAcrossPlans : IValidator<BackupPlan>
{
    private static readonly Duration DefaultStartWindow = Duration.Minutes(480);

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var others = context.Facts.OverlapCandidatesBefore(plan);
        if (others.Count == 0)
        {
            return; // no earlier plan can select the same resources: no schedule to read
        }

        var mine = Candidates(plan, context).ToList();
        if (mine.Count == 0)
        {
            return;
        }

        var reported = new HashSet<int>();
        foreach (var other in others)
        {
            var theirs = Candidates(other, context).ToList();
            if (theirs.Count == 0 || SelectionOverlap.Between(plan, other, _ => true, context) is not { } common)
            {
                continue;
            }

            foreach (var a in mine.Where(a => !reported.Contains(a.Index)))
            {
                if (theirs.FirstOrDefault(a.Overlaps) is { } b)
                {
                    reported.Add(a.Index);
                    context.Report(SettingsConstraints.JobsOverlapAcrossPlans, plan, ConstructPath.Item(nameof(BackupPlanProps.Rules), plan.RuleNameAt(a.Index)), nameof(BackupPlanRule.Schedule),
                        plan.RuleNameAt(a.Index), a.Describe(), other.RuleNameAt(b.Index), other.BackupPlanName, b.Describe(), common);
                }
            }
        }
    }

    private static IEnumerable<Candidate> Candidates(BackupPlan plan, ValidationContext context)
    {
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var rule = plan.Rules[i];
            if (rule is null || rule.EnableContinuousBackup)
            {
                continue;
            }

            var expression = (rule.Schedule ?? Schedule.Default).Expression;
            var zone = rule.ScheduleTimeZone ?? "UTC";
            var window = rule.StartWindow ?? DefaultStartWindow;
            if (expression is null || Token.IsUnresolved(expression) || Token.IsUnresolved(zone) || window.IsUnresolved || window.TotalMinutes < 1
                || context.Facts.Schedule(expression).Expression is not { } cron)
            {
                continue;
            }

            yield return new Candidate(i, expression, cron.Canonical, zone, window, context.Facts.StartTimes(cron));
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
