using System.Globalization;

namespace Backup.Iac;

/// <summary>A length of time, in whole minutes. Retention and lifecycle values are days; windows are minutes.</summary>
public readonly record struct Duration : IComparable<Duration>
{
    private Duration(long totalMinutes) => TotalMinutes = totalMinutes;

    /// <summary>The length in minutes.</summary>
    public long TotalMinutes { get; }

    /// <summary>Whether the length is a whole number of days.</summary>
    public bool IsWholeDays => TotalMinutes % MinutesPerDay == 0;

    /// <summary>The length in whole days (rounded towards zero).</summary>
    public long TotalDays => TotalMinutes / MinutesPerDay;

    /// <summary>The length in whole hours (rounded towards zero).</summary>
    public long TotalHours => TotalMinutes / 60;

    private const long MinutesPerDay = 24 * 60;

    /// <summary>A number of days.</summary>
    /// <param name="days">The days; may be negative only for AWS's <c>-1</c> "keep forever" sentinel.</param>
    /// <returns>The duration.</returns>
    public static Duration Days(long days) => new(checked(days * MinutesPerDay));

    /// <summary>A number of hours.</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>The duration.</returns>
    public static Duration Hours(long hours) => new(checked(hours * 60));

    /// <summary>A number of minutes.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The duration.</returns>
    public static Duration Minutes(long minutes) => new(minutes);

    /// <inheritdoc />
    public int CompareTo(Duration other) => TotalMinutes.CompareTo(other.TotalMinutes);

    /// <summary>Compares two durations.</summary>
    public static bool operator <(Duration left, Duration right) => left.TotalMinutes < right.TotalMinutes;

    /// <summary>Compares two durations.</summary>
    public static bool operator >(Duration left, Duration right) => left.TotalMinutes > right.TotalMinutes;

    /// <summary>Compares two durations.</summary>
    public static bool operator <=(Duration left, Duration right) => left.TotalMinutes <= right.TotalMinutes;

    /// <summary>Compares two durations.</summary>
    public static bool operator >=(Duration left, Duration right) => left.TotalMinutes >= right.TotalMinutes;

    /// <summary>Renders the duration in the largest whole unit, e.g. <c>35 days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsWholeDays ? Plural(TotalDays, "day")
        : TotalMinutes % 60 == 0 ? Plural(TotalHours, "hour")
        : Plural(TotalMinutes, "minute");

    private static string Plural(long n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n is 1 or -1 ? "" : "s");
}
