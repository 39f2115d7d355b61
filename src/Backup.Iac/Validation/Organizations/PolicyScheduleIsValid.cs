using Backup.Iac.Catalog;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-006: <c>schedule_expression</c> is an AWS cron expression that runs at most hourly. ORG-007: the undocumented time zone key.</summary>
internal sealed class PolicyScheduleIsValid : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (_, _, rule, path) in PolicyWalk.AllRules(check.Document))
        {
            var at = PolicyWalk.Sub(path, "schedule_expression");
            if (PolicyWalk.Text(rule.ScheduleExpression) is { } text)
            {
                var parsed = CronExpression.Parse(text);
                if (parsed.Problem is { } problem)
                {
                    check.Report(BackupPolicyConstraints.Schedule, at, text, problem.Description, problem.Fix);
                }
                else if (parsed.Expression is { } cron && cron.Minutes.Length > 1)
                {
                    check.Report(BackupPolicyConstraints.Schedule, at, text,
                        $"it runs {cron.Minutes.Length} times an hour, and snapshot backups run at most once an hour",
                        "Give the minutes field a single value, such as 0");
                }
            }

            if (rule.ScheduleExpressionTimezone is { } zone)
            {
                check.Report(BackupPolicyConstraints.TimeZone, PolicyWalk.Sub(path, "schedule_expression_timezone"), zone.Text ?? string.Join(", ", zone.Values));
            }
        }
    }
}
