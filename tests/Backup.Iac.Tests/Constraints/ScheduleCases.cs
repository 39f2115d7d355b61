using Backup.Iac.Graph;
using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>Cases of the schedule rows RULE-005 to RULE-010 (the AWS cron grammar, frequency, time zone).</summary>
internal static class ScheduleCases
{
    private const string Rule = "Test/Plan/Rules[Daily]";

    /// <summary>A daily rule with the schedule <paramref name="expression"/>.</summary>
    private static BackupApp Cron(string expression) => Fixture.WithRule(BackupPlanRule.Daily() with { Schedule = Schedule.FromExpression(expression) });

    private static BackupApp Zone(string? zone) => Fixture.WithRule(BackupPlanRule.Daily() with { ScheduleTimeZone = zone });

    private static string Deferred(string name) => new StackParameter(name).Value;

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        Good("RULE-007 a day name with an occurrence number (MON#1) is accepted", "BKP2107", () => Cron("cron(0 5 ? * MON#1 *)")),
        Good("RULE-007 a day range with a step (SUN-SAT/2) is accepted", "BKP2107", () => Cron("cron(0 5 ? * SUN-SAT/2 *)")),
        // RULE-005: cron(<6 fields>); rate() is a warning; omission is valid.
        Bad("RULE-005 six fields without cron(...) are rejected", "BKP2105", () => Cron("0 5 ? * * *"), Rule, "Schedule"),
        Bad("RULE-005 a Unix-style five-field cron is rejected", "BKP2105", () => Cron("cron(0 5 * * *)"), Rule, "Schedule"),
        Bad("RULE-005 a Quartz-style seven-field cron with seconds is rejected", "BKP2105", () => Cron("cron(0 0 5 ? * * *)")),
        Bad("RULE-005 an empty schedule is rejected", "BKP2105", () => Cron("")),
        Bad("RULE-005 an upper-case CRON( is rejected", "BKP2105", () => Cron("CRON(0 5 ? * * *)")),
        Good("RULE-005 an omitted schedule is valid (AWS Backup uses cron(0 5 ? * * *))", "BKP2105",
            () => Fixture.WithRule(BackupPlanRule.Daily() with { Schedule = null })),
        Good("RULE-005 the seed example cron(0 5 ? * * *) is accepted", "BKP2105", () => Cron("cron(0 5 ? * * *)")),
        Good("RULE-005 a schedule from a deploy-time value is not checked", "BKP2105", () => Cron(Deferred("ScheduleParameter"))),
        Good("RULE-005 a rate expression is only a warning, not this error", "BKP2105", () => Cron("rate(12 hours)")),
        Bad("RULE-005 a rate expression is warned", "BKP2155", () => Cron("rate(12 hours)"), Rule, "Schedule"),
        Bad("RULE-005 a rate of one day is warned", "BKP2155", () => Cron("rate(1 day)")),
        Good("RULE-005 the cron form of every 12 hours is not warned as rate", "BKP2155", () => Cron("cron(0 0/12 ? * * *)")),

        // RULE-006: the field grammar.
        Bad("RULE-006 day-of-week 0 (Unix Sunday) is rejected", "BKP2106", () => Cron("cron(0 5 ? * 0 *)"), Rule, "Schedule"),
        Bad("RULE-006 minute 60 is rejected", "BKP2106", () => Cron("cron(60 5 ? * * *)")),
        Bad("RULE-006 hour 24 is rejected", "BKP2106", () => Cron("cron(0 24 ? * * *)")),
        Bad("RULE-006 day-of-month 32 is rejected", "BKP2106", () => Cron("cron(0 5 32 * ? *)")),
        Bad("RULE-006 month 13 is rejected", "BKP2106", () => Cron("cron(0 5 1 13 ? *)")),
        Bad("RULE-006 year 2200 is rejected", "BKP2106", () => Cron("cron(0 5 ? * * 2200)")),
        Bad("RULE-006 year 1969 is rejected", "BKP2106", () => Cron("cron(0 5 ? * * 1969)")),
        Bad("RULE-006 a month name spelled out is rejected", "BKP2106", () => Cron("cron(0 5 1 JANUARY ? *)")),
        Bad("RULE-006 a day name in the hours field is rejected", "BKP2106", () => Cron("cron(0 MON ? * * *)")),
        Bad("RULE-006 '?' in both day fields is rejected", "BKP2106", () => Cron("cron(0 5 ? * ? *)")),
        Bad("RULE-006 no '?' in either day field is rejected", "BKP2106", () => Cron("cron(0 5 * * * *)")),
        Bad("RULE-006 '?' in the hours field is rejected", "BKP2106", () => Cron("cron(0 ? * * ? *)")),
        Bad("RULE-006 W in day-of-week is rejected", "BKP2106", () => Cron("cron(0 5 ? * 5W *)")),
        Bad("RULE-006 # in day-of-month is rejected", "BKP2106", () => Cron("cron(0 5 3#2 * ? *)")),
        Bad("RULE-006 L in the minutes field is rejected", "BKP2106", () => Cron("cron(L 5 ? * * *)")),
        Bad("RULE-006 two # expressions in day-of-week are rejected", "BKP2106", () => Cron("cron(0 5 ? * 3#1,6#3 *)")),
        Bad("RULE-006 a sixth occurrence of a weekday is rejected", "BKP2106", () => Cron("cron(0 5 ? * 2#6 *)")),
        Bad("RULE-006 a step of 0 is rejected", "BKP2106", () => Cron("cron(0 0/0 ? * * *)")),
        Bad("RULE-006 an empty list item is rejected", "BKP2106", () => Cron("cron(0 1,,2 ? * * *)")),
        Bad("RULE-006 a year range that ends before it starts is rejected", "BKP2106", () => Cron("cron(0 5 ? * * 2030-2025)")),
        Good("RULE-006 the seed example cron(0 12 * * ? *) is accepted", "BKP2106", () => Cron("cron(0 12 * * ? *)")),
        Good("RULE-006 the seed example cron(0 0/1 ? * * *) is accepted", "BKP2106", () => Cron("cron(0 0/1 ? * * *)")),
        Good("RULE-006 the seed example cron(0 1 ? * * *) is accepted", "BKP2106", () => Cron("cron(0 1 ? * * *)")),
        Good("RULE-006 the last day of the month (L) is accepted", "BKP2106", () => Cron("cron(0 5 L * ? *)")),
        Good("RULE-006 the last weekday of the month (LW) is accepted", "BKP2106", () => Cron("cron(0 5 LW * ? *)")),
        Good("RULE-006 the weekday nearest the 15th (15W) is accepted", "BKP2106", () => Cron("cron(0 5 15W * ? *)")),
        Good("RULE-006 the last Friday (6L) is accepted", "BKP2106", () => Cron("cron(0 5 ? * 6L *)")),
        Good("RULE-006 the second Tuesday (3#2) is accepted", "BKP2106", () => Cron("cron(0 5 ? * 3#2 *)")),
        Good("RULE-006 names, ranges and years 1970-2199 are accepted", "BKP2106", () => Cron("cron(0 5 ? JAN-MAR,OCT MON-FRI 2025-2199)")),
        Good("RULE-006 the boundaries 59, 23, 31, 12 and 1970 are accepted", "BKP2106", () => Cron("cron(59 23 31 12 ? 1970)")),
        Good("RULE-006 day-of-week 7 (Saturday) is accepted", "BKP2106", () => Cron("cron(0 5 ? * 7 *)")),

        // RULE-007: numeric day-of-week.
        Bad("RULE-007 a numeric range 1-5 (Sun-Thu, not Mon-Fri) is warned", "BKP2107", () => Cron("cron(0 5 ? * 1-5 *)"), Rule, "Schedule"),
        Bad("RULE-007 a numeric nth day 2#1 is warned", "BKP2107", () => Cron("cron(0 5 ? * 2#1 *)")),
        Good("RULE-007 day names MON-FRI are not warned", "BKP2107", () => Cron("cron(0 5 ? * MON-FRI *)")),
        Good("RULE-007 a '?' day-of-week is not warned", "BKP2107", () => Cron("cron(0 5 1 * ? *)")),

        // RULE-008: at most once an hour.
        Bad("RULE-008 every 30 minutes (0/30) is rejected", "BKP2108", () => Cron("cron(0/30 * ? * * *)"), Rule, "Schedule"),
        Bad("RULE-008 every minute (*) is rejected", "BKP2108", () => Cron("cron(* 5 ? * * *)")),
        Bad("RULE-008 two minutes (0,30) are rejected", "BKP2108", () => Cron("cron(0,30 5 ? * * *)")),
        Bad("RULE-008 a minutes range (0-5) is rejected", "BKP2108", () => Cron("cron(0-5 5 ? * * *)")),
        Good("RULE-008 the seed's hourly cron(0 0/1 ? * * *) is accepted", "BKP2108", () => Cron("cron(0 0/1 ? * * *)")),
        Good("RULE-008 BOTO's hourly example cron(15 * ? * * *) is accepted", "BKP2108", () => Cron("cron(15 * ? * * *)")),
        Good("RULE-008 the LZA hourly cron(0 5/1 ? * * *) is accepted", "BKP2108", () => Cron("cron(0 5/1 ? * * *)")),

        // RULE-009: hours steps restart at midnight.
        Bad("RULE-009 13/12 runs once a day, not every 12 hours", "BKP2109", () => Cron("cron(0 13/12 ? * * *)"), Rule, "Schedule"),
        Bad("RULE-009 5/5 runs 4 times a day, not every 5 hours", "BKP2109", () => Cron("cron(0 5/5 ? * * *)")),
        Bad("RULE-009 the LZA's 5/1 runs 19 times a day (none before 05:00) and is warned", "BKP2109", () => Cron("cron(0 5/1 ? * * *)")),
        Good("RULE-009 1/12 runs twice a day", "BKP2109", () => Cron("cron(0 1/12 ? * * *)")),
        Good("RULE-009 */6 runs every 6 hours", "BKP2109", () => Cron("cron(0 */6 ? * * *)")),
        Good("RULE-009 an explicit range with a step (8-20/4) is not warned", "BKP2109", () => Cron("cron(0 8-20/4 ? * * *)")),

        // RULE-010: IANA time zone.
        Bad("RULE-010 a lower-case time zone is rejected", "BKP2110", () => Zone("america/los_angeles"), Rule, "ScheduleTimeZone"),
        Bad("RULE-010 an unknown time zone is rejected", "BKP2110", () => Zone("Mars/Olympus_Mons")),
        Bad("RULE-010 an offset such as UTC+2 is rejected", "BKP2110", () => Zone("UTC+2")),
        Good("RULE-010 the seed's America/Los_Angeles is accepted", "BKP2110", () => Zone("America/Los_Angeles")),
        Good("RULE-010 UTC is accepted", "BKP2110", () => Zone("UTC")),
        Good("RULE-010 an omitted time zone (UTC) is accepted", "BKP2110", () => Zone(null)),
        Good("RULE-010 a time zone from a deploy-time value is not checked", "BKP2110", () => Zone(Deferred("ZoneParameter"))),
    ];
}
