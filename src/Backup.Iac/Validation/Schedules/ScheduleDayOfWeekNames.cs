using System.Globalization;
using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Schedules;

/// <summary>RULE-007: numeric days of the week (1 = Sunday, not Unix's 0-6) are warned, with the names they stand for.</summary>
internal sealed partial class ScheduleDayOfWeekNames : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (RuleSchedule.Of(subject.Rule, context) is not { } cron)
        {
            return;
        }

        var field = cron.DayOfWeek;
        if (!DayNumbers(field.Text).Any(char.IsAsciiDigit))
        {
            return;
        }

        var names = CronFields.DayNames;
        string meaning;
        string fix;
        switch (field.Kind)
        {
            case CronDayKind.NthOfMonth:
                meaning = $"the {Ordinal(field.Offset)} {names[field.Values[0] - 1]} of the month";
                fix = "Check that this is the day you mean, and consider writing the day name";
                break;
            case CronDayKind.LastOfMonth:
                meaning = $"the last {names[field.Values[0] - 1]} of the month";
                fix = "Check that this is the day you mean, and consider writing the day name";
                break;
            default:
                var items = field.Text.ToUpperInvariant().Split(',');
                var named = string.Join(',', items.Select(i => Number().Replace(i, n => names[Day(n.Value) - 1])));
                meaning = named;
                fix = $"Write the day names instead: '{named}'";
                var unixValues = items.SelectMany(i => Number().Matches(i)).Select(n => Day(n.Value)).ToList();
                if (!field.Text.Contains('/', StringComparison.Ordinal) && unixValues.All(v => v <= 6))
                {
                    var unix = string.Join(',', items.Select(i => Number().Replace(i, n => names[Day(n.Value)])));
                    fix += $" (if you meant Unix numbering, that is '{unix}')";
                }

                break;
        }

        context.Report(RuleConstraints.NumericDayOfWeek, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule), field.Text, meaning, fix);
    }

    private static int Day(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "fifth",
    };

    /// <summary>A day number: digits not preceded by '/' (a step).</summary>
    [GeneratedRegex(@"(?<![/0-9])[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>The field without its <c>#n</c> occurrence numbers and <c>/n</c> steps, which are not day numbers.</summary>
    private static string DayNumbers(string field) =>
        System.Text.RegularExpressions.Regex.Replace(field, "[#/][0-9]+", "");
}
