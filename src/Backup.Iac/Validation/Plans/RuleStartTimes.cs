using System.Globalization;
using System.Text;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// When a snapshot rule starts, as far as PLAN-020 can be sure: the days it runs on (its day-of-month, month,
/// day-of-week and year fields, normalised so that <c>7</c> and <c>SAT</c> or <c>?</c> and <c>*</c> compare equal) and its
/// fixed start times on each of those days. Only a single minute with one or more explicit hours is understood; ranges,
/// steps and wildcards in the minutes or hours give no start times, so the rule is then compared only by its whole expression.
/// This is a deliberately small reading of the cron grammar (the full grammar is checked by the RULE validators).
/// </summary>
/// <param name="Days">The normalised day fields; <c>every day</c> for a daily schedule.</param>
/// <param name="EveryDay">Whether the rule runs every day of every month and year.</param>
/// <param name="MinutesOfDay">The start times, in minutes after midnight.</param>
internal sealed record RuleStartTimes(string Days, bool EveryDay, IReadOnlyList<int> MinutesOfDay)
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The six fields of <c>cron(...)</c>, upper case and joined by single spaces, or null for anything else.</summary>
    public static string? Fields(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return FieldsOf.Count < 10_000 ? FieldsOf.GetOrAdd(expression, ReadFields) : ReadFields(expression);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> FieldsOf = new(StringComparer.Ordinal);

    private static string? ReadFields(string expression)
    {
        var text = expression.Trim();
        if (!text.StartsWith("cron(", StringComparison.OrdinalIgnoreCase) || !text.EndsWith(')'))
        {
            return null;
        }

        var fields = text[5..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return fields.Length == 6 ? string.Join(' ', fields).ToUpperInvariant() : null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RuleStartTimes?> Parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// The start times of <paramref name="expression"/>, or null when this reading is not sure of them. Memoized (as
    /// <see cref="Schedules.CronExpression.Parse"/>): every plan's rules are read by PLAN-020 and XR-021, and an estate
    /// repeats a few schedules many times.
    /// </summary>
    public static RuleStartTimes? TryParse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Parsed.Count < 10_000 ? Parsed.GetOrAdd(expression, Parse) : Parse(expression);
    }

    private static RuleStartTimes? Parse(string expression)
    {
        if (Fields(expression)?.Split(' ') is not [var minutes, var hours, var dayOfMonth, var monthField, var dayOfWeekField, var year]
            || !TryNumber(minutes, 59, out var minute))
        {
            return null;
        }

        var starts = new SortedSet<int>();
        foreach (var part in hours.Split(','))
        {
            if (!TryNumber(part, 23, out var hour))
            {
                return null;
            }

            starts.Add((hour * 60) + minute);
        }

        if (Named(monthField, MonthNames) is not { } month || Named(dayOfWeekField, DayNames) is not { } dayOfWeek)
        {
            return null;
        }

        var dayOfMonthAny = dayOfMonth is "*" or "?";
        var dayOfWeekAny = dayOfWeek is "*" or "?";
        var everyDay = dayOfMonthAny && dayOfWeekAny && month == "*" && year == "*";
        var days = everyDay ? "every day" : $"{(dayOfMonthAny ? "*" : dayOfMonth)} {month} {(dayOfWeekAny ? "*" : dayOfWeek)} {year}";
        return new RuleStartTimes(days, everyDay, [.. starts]);
    }

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

    private static bool TryNumber(string text, int max, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max;
    }

    /// <summary>Replaces numbers by names (<c>2-6</c> becomes <c>MON-FRI</c>); numbers after <c>/</c> or <c>#</c> are counts and stay.</summary>
    private static string? Named(string field, string[] names)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < field.Length)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                result.Append(field[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < field.Length && char.IsAsciiDigit(field[i]))
            {
                i++;
            }

            var token = field[start..i];
            if (start > 0 && field[start - 1] is '/' or '#')
            {
                result.Append(token);
            }
            else if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= names.Length)
            {
                result.Append(names[n - 1]);
            }
            else
            {
                return null;
            }
        }

        return result.ToString();
    }
}
