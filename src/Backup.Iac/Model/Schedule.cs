using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// When a backup rule runs: an AWS cron expression <c>cron(minutes hours day-of-month month day-of-week year)</c>,
/// evaluated in the rule's time zone (UTC by default). Exactly one of day-of-month and day-of-week is <c>?</c>;
/// day-of-week runs from 1 (Sunday) to 7 (Saturday), or <c>SUN</c>-<c>SAT</c>.
/// </summary>
/// <param name="Expression">The expression, e.g. <c>cron(0 5 ? * * *)</c>.</param>
public sealed record Schedule(string Expression)
{
    /// <summary>The schedule AWS Backup uses when a rule has none: daily at 05:00.</summary>
    public static Schedule Default { get; } = new("cron(0 5 ? * * *)");

    /// <summary>A cron schedule from its fields; day-of-month defaults to <c>*</c>, or to <c>?</c> when a day-of-week is given.</summary>
    /// <param name="minute">Minutes, 0-59.</param>
    /// <param name="hour">Hours, 0-23.</param>
    /// <param name="dayOfMonth">Day of month, 1-31, <c>L</c>, <c>W</c>.</param>
    /// <param name="month">Month, 1-12 or JAN-DEC.</param>
    /// <param name="dayOfWeek">Day of week, 1-7 or SUN-SAT, <c>L</c>, <c>#</c>.</param>
    /// <param name="year">Year, 1970-2199.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Cron(string minute = "0", string hour = "*", string? dayOfMonth = null, string month = "*", string? dayOfWeek = null, string year = "*")
    {
        var day = dayOfMonth ?? (dayOfWeek is null ? "*" : "?");
        var weekDay = dayOfWeek ?? "?";
        return new Schedule($"cron({minute} {hour} {day} {month} {weekDay} {year})");
    }

    /// <summary>Every hour at <paramref name="minute"/> past the hour.</summary>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Hourly(int minute = 0) => Cron(minute: Num(minute), hour: "*");

    /// <summary>Every day at the given time.</summary>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Daily(int hour, int minute = 0) => Cron(minute: Num(minute), hour: Num(hour));

    /// <summary>Every week on <paramref name="day"/> at the given time.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Weekly(DayOfWeek day, int hour, int minute = 0) =>
        Cron(minute: Num(minute), hour: Num(hour), dayOfWeek: day.ToString()[..3].ToUpperInvariant());

    /// <summary>Every month on <paramref name="dayOfMonth"/> at the given time.</summary>
    /// <param name="dayOfMonth">The day, 1-31.</param>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Monthly(int dayOfMonth, int hour, int minute = 0) =>
        Cron(minute: Num(minute), hour: Num(hour), dayOfMonth: Num(dayOfMonth));

    /// <summary>Every year on the given date and time.</summary>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="dayOfMonth">The day, 1-31.</param>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The schedule.</returns>
    public static Schedule Yearly(int month, int dayOfMonth, int hour, int minute = 0) =>
        Cron(minute: Num(minute), hour: Num(hour), dayOfMonth: Num(dayOfMonth), month: Num(month));

    /// <summary>A schedule from an expression as written in a template (validated at synth time).</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The schedule.</returns>
    public static Schedule FromExpression(string expression) => new(expression);

    /// <inheritdoc />
    public override string ToString() => Expression;

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
