using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// RULE-016 and RULE-017: the snapshot rules of a selection's plan against the windows of an RDS DB instance of the app
/// that the selection reaches (<see cref="SelectedResources.Reaches"/>). Both windows are UTC in RDS; a rule's runs are
/// read over one sample year in the rule's own time zone and turned into UTC, so daylight saving time is followed.
/// <list type="bullet">
/// <item>RULE-016 (BKP2116): a run scheduled in the hour before, or during, the instance's
/// <c>PreferredMaintenanceWindow</c> (weekly): RDS cannot start the snapshot then, so that backup fails (DG L3168-3171).
/// Instances of an Aurora cluster are exempt (the seed's exception).</item>
/// <item>RULE-017 (BKP2117): the plan takes more than one snapshot a day, and a rule's start window overlaps the
/// instance's <c>PreferredBackupWindow</c> (daily): the lineage of the backups can branch (DG L8112-8118). The seed names
/// only plans that take multiple daily snapshots, so a once-a-day plan is not reported.</item>
/// </list>
/// A plan with a continuous rule is left out: AWS Backup then schedules the windows itself (DG L3172-3174; XR-025 covers
/// the instance's own settings). Instances with automated backups off (<c>BackupRetentionPeriod: 0</c>) have no backup
/// window to collide with. FSx maintenance and automatic-backup windows (the 4-hour rule of the same note) are not in the
/// facts index. Cost: once per selection, the plan's snapshot rules' runs (at most 9,000 each, read from the facts'
/// cache) are reduced to UTC minutes of the week; each instance then costs O(window length + 1,440).
/// </summary>
internal sealed class RuleStartsInDbWindows : IValidator<BackupSelection>
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;
    private const int SampleYear = 2027;
    private static readonly Duration DefaultStartWindow = Duration.Minutes(480);
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public void Check(BackupSelection selection, ValidationContext context)
    {
        var plan = selection.Plan;
        var facts = context.Facts.Resources;
        var instances = facts.OfType(ResourceFacts.DbInstance);
        if (instances.Count == 0 || plan.Rules.Any(r => r.EnableContinuousBackup))
        {
            return;
        }

        List<RuleRuns>? runs = null;
        foreach (var db in instances)
        {
            if (IsAurora(db))
            {
                continue;
            }

            var maintenance = WeeklyWindow(FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.PreferredMaintenanceWindow)));
            var backup = FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.BackupRetentionPeriod)) is "0"
                ? null
                : DailyWindow(FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.PreferredBackupWindow)));
            if (maintenance is null && backup is null)
            {
                continue;
            }

            var (reach, how) = SelectedResources.Reaches(selection, context, db, "rds");
            if (reach == Reach.None)
            {
                continue;
            }

            runs ??= Runs(plan, context);
            var named = SelectedResources.Named(selection, context, ResourceFacts.DbInstance).Where(n => n.Resource == db).Select(n => (int?)n.Index).FirstOrDefault();
            var path = named is { } i ? PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i) : nameof(BackupSelectionOptions.Resources);
            var name = FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.DBInstanceIdentifier)) ?? db.Id;
            var reached = reach == Reach.Named ? "by its ARN" : how;

            if (maintenance is { } m && runs.Select(r => (Rule: r, Start: r.FirstStartIn(m.Start - 60, m.End))).FirstOrDefault(x => x.Start is not null) is { Rule: { } rule, Start: { } start })
            {
                context.Report(ResourceFactConstraints.RuleStartsInMaintenanceWindow, selection, null, path,
                    plan.RuleNameAt(rule.Index), WeekTime(start), m.Text, name, reached);
            }

            if (backup is { } b && TakesSeveralSnapshotsADay(runs) && runs.FirstOrDefault(r => r.OpenDuring(b.Start, b.End)) is { } overlapping)
            {
                context.Report(ResourceFactConstraints.RuleStartWindowInRdsBackupWindow, selection, null, path,
                    plan.RuleNameAt(overlapping.Index), overlapping.Describe(), b.Text, name, reached);
            }
        }
    }

    /// <summary>Whether the instance belongs to an Aurora cluster (the maintenance exemption; its backups are the cluster's).</summary>
    private static bool IsAurora(RawResource db) =>
        FactValues.Has(db.Properties, CfnDBInstance.DBClusterIdentifier)
        || (FactValues.Text(FactValues.Get(db.Properties, CfnDBInstance.Engine)) is { } engine && engine.StartsWith("aurora", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether some UTC day of the sample year has more than one snapshot of the plan.</summary>
    private static bool TakesSeveralSnapshotsADay(List<RuleRuns> runs)
    {
        var seen = new HashSet<int>();
        foreach (var rule in runs)
        {
            if (rule.SeveralADay)
            {
                return true;
            }

            foreach (var day in rule.DaysOfYear)
            {
                if (!seen.Add(day))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The plan's snapshot rules whose schedule, time zone and start window are known, with their UTC runs.</summary>
    private static List<RuleRuns> Runs(BackupPlan plan, ValidationContext context)
    {
        var result = new List<RuleRuns>();
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            var rule = plan.Rules[i];
            var expression = (rule.Schedule ?? Schedule.Default).Expression;
            var zoneId = rule.ScheduleTimeZone ?? "UTC";
            var window = rule.StartWindow ?? DefaultStartWindow;
            if (expression is null || Token.IsUnresolved(expression) || Token.IsUnresolved(zoneId) || window.IsUnresolved || window.TotalMinutes < 1
                || context.Facts.Schedule(expression).Expression is not { } cron || context.Facts.RunsIn(cron, SampleYear) is not { } local
                || Zone(zoneId) is not { } zone)
            {
                continue;
            }

            var minutes = new HashSet<int>();
            var days = new HashSet<int>();
            var severalADay = false;
            foreach (var time in local)
            {
                if (zone.IsInvalidTime(time))
                {
                    continue;
                }

                var utc = zone == TimeZoneInfo.Utc ? time : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), zone);
                minutes.Add(MinuteOfWeek(utc));
                severalADay |= !days.Add((utc.Year * 400) + utc.DayOfYear);
            }

            result.Add(new RuleRuns(i, expression, zoneId, window, minutes, days, severalADay));
        }

        return result;
    }

    private static TimeZoneInfo? Zone(string id)
    {
        if (id == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZones.IsKnown(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    private static int MinuteOfWeek(DateTime time) => ((((int)time.DayOfWeek + 6) % 7) * MinutesPerDay) + (time.Hour * 60) + time.Minute;

    private static string WeekTime(int minuteOfWeek) =>
        string.Create(CultureInfo.InvariantCulture, $"{Days[minuteOfWeek / MinutesPerDay]}:{minuteOfWeek % MinutesPerDay / 60:00}:{minuteOfWeek % 60:00}");

    /// <summary>An RDS weekly window <c>ddd:hh24:mi-ddd:hh24:mi</c> (UTC) as minutes of the week from Monday 00:00, or null.</summary>
    private static Window? WeeklyWindow(string? text)
    {
        if (text?.Split('-') is not [var from, var to] || WeekMinute(from) is not { } start || WeekMinute(to) is not { } end)
        {
            return null;
        }

        return new Window(text, start, end > start ? end : end + MinutesPerWeek);

        static int? WeekMinute(string part) =>
            part.Split(':') is [var day, var hh, var mi] && Array.IndexOf(Days, day.ToLowerInvariant()) is var d and >= 0 && DayMinute(hh, mi) is { } minute
                ? (d * MinutesPerDay) + minute
                : null;
    }

    /// <summary>An RDS daily window <c>hh24:mi-hh24:mi</c> (UTC) as minutes of the day, or null.</summary>
    private static Window? DailyWindow(string? text)
    {
        if (text?.Split('-') is not [var from, var to] || from.Split(':') is not [var h1, var m1] || to.Split(':') is not [var h2, var m2]
            || DayMinute(h1, m1) is not { } start || DayMinute(h2, m2) is not { } end)
        {
            return null;
        }

        return new Window(text, start, end > start ? end : end + MinutesPerDay);
    }

    private static int? DayMinute(string hh, string mi) =>
        int.TryParse(hh, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && int.TryParse(mi, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && hh.Length == 2 && mi.Length == 2 && h < 24 && m < 60
            ? (h * 60) + m
            : null;

    /// <summary>A window read from a DB instance: its text, and its start and end in minutes (the end may pass the week's or day's end).</summary>
    private sealed record Window(string Text, int Start, int End);

    /// <summary>A snapshot rule's runs in UTC over the sample year: the minutes of the week they start at and the days they run on.</summary>
    private sealed record RuleRuns(int Index, string Expression, string Zone, Duration Window, HashSet<int> MinutesOfWeek, HashSet<int> DaysOfYear, bool SeveralADay)
    {
        /// <summary>The first minute of the week in [<paramref name="from"/>, <paramref name="to"/>) (on a weekly clock) at which a run starts, or null.</summary>
        public int? FirstStartIn(int from, int to)
        {
            for (var minute = from; minute < to; minute++)
            {
                var m = ((minute % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek;
                if (MinutesOfWeek.Contains(m))
                {
                    return m;
                }
            }

            return null;
        }

        /// <summary>Whether a start window of some run overlaps the daily window [<paramref name="from"/>, <paramref name="to"/>) minutes of the day.</summary>
        public bool OpenDuring(int from, int to)
        {
            if (Window.TotalMinutes >= MinutesPerDay)
            {
                return true;
            }

            foreach (var start in MinutesOfWeek.Select(m => m % MinutesPerDay).Distinct())
            {
                // The run's window [start, start + W) and the daily window, on a clock of one day.
                var after = (((from - start) % MinutesPerDay) + MinutesPerDay) % MinutesPerDay; // the backup window opens this long after the run
                if (after < Window.TotalMinutes || (MinutesPerDay - after) % MinutesPerDay < to - from)
                {
                    return true;
                }
            }

            return false;
        }

        public string Describe() => $"{Expression}{(Zone == "UTC" ? "" : " in " + Zone)}, start window {Window}";
    }
}
