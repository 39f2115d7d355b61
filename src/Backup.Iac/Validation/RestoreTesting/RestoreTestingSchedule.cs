using System.Globalization;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-004: the plan has a schedule. RTP-005: it follows the AWS cron grammar of backup rules (RULE-005, RULE-006: an
/// error), is not a <c>rate(...)</c> expression and names its days of the week (RULE-005's rate and RULE-007: a warning).
/// RTP-006: ScheduleTimeZone is an IANA time zone ID. Deploy-time values are not checked.
/// </summary>
internal sealed partial class RestoreTestingSchedule : IValidator<RestoreTestingPlan>
{
    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        CheckExpression(plan, context);
        CheckTimeZone(plan, context);
    }

    /// <summary>The plan's schedule when it is known and valid, else null.</summary>
    public static CronExpression? Of(RestoreTestingPlan plan, ValidationContext context) =>
        plan.Props.Schedule is { Expression: { } text } && RestoreTestingFacts.IsKnown(text) ? context.Facts.Schedule(text).Expression : null;

    private static void CheckExpression(RestoreTestingPlan plan, ValidationContext context)
    {
        var expression = plan.Props.Schedule?.Expression;
        if (expression is null || expression.Trim().Length == 0)
        {
            context.Report(RestoreTestingConstraints.ScheduleRequired, plan, null, nameof(RestoreTestingPlanProps.Schedule));
            return;
        }

        if (Token.IsUnresolved(expression))
        {
            return;
        }

        var parsed = context.Facts.Schedule(expression);
        switch (parsed.Problem)
        {
            case { Kind: CronProblemKind.Rate }:
                context.Report(RestoreTestingConstraints.ScheduleForm, plan, null, nameof(RestoreTestingPlanProps.Schedule), expression,
                    "is a rate expression, but restore testing plans document only cron expressions",
                    "Write it as a cron expression, e.g. cron(0 3 ? * SUN *) for every Sunday at 03:00");
                return;
            case { } problem:
                context.Report(RestoreTestingConstraints.ScheduleGrammar, plan, null, nameof(RestoreTestingPlanProps.Schedule), expression, problem.Description, problem.Fix);
                return;
        }

        if (parsed.Expression is { } cron && NumericDays(cron) is { } days)
        {
            context.Report(RestoreTestingConstraints.ScheduleForm, plan, null, nameof(RestoreTestingPlanProps.Schedule), expression,
                $"gives the day of the week as '{cron.DayOfWeek.Text}', which AWS counts from 1 (Sunday) to 7 (Saturday), not 0-6 as Unix cron does: it means {days.Meaning}",
                days.Fix);
        }
    }

    private static void CheckTimeZone(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Props.ScheduleTimeZone is not { } zone || Token.IsUnresolved(zone) || TimeZones.IsKnown(zone))
        {
            return;
        }

        var fix = TimeZones.Suggest(zone) is { } suggestion
            ? $"Did you mean '{suggestion}'? Set ScheduleTimeZone to that ID"
            : "Set ScheduleTimeZone to an ID from the IANA time zone database, e.g. 'Europe/Paris', or remove it for UTC";
        context.Report(RestoreTestingConstraints.TimeZone, plan, null, nameof(RestoreTestingPlanProps.ScheduleTimeZone), zone, fix);
    }

    /// <summary>What a numeric day-of-week field means and how to write it with names; null when it has no day numbers.</summary>
    private static (string Meaning, string Fix)? NumericDays(CronExpression cron)
    {
        var field = cron.DayOfWeek;
        if (!DayNumbers(field.Text).Any(char.IsAsciiDigit))
        {
            return null;
        }

        var names = CronFields.DayNames;
        switch (field.Kind)
        {
            case CronDayKind.NthOfMonth:
                return ($"occurrence {field.Offset.ToString(CultureInfo.InvariantCulture)} of {names[field.Values[0] - 1]} in the month",
                    "Check that this is the day you mean, and consider writing the day name");
            case CronDayKind.LastOfMonth:
                return ($"the last {names[field.Values[0] - 1]} of the month", "Check that this is the day you mean, and consider writing the day name");
        }

        var items = field.Text.ToUpperInvariant().Split(',');
        var named = string.Join(',', items.Select(i => DayNumber().Replace(i, n => names[Day(n.Value) - 1])));
        return (named, $"Write the day names instead: '{named}'");
    }

    private static int Day(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7 ? n : 1;

    /// <summary>A day number: digits not preceded by '/' (a step).</summary>
    [GeneratedRegex(@"(?<![/0-9])[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();

    /// <summary>The field without its <c>#n</c> occurrence numbers and <c>/n</c> steps, which are not day numbers.</summary>
    private static string DayNumbers(string field) =>
        System.Text.RegularExpressions.Regex.Replace(field, "[#/][0-9]+", "");
}
