using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// A length of time, in whole minutes. Retention and lifecycle values are days; windows are minutes.
/// A duration can also be known only at deploy time (<see cref="Unresolved"/>, e.g. a template parameter read by
/// <c>backup-iac lint</c>): such a duration compares as neither smaller nor larger than any other, like NaN, so no range
/// check fires on it; reading its length throws.
/// </summary>
public readonly record struct Duration : IComparable<Duration>
{
    private readonly long totalMinutes;

    private Duration(long totalMinutes) => this.totalMinutes = totalMinutes;

    private Duration(string token) => UnresolvedToken = token;

    /// <summary>The length in minutes.</summary>
    /// <exception cref="InvalidOperationException">The duration is known only at deploy time.</exception>
    public long TotalMinutes => IsUnresolved
        ? throw new InvalidOperationException("The duration is known only at deploy time; check IsUnresolved before reading its length.")
        : totalMinutes;

    /// <summary>Whether the length is known only at deploy time.</summary>
    public bool IsUnresolved => UnresolvedToken is not null;

    /// <summary>The deploy-time value (a <see cref="Token"/> string), or null when the length is known.</summary>
    public string? UnresolvedToken { get; }

    /// <summary>Whether the length is a whole number of days (true for a deploy-time value: nothing to report).</summary>
    public bool IsWholeDays => IsUnresolved || totalMinutes % MinutesPerDay == 0;

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

    /// <summary>A length known only at deploy time, such as a template parameter.</summary>
    /// <param name="token">A string that holds a deploy-time value (<see cref="Token.AsString"/>).</param>
    /// <returns>The duration.</returns>
    public static Duration Unresolved(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Token.IsUnresolved(token)
            ? new Duration(token)
            : throw new ArgumentException("An unresolved duration needs a deploy-time token (Token.AsString).", nameof(token));
    }

    /// <inheritdoc />
    /// <remarks>Deploy-time values sort after known ones, in token order, so that sorting is total.</remarks>
    public int CompareTo(Duration other) => (IsUnresolved, other.IsUnresolved) switch
    {
        (false, false) => totalMinutes.CompareTo(other.totalMinutes),
        (true, true) => string.CompareOrdinal(UnresolvedToken, other.UnresolvedToken),
        (true, false) => 1,
        _ => -1,
    };

    /// <summary>Compares two durations (false when either is known only at deploy time).</summary>
    public static bool operator <(Duration left, Duration right) => Known(left, right) && left.totalMinutes < right.totalMinutes;

    /// <summary>Compares two durations (false when either is known only at deploy time).</summary>
    public static bool operator >(Duration left, Duration right) => Known(left, right) && left.totalMinutes > right.totalMinutes;

    /// <summary>Compares two durations (false when either is known only at deploy time).</summary>
    public static bool operator <=(Duration left, Duration right) => Known(left, right) && left.totalMinutes <= right.totalMinutes;

    /// <summary>Compares two durations (false when either is known only at deploy time).</summary>
    public static bool operator >=(Duration left, Duration right) => Known(left, right) && left.totalMinutes >= right.totalMinutes;

    private static bool Known(Duration left, Duration right) => !left.IsUnresolved && !right.IsUnresolved;

    /// <summary>Renders the duration in the largest whole unit, e.g. <c>35 days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsUnresolved ? "a deploy-time value"
        : IsWholeDays ? Plural(TotalDays, "day")
        : TotalMinutes % 60 == 0 ? Plural(TotalHours, "hour")
        : Plural(TotalMinutes, "minute");

    private static string Plural(long n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n is 1 or -1 ? "" : "s");
}
