using Backup.Iac.Validation.Plans;
using QuickStart;

namespace Backup.Iac.Tests;

/// <summary>Unit tests of the plan area (PLAN, IDX, RT): the small cron reading behind PLAN-020, and no false alarms.</summary>
public class PlanAreaTests
{
    [Theory]
    [InlineData("cron(0 5 ? * * *)", "every day", new[] { 300 })]
    [InlineData("cron(0 5 * * ? *)", "every day", new[] { 300 })]
    [InlineData("cron(30 5,17 ? * * *)", "every day", new[] { 330, 1050 })]
    [InlineData("cron(0 5 ? * 7 *)", "* * SAT *", new[] { 300 })]
    [InlineData("cron(0 5 ? * sat *)", "* * SAT *", new[] { 300 })]
    [InlineData("cron(0 5 ? * 2-6 *)", "* * MON-FRI *", new[] { 300 })]
    [InlineData("cron(0 5 ? * 6#3 *)", "* * FRI#3 *", new[] { 300 })]
    [InlineData("cron(0 5 1 1/3 ? *)", "1 JAN/3 * *", new[] { 300 })]
    public void Start_times_are_read_from_fixed_schedules(string expression, string days, int[] minutes)
    {
        var times = RuleStartTimes.TryParse(expression);
        Assert.NotNull(times);
        Assert.Equal(days, times.Days);
        Assert.Equal(minutes, times.MinutesOfDay);
    }

    [Theory]
    [InlineData("cron(0 * ? * * *)")]
    [InlineData("cron(0 0/12 ? * * *)")]
    [InlineData("cron(0-5 5 ? * * *)")]
    [InlineData("cron(0 5 ? * 8 *)")]
    [InlineData("cron(0 24 ? * * *)")]
    [InlineData("cron(0 5 ? * *)")]
    [InlineData("rate(1 day)")]
    public void Schedules_it_cannot_be_sure_of_give_no_start_times(string expression) =>
        Assert.Null(RuleStartTimes.TryParse(expression));

    [Theory]
    [InlineData(300, 60, 360, 60, false)]
    [InlineData(300, 61, 360, 60, true)]
    [InlineData(1380, 480, 300, 60, true)]
    [InlineData(1380, 360, 300, 60, false)]
    [InlineData(300, 60, 1380, 480, true)]
    [InlineData(0, 1440, 720, 60, true)]
    public void Daily_windows_overlap_across_midnight(int a, int windowA, int b, int windowB, bool overlap)
    {
        var first = new RuleStartTimes("every day", true, [a]);
        var second = new RuleStartTimes("every day", true, [b]);
        Assert.Equal(overlap, first.Overlaps(Duration.Minutes(windowA), second, Duration.Minutes(windowB)));
    }

    [Fact]
    public void Windows_of_other_days_do_not_wrap_into_the_next_day()
    {
        var saturday = new RuleStartTimes("* * SAT *", false, [1380]);
        var early = new RuleStartTimes("* * SAT *", false, [60]);
        Assert.False(saturday.Overlaps(Duration.Hours(8), early, Duration.Hours(1)));
    }

    [Fact]
    public void The_quick_start_has_no_plan_index_or_resource_type_diagnostics()
    {
        var result = QuickStartEstate.Build().Synth();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("BKP20", StringComparison.Ordinal)
            || d.Code.StartsWith("BKP24", StringComparison.Ordinal) || d.Code.StartsWith("BKP25", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_resource_type_gets_exactly_one_diagnostic()
    {
        var app = Fixture.WithRule(BackupPlanRule.Daily() with { IndexActions = [IndexAction.For("ebs")] });
        var codes = app.Synth().Diagnostics.Select(d => d.Code).Where(c => c.StartsWith("BKP24", StringComparison.Ordinal) || c.StartsWith("BKP25", StringComparison.Ordinal));
        Assert.Equal(["BKP2501"], codes);
    }

    [Fact]
    public void A_near_miss_resource_type_is_suggested()
    {
        var app = Fixture.WithRule(BackupPlanRule.Daily() with { IndexActions = [IndexAction.For("ebs")] });
        var diagnostic = Assert.Single(app.Synth().Diagnostics, d => d.Code == "BKP2501");
        Assert.Contains("Did you mean 'EBS'?", diagnostic.Message, StringComparison.Ordinal);
    }
}
