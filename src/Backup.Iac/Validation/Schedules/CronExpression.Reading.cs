namespace Backup.Iac.Validation.Schedules;

/// <summary>What checks reason about on a parsed expression: how often it runs, and a form to compare schedules by.</summary>
internal sealed partial class CronExpression
{
    /// <summary>The <see cref="Days"/> of a schedule that fires every day.</summary>
    public const string EveryDay = "every day";

    private string? canonical;

    private string? days;

    /// <summary>
    /// The six fields as written, upper case and joined by single spaces (<c>0 5 ? * SAT *</c>): two rules with the same
    /// canonical text have the same schedule (PLAN-020, XR-021 compare by it).
    /// </summary>
    public string Canonical => canonical ??= string.Join(' ', fields.Select(f => f.Text.ToUpperInvariant()));

    /// <summary>
    /// Whether it fires more than once in some month (LC-009): several minutes or hours a day; several days of the month;
    /// or, with day-of-month <c>?</c>, a plain day of the week (every week). One day a month (<c>1</c>, <c>L</c>,
    /// <c>L-3</c>, <c>LW</c>, <c>15W</c>, <c>2#1</c>, <c>6L</c>) is monthly whatever the months and years are.
    /// </summary>
    /// <returns>True when it runs more often than monthly.</returns>
    public bool RunsMoreThanMonthly()
    {
        if (Minutes.Length > 1 || Hours.Length > 1)
        {
            return true;
        }

        return DayOfMonth.Kind switch
        {
            CronDayKind.Any => DayOfWeek.Kind == CronDayKind.Values,
            CronDayKind.Values => DayOfMonth.Values.Length > 1,
            _ => false,
        };
    }

    /// <summary>
    /// The days it fires on, as a comparable text: <c>*</c> for a field that does not restrict (day-of-month <c>?</c> or
    /// 1-31, every month, day-of-week <c>?</c> or 1-7, every year), values as names and ranges (<c>* * MON-FRI *</c>),
    /// and the special forms <c>L-n</c>, <c>LW</c>, <c>nW</c>, <c>dL</c>, <c>d#n</c> with names. Two expressions with
    /// the same text fire on the same days; <c>every day</c> when no field restricts.
    /// </summary>
    public string Days => days ??= DaysText();

    private string DaysText()
    {
        var text = $"{Day(DayOfMonth)} {CronFields.Describe(CronField.Month, Months)} {Day(DayOfWeek)} {CronFields.Describe(CronField.Year, Years)}";
        return text == "* * * *" ? EveryDay : text;
    }

    private static string Day(CronFieldValue field)
    {
        var name = field.Field == CronField.DayOfWeek && field.Values.Length > 0 && field.Values[0] is >= 1 and <= 7
            ? CronFields.DayNames[field.Values[0] - 1]
            : "";
        return field.Kind switch
        {
            CronDayKind.Any => "*",
            CronDayKind.Values => CronFields.Describe(field.Field, field.Values),
            CronDayKind.LastDayOfMonth => field.Offset == 0 ? "L" : $"L-{field.Offset}",
            CronDayKind.LastWeekdayOfMonth => "LW",
            CronDayKind.NearestWeekday => $"{field.Values[0]}W",
            CronDayKind.LastOfMonth => name + "L",
            _ => $"{name}#{field.Offset}",
        };
    }
}
