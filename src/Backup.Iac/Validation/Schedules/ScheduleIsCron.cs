using System.Globalization;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Schedules;

/// <summary>
/// RULE-005, RULE-006: a set schedule is written <c>cron(&lt;6 fields&gt;)</c> (a <c>rate(...)</c> is only warned) and
/// every field follows the AWS cron grammar. An omitted schedule is valid (AWS Backup uses <c>cron(0 5 ? * * *)</c>).
/// </summary>
internal sealed class ScheduleIsCron : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.Schedule is not { } schedule || Token.IsUnresolved(schedule.Expression))
        {
            return;
        }

        var expression = schedule.Expression;
        var parsed = context.Facts.Schedule(expression);
        switch (parsed.Problem)
        {
            case { Kind: CronProblemKind.Rate }:
                context.Report(RuleConstraints.ScheduleIsRate, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule), expression, RateSuggestion(parsed.Rate));
                break;
            case { Kind: CronProblemKind.NotCron } problem:
                context.Report(RuleConstraints.ScheduleNotCron, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule), expression, problem.Description, problem.Fix);
                break;
            case { Kind: CronProblemKind.Field } problem:
                context.Report(RuleConstraints.CronGrammar, subject.Plan, subject.SubPath, nameof(BackupPlanRule.Schedule), expression, problem.Description, problem.Fix);
                break;
        }
    }

    /// <summary>A cron equivalent of a rate expression, when there is a simple one (as ", e.g. cron(...) ..."), else "".</summary>
    private static string RateSuggestion(RateExpression? rate)
    {
        if (rate is not { Value: var n, Unit: var unit })
        {
            return "";
        }

        var hours = unit switch
        {
            RateUnit.Minutes => n % 60 == 0 ? n / 60 : -1,
            RateUnit.Hours => n,
            _ => n == 1 ? 24 : -1,
        };
        return hours switch
        {
            1 => ", e.g. cron(0 * ? * * *) for every hour",
            24 => ", e.g. cron(0 5 ? * * *) for every day at 05:00",
            > 1 and < 24 when 24 % hours == 0 => string.Create(CultureInfo.InvariantCulture, $", e.g. cron(0 0/{hours} ? * * *) for every {hours} hours"),
            _ when unit == RateUnit.Minutes && n < 60 => " (and note that AWS Backup takes snapshot backups at most once an hour)",
            _ => "",
        };
    }
}
