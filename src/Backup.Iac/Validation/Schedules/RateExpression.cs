using System.Globalization;

namespace Backup.Iac.Validation.Schedules;

/// <summary>The unit of a <c>rate(...)</c> expression.</summary>
internal enum RateUnit
{
    Minutes,
    Hours,
    Days,
}

/// <summary>
/// A <c>rate(value unit)</c> expression as EventBridge writes it (<c>minute</c>, <c>hour</c> or <c>day</c>, singular or
/// plural, any case; the value a positive whole number). AWS Backup documents only <c>cron(...)</c> for a rule's
/// ScheduleExpression (DG L41541-41549, spec OQ-009), so a rate is warned about (RULE-005), never built on; it is read
/// only to reason about how often it runs and to suggest a cron equivalent.
/// </summary>
/// <param name="Value">How many units between runs (at least 1).</param>
/// <param name="Unit">The unit.</param>
internal sealed record RateExpression(int Value, RateUnit Unit)
{
    /// <summary>The time between two runs.</summary>
    public TimeSpan Interval => Unit switch
    {
        RateUnit.Minutes => TimeSpan.FromMinutes(Value),
        RateUnit.Hours => TimeSpan.FromHours(Value),
        _ => TimeSpan.FromDays(Value),
    };

    /// <summary>Whether it runs more than once in a month: every few minutes or hours, or every fewer than 28 days.</summary>
    public bool RunsMoreThanMonthly => Unit != RateUnit.Days || Value < 28;

    /// <summary>Reads <c>rate(value unit)</c> (surrounding whitespace allowed); null for anything else, never throws.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The rate, or null.</returns>
    public static RateExpression? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("rate(", StringComparison.OrdinalIgnoreCase) || !trimmed.EndsWith(')'))
        {
            return null;
        }

        var parts = trimmed[5..^1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return null;
        }

        RateUnit? unit = parts[1].ToUpperInvariant() switch
        {
            "MINUTE" or "MINUTES" => RateUnit.Minutes,
            "HOUR" or "HOURS" => RateUnit.Hours,
            "DAY" or "DAYS" => RateUnit.Days,
            _ => null,
        };
        return unit is { } u ? new RateExpression(value, u) : null;
    }
}
