namespace Backup.Iac.Validation;

/// <summary>Rule checks (RULE): name, target vault, schedule (the AWS cron grammar, frequency, time zone), windows, continuous backup, tags.</summary>
internal static class ScheduleChecks
{
    public static readonly IReadOnlyList<IValidator<RuleSubject>> All =
    [
    ];
}
