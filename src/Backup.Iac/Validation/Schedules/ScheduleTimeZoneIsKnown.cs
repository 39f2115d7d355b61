using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Schedules;

/// <summary>RULE-010: <c>ScheduleTimeZone</c> is an IANA time zone ID (case-sensitive), with a suggestion for near misses.</summary>
internal sealed class ScheduleTimeZoneIsKnown : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.ScheduleTimeZone is not { } zone || Token.IsUnresolved(zone) || TimeZones.IsKnown(zone))
        {
            return;
        }

        var fix = TimeZones.Suggest(zone) is { } suggestion
            ? $"Did you mean '{suggestion}'? Set ScheduleTimeZone to that ID"
            : "Set ScheduleTimeZone to an ID from the IANA time zone database, e.g. 'Europe/Paris', or remove it for UTC";
        context.Report(RuleConstraints.TimeZone, subject.Plan, subject.SubPath, nameof(BackupPlanRule.ScheduleTimeZone), zone, fix);
    }
}
