using Backup.Iac.Validation.Lifecycles;

namespace Backup.Iac.Tests;

/// <summary>The conservative schedule reading behind LC-009 (EBS archive needs monthly or rarer backups).</summary>
public class LifecycleScheduleFrequencyTests
{
    [Theory]
    [InlineData("cron(0 5 ? * * *)")]        // daily (AWS's default)
    [InlineData("cron(0 5 * * ? *)")]        // daily, day-of-month form
    [InlineData("cron(0 * ? * * *)")]        // hourly
    [InlineData("cron(0 5/12 1 * ? *)")]     // twice on the 1st
    [InlineData("cron(0,30 5 1 * ? *)")]     // twice on the 1st
    [InlineData("cron(0 5 ? * SAT *)")]      // weekly
    [InlineData("cron(0 5 ? * MON-FRI *)")]  // weekdays
    [InlineData("cron(0 5 1,15 * ? *)")]     // twice a month
    [InlineData("cron(0 5 1-7 * ? *)")]      // a week of days
    [InlineData("cron(0 5 */10 * ? *)")]     // every 10 days
    [InlineData("cron(0 5 ? * 2#1,2#3 *)")]  // first and third Monday
    [InlineData("rate(1 day)")]
    [InlineData("rate(12 hours)")]
    public void Runs_more_than_monthly(string expression) =>
        Assert.True(ScheduleFrequency.RunsMoreThanMonthly(expression));

    [Theory]
    [InlineData("cron(0 5 1 * ? *)")]        // monthly on the 1st
    [InlineData("cron(30 2 L * ? *)")]       // last day of the month
    [InlineData("cron(0 5 15W * ? *)")]      // weekday nearest the 15th
    [InlineData("cron(0 5 ? * 2#1 *)")]      // first Monday
    [InlineData("cron(0 5 ? * 6L *)")]       // last Friday
    [InlineData("cron(0 5 1 1,4,7,10 ? *)")] // quarterly
    [InlineData("cron(0 5 1 1 ? *)")]        // yearly
    [InlineData("rate(30 days)")]
    [InlineData("cron(0 5 1 *)")]            // malformed: not clearly frequent
    [InlineData("at(2025-01-01T00:00:00)")]  // unknown form
    public void Does_not_clearly_run_more_than_monthly(string expression) =>
        Assert.False(ScheduleFrequency.RunsMoreThanMonthly(expression));

    [Fact]
    public void A_schedule_holding_a_token_is_not_read() =>
        Assert.False(ScheduleFrequency.RunsMoreThanMonthly("cron(0 5 ? * " + Aws.Region + " *)"));
}
