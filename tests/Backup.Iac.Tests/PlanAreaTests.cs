using Backup.Iac.Validation.Schedules;
using QuickStart;

namespace Backup.Iac.Tests;

/// <summary>Unit tests of the plan area (PLAN, IDX, RT): start window overlaps behind PLAN-020 (start times are read in <see cref="ScheduleModelTests"/>), and no false alarms.</summary>
public class PlanAreaTests
{
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
