namespace Backup.Iac.Validation.Schedules;

/// <summary>The parsed schedule of a rule, for the checks that need a valid expression.</summary>
internal static class RuleSchedule
{
    /// <summary>The rule's schedule when it is set, known at synth time and valid; otherwise null (the grammar checks report the rest).</summary>
    public static CronExpression? Of(BackupPlanRule rule, ValidationContext context) =>
        rule.Schedule is { } schedule && !Token.IsUnresolved(schedule.Expression) ? context.Facts.Schedule(schedule.Expression).Expression : null;

    /// <summary>The expression with one field replaced, e.g. to suggest a fix.</summary>
    public static string With(CronExpression cron, CronField field, string text)
    {
        var parts = Enumerable.Range(0, 6).Select(i => (CronField)i == field ? text : cron[(CronField)i].Text);
        return "cron(" + string.Join(' ', parts) + ")";
    }
}
