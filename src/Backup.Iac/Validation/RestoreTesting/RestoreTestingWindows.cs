using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-007: StartWindow is 1 to 168 whole hours. RTP-014: RecoveryPointSelection.SelectionWindow is 1 to 365 whole days.
/// RTS-015: ValidationWindow is 0 to 168 whole hours. AWS takes integers (StartWindowHours, SelectionWindowDays,
/// ValidationWindowHours), so a value that is not a whole number of its unit is reported by the same rule.
/// </summary>
internal sealed class RestoreTestingWindows : IValidator<RestoreTestingPlan>, IValidator<RestoreTestingSelection>
{
    private const long MinutesPerHour = 60;
    private const long MinutesPerDay = 24 * 60;

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Props.StartWindow is { } start && Problem(start, MinutesPerHour, 1, 168, Factory(context, "Duration.Hours"), "hour") is { } startFix)
        {
            context.Report(RestoreTestingConstraints.StartWindowRange, plan, null, nameof(RestoreTestingPlanProps.StartWindow), InHours(start), startFix);
        }

        if (plan.Props.RecoveryPointSelection?.SelectionWindow is { } window && Problem(window, MinutesPerDay, 1, 365, Factory(context, "Duration.Days"), "day") is { } windowFix)
        {
            context.Report(RestoreTestingConstraints.SelectionWindowRange, plan, null, PropertyPath.Of(nameof(RestoreTestingPlanProps.RecoveryPointSelection), nameof(RestoreTestingRecoveryPointSelection.SelectionWindow)), window, windowFix);
        }
    }

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (selection.Options.ValidationWindow is { } validation && Problem(validation, MinutesPerHour, 0, 168, Factory(context, "Duration.Hours"), "hour") is { } fix)
        {
            context.Report(RestoreTestingConstraints.ValidationWindowRange, selection, null, nameof(RestoreTestingSelectionOptions.ValidationWindow), InHours(validation), fix);
        }
    }

    /// <summary>The C# factory for a value, or none on the lint path, where the template writes the number itself.</summary>
    private static string Factory(ValidationContext context, string factory) => context.App.TemplateWording ? "" : factory;

    /// <summary>A duration in hours when it is a whole number of them (<c>0 hours</c>, <c>48 hours</c>), else as it renders itself.</summary>
    private static string InHours(Duration value)
    {
        if (value.TotalMinutes % MinutesPerHour != 0)
        {
            return value.ToString();
        }

        var hours = value.TotalMinutes / MinutesPerHour;
        return hours.ToString(System.Globalization.CultureInfo.InvariantCulture) + (hours is 1 or -1 ? " hour" : " hours");
    }

    /// <summary>How to fix a duration that is not a whole number of units in [min, max], or null when it is one.</summary>
    private static string? Problem(Duration value, long unitMinutes, long min, long max, string factory, string unit)
    {
        if (value.IsUnresolved)
        {
            return null; // known at deploy time only
        }

        string Value(long n) => factory.Length == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{factory}({n})";
        var minutes = value.TotalMinutes;
        if (minutes % unitMinutes != 0)
        {
            var down = Math.Clamp(minutes / unitMinutes, min, max);
            var up = Math.Clamp(down + 1, min, max);
            return down == up
                ? $"Use {Value(down)}"
                : $"Use a whole number of {unit}s, e.g. {Value(down)} or {Value(up)}";
        }

        var units = minutes / unitMinutes;
        if (units < min)
        {
            return $"Set it to {Value(min)} or more";
        }

        if (units > max)
        {
            return $"Set it to {Value(max)} or less";
        }

        return null;
    }
}
