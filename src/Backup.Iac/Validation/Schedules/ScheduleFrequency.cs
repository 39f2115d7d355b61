using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Schedules;

/// <summary>
/// RULE-008: at most one run an hour (the minutes field resolves to exactly one minute). RULE-009: an hours step
/// restarts at midnight, so <c>13/12</c> runs once a day, not every 12 hours.
/// </summary>
internal sealed class ScheduleFrequency : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (RuleSchedule.Of(subject.Rule, context) is not { } cron)
        {
            return;
        }

        var minutes = cron[CronField.Minutes];
        if (minutes.Values.Length > 1)
        {
            var fixedMinute = minutes.Values[0].ToString(CultureInfo.InvariantCulture);
            context.Report(RuleConstraints.MoreThanHourly, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule),
                minutes.Text, minutes.Values.Length, RuleSchedule.With(cron, CronField.Minutes, fixedMinute));
        }

        var hours = cron[CronField.Hours];
        foreach (var item in hours.Items)
        {
            if (item is not { Step: { } step, RunsToEnd: true } || item.Values.Length * step >= 24)
            {
                continue;
            }

            var start = item.Values[0] % step;
            var runs = ((23 - start) / step) + 1;
            var better = start.ToString(CultureInfo.InvariantCulture) + "/" + step.ToString(CultureInfo.InvariantCulture);
            var before = string.Create(CultureInfo.InvariantCulture, $"{step:00}:00");
            var fix = hours.Items.Length == 1
                ? $"Start the step before {before} to run {Times(runs)} a day, e.g. {RuleSchedule.With(cron, CronField.Hours, better)}, or list the hours you want"
                : $"Start the step before {before} ('{better}' runs {Times(runs)} a day), or list the hours you want";
            context.Report(RuleConstraints.HoursStepAcrossMidnight, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule),
                hours.Text, Times(item.Values.Length), step == 1 ? "hour" : step.ToString(CultureInfo.InvariantCulture) + " hours", fix);
            break;
        }
    }

    private static string Times(int n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => n.ToString(CultureInfo.InvariantCulture) + " times",
    };
}
