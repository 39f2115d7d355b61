using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Auditing;

/// <summary>
/// The longest time between two runs of a rule's schedule, over the sample year 2027 and into the next (in the
/// schedule's own time zone; a daylight-saving hour is ignored, as a frequency is meant). Rules without a schedule run
/// on AWS's default, daily at 05:00 UTC.
/// </summary>
internal static class ScheduleGaps
{
    private const int SampleYear = 2027;
    /// <summary>Gaps by schedule expression; bounded, as expressions come from user input (a pure function, so a miss only costs time).</summary>
    private static readonly BoundedCache<string, TimeSpan?> Cache = new(4096, StringComparer.Ordinal);

    /// <summary>The longest gap of a rule, or null when its schedule is unknown at synth time, invalid, or does not run in the sample year.</summary>
    public static TimeSpan? Of(BackupPlanRule rule)
    {
        var expression = (rule.Schedule ?? Schedule.Default).Expression;
        return Token.IsUnresolved(expression) ? null : Cache.GetOrAdd(expression, Compute);
    }

    private static TimeSpan? Compute(string expression)
    {
        if (CronExpression.Parse(expression).Expression is not { } cron || !cron.Years.Contains(SampleYear))
        {
            return null;
        }

        var runs = cron.Occurrences(new DateTime(SampleYear - 1, 12, 31, 23, 59, 0)).TakeWhile(t => t.Year <= SampleYear + 1).Take(20_000).ToList();
        var inYear = runs.Count(r => r.Year == SampleYear);
        if (inYear == 0)
        {
            return null;
        }

        var gap = TimeSpan.Zero;
        for (var i = 1; i < runs.Count && runs[i - 1].Year == SampleYear; i++)
        {
            gap = TimeSpan.FromTicks(Math.Max(gap.Ticks, (runs[i] - runs[i - 1]).Ticks));
        }

        // A schedule that stops in the sample year (no run the next year) never runs again: no frequency at all.
        return runs[^1].Year == SampleYear ? TimeSpan.MaxValue : gap;
    }

    /// <summary>A gap for messages: <c>24 hours</c>, <c>7 days</c>, <c>90 minutes</c>.</summary>
    public static string Describe(TimeSpan gap)
    {
        if (gap == TimeSpan.MaxValue)
        {
            return "never again after its last run";
        }

        var d = Duration.Minutes((long)gap.TotalMinutes);
        return d.TotalMinutes % 60 == 0 && d.TotalMinutes <= 24 * 60 && d.TotalHours > 1
            ? d.TotalHours.ToString(System.Globalization.CultureInfo.InvariantCulture) + " hours"
            : d.ToString();
    }
}
