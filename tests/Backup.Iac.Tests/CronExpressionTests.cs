using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Tests;

/// <summary>The AWS cron parser behind RULE-005 to RULE-009, and the time zone list behind RULE-010.</summary>
public class CronExpressionTests
{
    private static CronExpression Valid(string text)
    {
        var result = CronExpression.Parse(text);
        Assert.True(result.Expression is not null, $"'{text}' should parse: {result.Problem}");
        return result.Expression;
    }

    private static CronProblem Invalid(string text)
    {
        var result = CronExpression.Parse(text);
        Assert.True(result.Problem is not null, $"'{text}' should not parse");
        return result.Problem;
    }

    [Fact]
    public void Daily_at_05_resolves_to_one_minute_and_one_hour_every_day()
    {
        var cron = Valid("cron(0 5 ? * * *)");
        Assert.Equal(new[] { 0 }, cron.Minutes);
        Assert.Equal(new[] { 5 }, cron.Hours);
        Assert.Equal(CronDayKind.Any, cron.DayOfMonth.Kind);
        Assert.Equal(Enumerable.Range(1, 12), cron.Months);
        Assert.Equal(Enumerable.Range(1, 7), cron.DayOfWeek.Values);
        Assert.Equal(1970, cron.Years[0]);
        Assert.Equal(2199, cron.Years[^1]);
        Assert.Equal(1, cron.RunsPerDay);
    }

    [Theory]
    [InlineData("0/30", new[] { 0, 30 })]
    [InlineData("1/10", new[] { 1, 11, 21, 31, 41, 51 })]
    [InlineData("0,30", new[] { 0, 30 })]
    [InlineData("0-5", new[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData("10-20/5", new[] { 10, 15, 20 })]
    [InlineData("55-5/5", new[] { 0, 5, 55 })]
    [InlineData("15", new[] { 15 })]
    [InlineData("7,7", new[] { 7 })]
    public void Minutes_field_resolves_to_its_values(string field, int[] expected) =>
        Assert.Equal(expected, Valid($"cron({field} * ? * * *)").Minutes.AsEnumerable());

    [Fact]
    public void Star_minutes_fire_60_times_an_hour() => Assert.Equal(60, Valid("cron(* * ? * * *)").Minutes.Length);

    [Fact]
    public void Hours_step_from_13_gives_one_run_and_remembers_the_step()
    {
        var hours = Valid("cron(0 13/12 ? * * *)")[CronField.Hours];
        Assert.Equal(new[] { 13 }, hours.Values);
        var item = Assert.Single(hours.Items);
        Assert.Equal(12, item.Step);
        Assert.True(item.RunsToEnd);
        Assert.False(Valid("cron(0 8-20/4 ? * * *)")[CronField.Hours].Items[0].RunsToEnd);
    }

    [Fact]
    public void Hours_range_wraps_past_midnight() => Assert.Equal(new[] { 0, 1, 2, 22, 23 }, Valid("cron(0 22-2 ? * * *)").Hours);

    [Fact]
    public void Names_are_case_insensitive_and_day_of_week_counts_from_sunday()
    {
        var cron = Valid("cron(0 5 ? jan,Mar-MAY mon-fri *)");
        Assert.Equal(new[] { 1, 3, 4, 5 }, cron.Months);
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, cron.DayOfWeek.Values);
    }

    [Fact]
    public void Day_of_week_range_wraps_round_the_week() => Assert.Equal(new[] { 1, 2, 6, 7 }, Valid("cron(0 5 ? * FRI-MON *)").DayOfWeek.Values);

    [Theory]
    [InlineData("cron(0 5 L * ? *)", "2024-02-29", "2024-02-28")]
    [InlineData("cron(0 5 L-2 * ? *)", "2024-01-29", "2024-01-31")]
    [InlineData("cron(0 5 LW * ? *)", "2024-08-30", "2024-08-31")]   // Aug 31 2024 is a Saturday
    [InlineData("cron(0 5 15W * ? *)", "2024-06-14", "2024-06-15")]  // Jun 15 2024 is a Saturday
    [InlineData("cron(0 5 1W * ? *)", "2024-06-03", "2024-06-01")]   // Jun 1 2024 is a Saturday: the Monday after
    [InlineData("cron(0 5 ? * 6L *)", "2024-05-31", "2024-05-24")]   // the last Friday of May 2024
    [InlineData("cron(0 5 ? * 3#2 *)", "2024-05-14", "2024-05-07")]  // the second Tuesday of May 2024
    [InlineData("cron(0 5 ? * TUE#2 *)", "2024-05-14", "2024-05-21")]
    [InlineData("cron(0 5 ? * L *)", "2024-05-04", "2024-05-05")]    // L alone: Saturday
    [InlineData("cron(0 5 ? * 1 *)", "2024-05-05", "2024-05-06")]    // 1 = Sunday
    [InlineData("cron(0 5 29 FEB ? 2024)", "2024-02-29", "2025-02-28")]
    public void Fires_on_the_documented_days(string text, string fires, string doesNot)
    {
        var cron = Valid(text);
        Assert.True(cron.FiresOn(DateOnly.Parse(fires, System.Globalization.CultureInfo.InvariantCulture)), $"{text} should fire on {fires}");
        Assert.False(cron.FiresOn(DateOnly.Parse(doesNot, System.Globalization.CultureInfo.InvariantCulture)), $"{text} should not fire on {doesNot}");
    }

    [Fact]
    public void Occurrences_list_the_next_runs_in_order()
    {
        var runs = Valid("cron(30 1/12 ? * MON *)").Occurrences(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Unspecified)).Take(3).ToList();
        Assert.Equal(
            [new DateTime(2024, 5, 6, 1, 30, 0, DateTimeKind.Unspecified), new DateTime(2024, 5, 6, 13, 30, 0, DateTimeKind.Unspecified), new DateTime(2024, 5, 13, 1, 30, 0, DateTimeKind.Unspecified)],
            runs);
    }

    [Fact]
    public void Occurrences_end_with_the_last_year()
    {
        var runs = Valid("cron(0 5 1 JAN ? 2030)").Occurrences(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)).ToList();
        Assert.Equal([new DateTime(2030, 1, 1, 5, 0, 0, DateTimeKind.Unspecified)], runs);
    }

    [Theory]
    [InlineData("0 5 ? * * *", "not wrapped")]
    [InlineData("cron(0 5 * * *)", "5 fields")]
    [InlineData("cron(0 0 5 ? * * *)", "no seconds")]
    [InlineData("cron()", "0 fields")]
    [InlineData("", "empty")]
    [InlineData("CRON(0 5 ? * * *)", "lower case")]
    [InlineData("every day", "form cron(...)")]
    public void Malformed_expressions_are_not_cron(string text, string said)
    {
        var problem = Invalid(text);
        Assert.Equal(CronProblemKind.NotCron, problem.Kind);
        Assert.Contains(said, problem.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_expressions_are_told_apart() => Assert.Equal(CronProblemKind.Rate, Invalid("rate(1 hour)").Kind);

    [Theory]
    [InlineData("cron(0 5 ? * 0 *)", (int)CronField.DayOfWeek, "not 0-6")]
    [InlineData("cron(60 5 ? * * *)", (int)CronField.Minutes, "outside 0-59")]
    [InlineData("cron(0 24 ? * * *)", (int)CronField.Hours, "outside 0-23")]
    [InlineData("cron(0 5 0 * ? *)", (int)CronField.DayOfMonth, "outside 1-31")]
    [InlineData("cron(0 5 1 0 ? *)", (int)CronField.Month, "outside 1-12")]
    [InlineData("cron(0 5 ? * * 2200)", (int)CronField.Year, "outside 1970-2199")]
    [InlineData("cron(0 5 1 JANUARY ? *)", (int)CronField.Month, "not a month name")]
    [InlineData("cron(0 5 ? * MONDAY *)", (int)CronField.DayOfWeek, "not a day name")]
    [InlineData("cron(0 MON ? * * *)", (int)CronField.Hours, "names are allowed only")]
    [InlineData("cron(0 ? * * ? *)", (int)CronField.Hours, "only in day-of-month or day-of-week")]
    [InlineData("cron(0 5 ?,1 * ? *)", (int)CronField.DayOfMonth, "must stand alone")]
    [InlineData("cron(0 5 ? * 5W *)", (int)CronField.DayOfWeek, "only in day-of-month")]
    [InlineData("cron(0 5 3#2 * ? *)", (int)CronField.DayOfMonth, "only in day-of-week")]
    [InlineData("cron(L 5 ? * * *)", (int)CronField.Minutes, "only in day-of-month and day-of-week")]
    [InlineData("cron(0 5 L,15 * ? *)", (int)CronField.DayOfMonth, "must be the only item")]
    [InlineData("cron(0 5 ? * 3#1,6#3 *)", (int)CronField.DayOfWeek, "must be the only one")]
    [InlineData("cron(0 5 ? * 2#6 *)", (int)CronField.DayOfWeek, "at most 5")]
    [InlineData("cron(0 5 ? * 8L *)", (int)CronField.DayOfWeek, "not a day")]
    [InlineData("cron(0 5 32W * ? *)", (int)CronField.DayOfMonth, "must be 1-31")]
    [InlineData("cron(0 5 L-31 * ? *)", (int)CronField.DayOfMonth, "more than 30")]
    [InlineData("cron(0 0/0 ? * * *)", (int)CronField.Hours, "must be 1-23")]
    [InlineData("cron(0/60 5 ? * * *)", (int)CronField.Minutes, "must be 1-59")]
    [InlineData("cron(0 1,,2 ? * * *)", (int)CronField.Hours, "empty item")]
    [InlineData("cron(0 *-5 ? * * *)", (int)CronField.Hours, "starts with '*'")]
    [InlineData("cron(0 5 ? * * 2030-2025)", (int)CronField.Year, "ends before it starts")]
    [InlineData("cron(0 5% ? * * *)", (int)CronField.Hours, "not a value")]
    public void Field_errors_name_the_field_and_the_value(string text, int fieldIndex, string said)
    {
        var field = (CronField)fieldIndex;
        var problem = Invalid(text);
        Assert.Equal(CronProblemKind.Field, problem.Kind);
        Assert.Equal(field, problem.Field);
        Assert.Contains($"the {CronFields.Name(field)} field ", problem.Description, StringComparison.Ordinal);
        Assert.Contains(text[5..^1].Split(' ')[fieldIndex], problem.Description, StringComparison.Ordinal);
        Assert.Contains(said, problem.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cron(0 5 ? * ? *)", "both")]
    [InlineData("cron(0 5 * * * *)", "neither")]
    [InlineData("cron(0 5 1 * MON *)", "neither")]
    public void Exactly_one_day_field_is_a_question_mark(string text, string said)
    {
        var problem = Invalid(text);
        Assert.Equal(CronProblemKind.Field, problem.Kind);
        Assert.Contains(said, problem.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cron(0 5 ? * * *)")]
    [InlineData("cron(0 12 * * ? *)")]
    [InlineData("cron(0 0/1 ? * * *)")]
    [InlineData("cron(0 1 ? * * *)")]
    [InlineData("cron(15 * ? * * *)")]
    [InlineData("cron(0 5/1 ? * * *)")]
    [InlineData("cron(0 6 ? * 7#1 *)")]
    [InlineData("cron(0 5 1 1/3 ? *)")]
    [InlineData("cron(0 5 ? * SUN/2 *)")]
    [InlineData("cron( 0 5 ? * * * )")]
    public void Documented_and_corpus_expressions_parse(string text) => Valid(text);

    [Theory]
    [InlineData("america/los_angeles", "America/Los_Angeles")]
    [InlineData("America/Los Angeles", "America/Los_Angeles")]
    [InlineData("Europe/Pari", "Europe/Paris")]
    [InlineData("Paris", "Europe/Paris")]
    [InlineData("utc", "UTC")]
    public void Near_miss_time_zones_get_a_suggestion(string given, string suggested)
    {
        Assert.False(TimeZones.IsKnown(given));
        Assert.Equal(suggested, TimeZones.Suggest(given));
    }

    [Theory]
    [InlineData("PST")]
    [InlineData("Mars/Olympus_Mons")]
    public void Far_time_zones_get_no_suggestion(string given) => Assert.Null(TimeZones.Suggest(given));

    [Fact]
    public void The_time_zone_list_is_loaded_from_the_embedded_resource()
    {
        Assert.True(TimeZones.All.Count > 400);
        Assert.True(TimeZones.IsKnown("America/Los_Angeles"));
        Assert.True(TimeZones.IsKnown("UTC"));
        Assert.False(TimeZones.IsKnown("# IANA time zone IDs (zones and links) from tzdata; regenerate from /usr/share/zoneinfo/tzdata.zi."));
    }
}
