using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Tests;

/// <summary>
/// The one schedule model: what checks reason about on a parsed <see cref="CronExpression"/> (how often it runs, LC-009;
/// its days and fixed start times, PLAN-020 and XR-021; its canonical text) and the <c>rate(...)</c> form, which AWS
/// Backup does not document for ScheduleExpression (RULE-005 warns) but which is read to reason about frequency.
/// The grammar itself is tested in <see cref="CronExpressionTests"/>.
/// </summary>
public class ScheduleModelTests
{
    private static CronExpression Cron(string text) =>
        CronExpression.Parse(text).Expression ?? throw new InvalidOperationException($"'{text}' should parse");

    private static RuleStartTimes? StartTimes(string text) =>
        CronExpression.Parse(text).Expression is { } cron ? RuleStartTimes.Of(cron) : null;

    [Theory]
    [InlineData("cron(0 5 ? * * *)")]        // daily (AWS's default)
    [InlineData("cron(0 5 * * ? *)")]        // daily, day-of-month form
    [InlineData("cron(0 * ? * * *)")]        // hourly
    [InlineData("cron(0 5/12 1 * ? *)")]     // twice on the 1st
    [InlineData("cron(0,30 5 1 * ? *)")]     // twice on the 1st
    [InlineData("cron(0 22-2 1 * ? *)")]     // a range of hours across midnight: five runs on the 1st
    [InlineData("cron(0 5 ? * SAT *)")]      // weekly
    [InlineData("cron(0 5 ? * L *)")]        // weekly: day-of-week L is Saturday
    [InlineData("cron(0 5 ? * MON-FRI *)")]  // weekdays
    [InlineData("cron(0 5 1,15 * ? *)")]     // twice a month
    [InlineData("cron(0 5 1-7 * ? *)")]      // a week of days
    [InlineData("cron(0 5 */10 * ? *)")]     // every 10 days
    [InlineData("rate(1 day)")]
    [InlineData("rate(27 days)")]
    [InlineData("rate(12 hours)")]
    [InlineData("RATE(90 Minutes)")]
    public void Runs_more_than_monthly(string expression) =>
        Assert.True(CronExpression.Parse(expression).RunsMoreThanMonthly);

    [Theory]
    [InlineData("cron(0 5 1 * ? *)")]        // monthly on the 1st
    [InlineData("cron(30 2 L * ? *)")]       // last day of the month
    [InlineData("cron(30 2 L-3 * ? *)")]     // three days before the last
    [InlineData("cron(30 2 LW * ? *)")]      // last weekday
    [InlineData("cron(0 5 15W * ? *)")]      // weekday nearest the 15th
    [InlineData("cron(0 5 ? * 2#1 *)")]      // first Monday
    [InlineData("cron(0 5 ? * 6L *)")]       // last Friday
    [InlineData("cron(0 5 1 1,4,7,10 ? *)")] // quarterly
    [InlineData("cron(0 5 1 1 ? *)")]        // yearly
    [InlineData("rate(28 days)")]
    [InlineData("rate(30 days)")]
    [InlineData("cron(0 5 ? * 2#1,2#3 *)")]  // invalid (RULE-006: '#' stands alone): not read
    [InlineData("CRON(0 5 ? * * *)")]        // invalid (RULE-005: lower case): not read
    [InlineData("cron(0 5 1 *)")]            // malformed: not read
    [InlineData("rate(0 days)")]             // not a rate
    [InlineData("rate(1 week)")]             // not a rate unit
    [InlineData("at(2025-01-01T00:00:00)")]  // unknown form
    public void Does_not_clearly_run_more_than_monthly(string expression) =>
        Assert.False(CronExpression.Parse(expression).RunsMoreThanMonthly);

    [Fact]
    public void A_schedule_holding_a_token_does_not_parse() =>
        Assert.False(CronExpression.Parse("cron(0 5 ? * " + Aws.Region + " *)").RunsMoreThanMonthly);

    [Theory]
    [InlineData("rate(1 minute)", 1, "Minutes", 1)]
    [InlineData("rate(5 minutes)", 5, "Minutes", 5)]
    [InlineData("rate(1 hour)", 1, "Hours", 60)]
    [InlineData("rate(12 Hours)", 12, "Hours", 720)]
    [InlineData(" rate( 7  days ) ", 7, "Days", 10080)]
    public void Rate_expressions_read_as_a_value_and_a_unit(string text, int value, string unit, int minutes)
    {
        var rate = RateExpression.Parse(text);
        Assert.Equal(new RateExpression(value, Enum.Parse<RateUnit>(unit)), rate);
        Assert.Equal(TimeSpan.FromMinutes(minutes), rate!.Interval);
    }

    [Theory]
    [InlineData("rate(0 hours)")]
    [InlineData("rate(-1 hours)")]
    [InlineData("rate(1.5 hours)")]
    [InlineData("rate(1 week)")]
    [InlineData("rate(1)")]
    [InlineData("rate(hours 1)")]
    [InlineData("rate(1 hour")]
    [InlineData("cron(0 5 ? * * *)")]
    public void Other_forms_are_not_rates(string text) => Assert.Null(RateExpression.Parse(text));

    [Fact]
    public void A_rate_is_a_rate_problem_that_carries_the_rate()
    {
        var parsed = CronExpression.Parse("rate(12 hours)");
        Assert.Null(parsed.Expression);
        Assert.Equal(CronProblemKind.Rate, parsed.Problem?.Kind);
        Assert.Equal(new RateExpression(12, RateUnit.Hours), parsed.Rate);
        Assert.Null(CronExpression.Parse("rate(1 fortnight)").Rate);
        Assert.Equal(CronProblemKind.Rate, CronExpression.Parse("rate(1 fortnight)").Problem?.Kind);
    }

    [Theory]
    [InlineData("cron(0 5 ? * * *)", "every day", new[] { 300 })]
    [InlineData("cron(0 5 * * ? *)", "every day", new[] { 300 })]
    [InlineData("cron(0 5 1-31 * ? 1970-2199)", "every day", new[] { 300 })]
    [InlineData("cron(30 17,5 ? * * *)", "every day", new[] { 330, 1050 })]
    [InlineData("cron(0 5 ? * 7 *)", "* * SAT *", new[] { 300 })]
    [InlineData("cron(0 5 ? * sat *)", "* * SAT *", new[] { 300 })]
    [InlineData("cron(0 5 ? * L *)", "* * SAT *", new[] { 300 })]
    [InlineData("cron(0 5 ? * 2-6 *)", "* * MON-FRI *", new[] { 300 })]
    [InlineData("cron(0 5 ? * MON,WED,FRI *)", "* * MON,WED,FRI *", new[] { 300 })]
    [InlineData("cron(0 5 ? * 6#3 *)", "* * FRI#3 *", new[] { 300 })]
    [InlineData("cron(0 5 ? * fri#3 *)", "* * FRI#3 *", new[] { 300 })]
    [InlineData("cron(0 5 ? * 6L *)", "* * FRIL *", new[] { 300 })]
    [InlineData("cron(0 5 L * ? *)", "L * * *", new[] { 300 })]
    [InlineData("cron(0 5 L-2 * ? *)", "L-2 * * *", new[] { 300 })]
    [InlineData("cron(0 5 LW * ? *)", "LW * * *", new[] { 300 })]
    [InlineData("cron(0 5 15W * ? *)", "15W * * *", new[] { 300 })]
    [InlineData("cron(0 5 1 1/3 ? *)", "1 JAN,APR,JUL,OCT * *", new[] { 300 })]
    [InlineData("cron(0 5 1 jan,apr,jul,oct ? *)", "1 JAN,APR,JUL,OCT * *", new[] { 300 })]
    [InlineData("cron(0 5 1,2,3,15 * ? 2027-2030)", "1-3,15 * * 2027-2030", new[] { 300 })]
    public void Start_times_are_read_from_fixed_schedules(string expression, string days, int[] minutes)
    {
        var times = StartTimes(expression);
        Assert.NotNull(times);
        Assert.Equal(days, times.Days);
        Assert.Equal(days == "every day", times.EveryDay);
        Assert.Equal(minutes, times.MinutesOfDay);
    }

    [Theory]
    [InlineData("cron(0 * ? * * *)")]
    [InlineData("cron(0 0/12 ? * * *)")]
    [InlineData("cron(0 5-6 ? * * *)")]
    [InlineData("cron(0-5 5 ? * * *)")]
    [InlineData("cron(5/59 5 ? * * *)")]
    [InlineData("cron(0 5 ? * 8 *)")]
    [InlineData("cron(0 24 ? * * *)")]
    [InlineData("cron(0 5 ? * *)")]
    [InlineData("rate(1 day)")]
    public void Schedules_it_cannot_be_sure_of_give_no_start_times(string expression) =>
        Assert.Null(StartTimes(expression));

    [Theory]
    [InlineData("cron(0 5 ? * SAT *)", "cron(0 5 ? * 7 *)")]
    [InlineData("cron(0 5 ? * * *)", "cron(0 5 * * ? *)")]
    [InlineData("cron(0 5 1 1,4,7,10 ? *)", "cron(0 5 1 JAN/3 ? *)")]
    public void Days_compare_by_meaning_not_by_spelling(string a, string b) =>
        Assert.Equal(Cron(a).Days, Cron(b).Days);

    [Fact]
    public void Canonical_text_is_the_fields_in_upper_case_with_single_spaces()
    {
        Assert.Equal("0 5 ? * MON-FRI *", Cron("cron(0  5 ? * mon-fri *)").Canonical);
        Assert.Equal(Cron("cron(0 5 ? * sat *)").Canonical, Cron("cron(0 5 ? * SAT *)").Canonical);
        Assert.NotEqual(Cron("cron(0 5 ? * 7 *)").Canonical, Cron("cron(0 5 ? * SAT *)").Canonical);
    }

    [Fact]
    public void Day_and_month_names_come_from_one_table()
    {
        Assert.Equal(new[] { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" }, CronFields.DayNames.AsEnumerable());
        Assert.Equal(12, CronFields.MonthNames.Length);
        for (var day = 1; day <= 7; day++)
        {
            Assert.Equal(new[] { day }, Cron($"cron(0 5 ? * {CronFields.DayNames[day - 1].ToLowerInvariant()} *)").DayOfWeek.Values.AsEnumerable());
        }

        for (var month = 1; month <= 12; month++)
        {
            Assert.Equal(new[] { month }, Cron($"cron(0 5 1 {CronFields.MonthNames[month - 1]} ? *)").Months.AsEnumerable());
            Assert.Equal(CronFields.MonthNames[month - 1], CronFields.Describe(CronField.Month, new[] { month }));
        }
    }

    [Fact]
    public void Last_and_nth_day_forms_fire_on_the_right_days()
    {
        var lastFriday = Cron("cron(0 5 ? * 6L *)");
        Assert.True(lastFriday.FiresOn(new DateOnly(2027, 1, 29)));
        Assert.False(lastFriday.FiresOn(new DateOnly(2027, 1, 22)));
        var secondTuesday = Cron("cron(0 5 ? * TUE#2 *)");
        Assert.True(secondTuesday.FiresOn(new DateOnly(2027, 3, 9)));
        Assert.False(secondTuesday.FiresOn(new DateOnly(2027, 3, 2)));
        var threeBeforeLast = Cron("cron(0 5 L-3 * ? *)");
        Assert.True(threeBeforeLast.FiresOn(new DateOnly(2027, 2, 25)));
        Assert.True(threeBeforeLast.FiresOn(new DateOnly(2028, 2, 26)));
    }
}
