using System.Globalization;

namespace Backup.Iac.Validation.Lifecycles;

/// <summary>
/// A conservative reading of a rule's schedule for LC-009: whether it clearly runs more often than once a month.
/// Anything it cannot read (a token, an unknown form) counts as "not clearly", so it never causes a warning.
/// </summary>
internal static class ScheduleFrequency
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>
    /// True when <paramref name="expression"/> fires more than once in a month: several minutes or hours a day, every
    /// day, several days of the month, or a weekly day-of-week; <c>rate(...)</c> of minutes, hours, or fewer than 28 days.
    /// </summary>
    public static bool RunsMoreThanMonthly(string expression)
    {
        if (Token.IsUnresolved(expression))
        {
            return false;
        }

        var text = expression.Trim();
        if (Inner(text, "rate(") is { } rate)
        {
            return RateMoreThanMonthly(rate);
        }

        if (Inner(text, "cron(") is not { } cron)
        {
            return false;
        }

        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            return false;
        }

        var (minutes, hours, dayOfMonth, dayOfWeek) = (fields[0], fields[1], fields[2], fields[4]);
        if (Count(minutes, 0, 59) > 1 || Count(hours, 0, 23) > 1)
        {
            return true;
        }

        if (dayOfMonth != "?")
        {
            return DaysOfMonth(dayOfMonth) > 1;
        }

        return WeekDayRunsMoreThanMonthly(dayOfWeek);
    }

    private static string? Inner(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.EndsWith(')') ? text[prefix.Length..^1].Trim() : null;

    private static bool RateMoreThanMonthly(string rate)
    {
        var parts = rate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return false;
        }

        return parts[1].ToUpperInvariant() switch
        {
            "MINUTE" or "MINUTES" or "HOUR" or "HOURS" => true,
            "DAY" or "DAYS" => n < 28,
            _ => false,
        };
    }

    /// <summary>How many values a numeric cron field matches, or 0 when it cannot be read.</summary>
    internal static int Count(string field, int low, int high)
    {
        var values = new HashSet<int>();
        foreach (var part in field.Split(','))
        {
            if (!Expand(part, low, high, values))
            {
                return 0;
            }
        }

        return values.Count;
    }

    private static bool Expand(string part, int low, int high, HashSet<int> values)
    {
        var step = 1;
        var range = part;
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryNumber(part[(slash + 1)..], out step) || step < 1)
            {
                return false;
            }

            range = part[..slash];
        }

        int from, to;
        if (range == "*")
        {
            (from, to) = (low, high);
        }
        else if (range.Split('-') is [var a, var b])
        {
            if (!TryNumber(a, out from) || !TryNumber(b, out to))
            {
                return false;
            }
        }
        else if (TryNumber(range, out from))
        {
            to = slash >= 0 ? high : from;
        }
        else
        {
            return false;
        }

        if (from < low || to > high || from > to)
        {
            return false;
        }

        for (var v = from; v <= to; v += step)
        {
            values.Add(v);
        }

        return true;
    }

    /// <summary>Days of the month matched; <c>L</c>, <c>LW</c>, <c>L-3</c>, <c>15W</c> are one day each; 0 when unreadable.</summary>
    private static int DaysOfMonth(string field)
    {
        if (!field.Contains(',', StringComparison.Ordinal) && (field.StartsWith('L') || (field.EndsWith('W') && TryNumber(field[..^1], out _))))
        {
            return 1;
        }

        return Count(field, 1, 31);
    }

    /// <summary>
    /// A plain day of week (or <c>*</c>, a range, a list of days) runs every week; <c>2#1</c> and <c>6L</c> run once a
    /// month each, so only two or more of them run more than monthly.
    /// </summary>
    private static bool WeekDayRunsMoreThanMonthly(string field)
    {
        var monthly = 0;
        foreach (var part in field.Split(','))
        {
            if (part.Contains('#', StringComparison.Ordinal) || (part.Length > 1 && part.EndsWith('L')))
            {
                monthly++;
            }
            else if (part == "*" || Count(Normalize(part), 1, 7) > 0)
            {
                return true;
            }
            else
            {
                return false; // unreadable: not clearly more than monthly
            }
        }

        return monthly > 1;
    }

    private static string Normalize(string part)
    {
        var upper = part.ToUpperInvariant();
        for (var i = 0; i < DayNames.Length; i++)
        {
            upper = upper.Replace(DayNames[i], (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return upper;
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
