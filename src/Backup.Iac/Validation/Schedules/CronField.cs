using System.Collections.Immutable;

namespace Backup.Iac.Validation.Schedules;

/// <summary>The six fields of an AWS (EventBridge-style) cron expression, in order.</summary>
internal enum CronField
{
    Minutes,
    Hours,
    DayOfMonth,
    Month,
    DayOfWeek,
    Year,
}

/// <summary>How a day field (day-of-month or day-of-week) picks its days.</summary>
internal enum CronDayKind
{
    /// <summary>A set of values (also every non-day field).</summary>
    Values,

    /// <summary><c>?</c>: no restriction; the other day field decides.</summary>
    Any,

    /// <summary>Day-of-month <c>L</c> or <c>L-n</c>: the last day of the month, minus <see cref="CronFieldValue.Offset"/> days.</summary>
    LastDayOfMonth,

    /// <summary>Day-of-month <c>LW</c>: the last weekday (Monday to Friday) of the month.</summary>
    LastWeekdayOfMonth,

    /// <summary>Day-of-month <c>nW</c>: the weekday nearest to day n, within the month.</summary>
    NearestWeekday,

    /// <summary>Day-of-week <c>dL</c>: the last day d of the month (e.g. <c>6L</c>, the last Friday).</summary>
    LastOfMonth,

    /// <summary>Day-of-week <c>d#n</c>: the n-th day d of the month (e.g. <c>3#2</c>, the second Tuesday).</summary>
    NthOfMonth,
}

/// <summary>One comma-separated item of a field and the values it gives.</summary>
/// <param name="Text">The item as written, e.g. <c>13/12</c>.</param>
/// <param name="Values">The values, ascending.</param>
/// <param name="Step">The step after <c>/</c>, or null.</param>
/// <param name="RunsToEnd">Whether a stepped item runs to the end of the field (<c>*/s</c> or <c>a/s</c>, not <c>a-b/s</c>).</param>
internal sealed record CronItem(string Text, ImmutableArray<int> Values, int? Step, bool RunsToEnd);

/// <summary>A parsed field: its text and the values it fires on.</summary>
/// <param name="Field">The field.</param>
/// <param name="Text">The field as written.</param>
/// <param name="Kind">How the field picks days (<see cref="CronDayKind.Values"/> for non-day fields).</param>
/// <param name="Values">The values, ascending: for <see cref="CronDayKind.NearestWeekday"/> the day, for <see cref="CronDayKind.LastOfMonth"/> and <see cref="CronDayKind.NthOfMonth"/> the day of the week (1 = Sunday).</param>
/// <param name="Items">The comma-separated items (empty for <c>?</c> and the special day forms).</param>
/// <param name="Offset">The <c>n</c> of <c>L-n</c> or of <c>d#n</c>.</param>
internal sealed record CronFieldValue(CronField Field, string Text, CronDayKind Kind, ImmutableArray<int> Values, ImmutableArray<CronItem> Items, int Offset = 0);

/// <summary>Names, bounds and value names of the cron fields.</summary>
internal static class CronFields
{
    public static readonly ImmutableArray<string> MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Day names in AWS order: 1 = <c>SUN</c> to 7 = <c>SAT</c>.</summary>
    public static readonly ImmutableArray<string> DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Name(CronField field) => field switch
    {
        CronField.Minutes => "minutes",
        CronField.Hours => "hours",
        CronField.DayOfMonth => "day-of-month",
        CronField.Month => "month",
        CronField.DayOfWeek => "day-of-week",
        _ => "year",
    };

    public static int Min(CronField field) => field switch
    {
        CronField.Minutes or CronField.Hours => 0,
        CronField.Year => 1970,
        _ => 1,
    };

    public static int Max(CronField field) => field switch
    {
        CronField.Minutes => 59,
        CronField.Hours => 23,
        CronField.DayOfMonth => 31,
        CronField.Month => 12,
        CronField.DayOfWeek => 7,
        _ => 2199,
    };

    /// <summary>The allowed values as users write them, e.g. <c>1-7 or SUN-SAT</c>.</summary>
    public static string Allowed(CronField field) => field switch
    {
        CronField.Month => "1-12 or JAN-DEC",
        CronField.DayOfWeek => "1-7 or SUN-SAT (1 = Sunday, 7 = Saturday)",
        _ => $"{Min(field)}-{Max(field)}",
    };

    /// <summary>The special characters a field accepts besides values.</summary>
    public static string Wildcards(CronField field) => field switch
    {
        CronField.DayOfMonth => ", - * / ? L W",
        CronField.DayOfWeek => ", - * / ? L #",
        _ => ", - * /",
    };

    /// <summary>
    /// Values of a field as comparable text: <c>*</c> when they are the whole field, else runs of two or more as ranges,
    /// with names in month and day-of-week (<c>JAN,APR,JUL,OCT</c>, <c>MON-FRI</c>, <c>2027-2030</c>).
    /// </summary>
    public static string Describe(CronField field, IReadOnlyList<int> values)
    {
        if (values.Count == Max(field) - Min(field) + 1)
        {
            return "*";
        }

        string Name(int v) => field switch
        {
            CronField.Month when v is >= 1 and <= 12 => MonthNames[v - 1],
            CronField.DayOfWeek when v is >= 1 and <= 7 => DayNames[v - 1],
            _ => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var parts = new List<string>();
        for (var i = 0; i < values.Count;)
        {
            var j = i;
            while (j + 1 < values.Count && values[j + 1] == values[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? Name(values[i]) : Name(values[i]) + "-" + Name(values[j]));
            i = j + 1;
        }

        return string.Join(',', parts);
    }
}
