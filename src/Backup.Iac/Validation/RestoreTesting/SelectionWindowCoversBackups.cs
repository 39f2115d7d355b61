using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// XR-020: the restore tests of a selection find a recovery point in the last SelectionWindow days only when the backup
/// rules of its type run often enough. Over one year of the restore plan's schedule, a run is counted as finding nothing
/// only when no rule that backs up the type fires within the window, with a day of slack before it (time zones) and the
/// start window after it; warned when at least one run finds nothing. Skipped when a schedule is a deploy-time value,
/// invalid or limited to some years, or when a continuous rule backs up the type.
/// </summary>
internal sealed class SelectionWindowCoversBackups : IValidator<RestoreTestingSelection>
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2028, 1, 31);
    private const int TestYear = 2027;

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        var plan = selection.Plan;
        if (RestoreTestingFacts.TypeOf(selection) is not { } type
            || plan.Props.RecoveryPointSelection is not { } points
            || Days(points.SelectionWindow) is not { } window
            || window is < 1 or > 365 // out of range: BKP5014 reports it
            || plan.Props.StartWindow is { IsUnresolved: true } or { TotalHours: < 1 or > 168 } // out of range: BKP5007 reports it
            || RestoreTestingSchedule.Of(plan, context) is not { } tests
            || !tests.Years.Contains(TestYear)
            || TypeBackups.Of(type, plan.Stack, context) is not { Rules.Count: > 0 } backups
            || BackupDates(backups.Rules, context) is not { } dates)
        {
            return;
        }

        var after = 1 + (int)Math.Ceiling((plan.Props.StartWindow?.TotalMinutes ?? RestoreTestingFacts.DefaultStartWindowHours * 60) / (24.0 * 60));
        int runs = 0, misses = 0;
        for (var day = new DateOnly(TestYear, 1, 1); day.Year == TestYear; day = day.AddDays(1))
        {
            if (!tests.FiresOn(day))
            {
                continue;
            }

            runs++;
            if (dates.GetViewBetween(day.AddDays(-window - 1), day.AddDays(after)).Count == 0)
            {
                misses++;
            }
        }

        if (misses == 0)
        {
            return;
        }

        var gap = dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber).DefaultIfEmpty(0).Max();
        var shown = points.SelectionWindow is { } set ? set.ToString() : $"{RestoreTestingFacts.DefaultSelectionWindowDays} days (the default)";
        var rules = string.Join(", ", backups.Rules.Select(r => $"rule '{r.Name}' of plan '{r.Plan.Id}'").Distinct());
        context.Report(RestoreTestingConstraints.WindowShorterThanBackups, selection, null, null,
            shown, type, rules, gap.ToString(CultureInfo.InvariantCulture), misses, runs);
    }

    /// <summary>The window in whole days (30 when unset), or null when it is out of range or not whole (RTP-014 reports it).</summary>
    private static int? Days(Duration? window)
    {
        if (window is not { } w)
        {
            return RestoreTestingFacts.DefaultSelectionWindowDays;
        }

        return !w.IsUnresolved && w.IsWholeDays && w.TotalDays is >= 1 and <= 365 ? (int)w.TotalDays : null;
    }

    /// <summary>The days on which any of the rules fires, or null when a rule's schedule is not known well enough.</summary>
    private static SortedSet<DateOnly>? BackupDates(IReadOnlyList<RuleSubject> rules, ValidationContext context)
    {
        var dates = new SortedSet<DateOnly>();
        foreach (var subject in rules)
        {
            if (subject.Rule.EnableContinuousBackup)
            {
                return null; // a continuous recovery point is always within the window
            }

            var text = (subject.Rule.Schedule ?? Schedule.Default).Expression;
            if (!RestoreTestingFacts.IsKnown(text) || context.Facts.Schedule(text).Expression is not { } cron
                || !Enumerable.Range(From.Year, To.Year - From.Year + 1).All(cron.Years.Contains))
            {
                return null;
            }

            for (var day = From; day <= To; day = day.AddDays(1))
            {
                if (cron.FiresOn(day))
                {
                    dates.Add(day);
                }
            }
        }

        return dates.Count == 0 ? null : dates;
    }
}
