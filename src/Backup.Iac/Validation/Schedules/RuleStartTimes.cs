namespace Backup.Iac.Validation.Schedules;

/// <summary>
/// When a snapshot rule starts, as far as PLAN-020 and XR-021 can be sure, read from its parsed
/// <see cref="CronExpression"/>: the days it fires on (<see cref="CronExpression.Days"/>, so that <c>7</c> and
/// <c>SAT</c> or <c>?</c> and <c>*</c> compare equal) and its fixed start times on each of those days. Only a single
/// minute with one or more listed hours gives start times; ranges, steps and wildcards in the minutes or hours give
/// none, so the rule is then compared only by its whole expression (<see cref="CronExpression.Canonical"/>).
/// </summary>
/// <param name="Days">The days it fires on; <see cref="CronExpression.EveryDay"/> for a daily schedule.</param>
/// <param name="EveryDay">Whether the rule runs every day of every month and year.</param>
/// <param name="MinutesOfDay">The start times, in minutes after midnight.</param>
internal sealed record RuleStartTimes(string Days, bool EveryDay, IReadOnlyList<int> MinutesOfDay)
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>The start times of <paramref name="cron"/>, or null when they are not a single minute at listed hours.</summary>
    public static RuleStartTimes? Of(CronExpression cron)
    {
        ArgumentNullException.ThrowIfNull(cron);
        if (cron.Minutes.Length != 1 || !Listed(cron[CronField.Minutes]) || !Listed(cron[CronField.Hours]))
        {
            return null;
        }

        var days = cron.Days;
        return new RuleStartTimes(days, days == CronExpression.EveryDay, [.. cron.Hours.Select(hour => (hour * 60) + cron.Minutes[0])]);
    }

    /// <summary>Whether every item of the field is a plain number (no <c>*</c>, range or step).</summary>
    private static bool Listed(CronFieldValue field) =>
        field.Items.All(item => item.Step is null && item.Text.All(char.IsAsciiDigit));

    /// <summary>
    /// Whether a job of this rule and one of <paramref name="other"/> (on the same days) can be waiting in overlapping start
    /// windows. For daily rules the windows may reach over midnight into the next day's window.
    /// </summary>
    public bool Overlaps(Duration window, RuleStartTimes other, Duration otherWindow)
    {
        if (Days != other.Days)
        {
            return false;
        }

        foreach (var a in MinutesOfDay)
        {
            foreach (var b in other.MinutesOfDay)
            {
                if (EveryDay ? OverlapOnAClock(a, window.TotalMinutes, b, otherWindow.TotalMinutes)
                    : a < b + otherWindow.TotalMinutes && b < a + window.TotalMinutes)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OverlapOnAClock(int a, long windowA, int b, long windowB)
    {
        if (windowA >= MinutesPerDay || windowB >= MinutesPerDay)
        {
            return true;
        }

        var after = (((b - a) % MinutesPerDay) + MinutesPerDay) % MinutesPerDay; // b starts this many minutes after a
        return after < windowA || (MinutesPerDay - after) % MinutesPerDay < windowB;
    }
}
