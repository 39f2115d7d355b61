using System.Globalization;
using Backup.Iac.Validation.Schedules;

namespace Backup.Iac.Report;

/// <summary>
/// Schedule: when each rule's start window opens and how long its jobs may run, in the rule's time zone. Rules that
/// run every week are drawn on a week (Monday to Sunday); the others on a month (the first month of a reference year
/// in which they run). The table after the charts holds the same facts.
/// </summary>
internal static class ScheduleChart
{
    private const int ReferenceYear = 2024; // starts on a Monday; any year would do, one is fixed so that the bytes are
    private const double Width = 1100;
    private const double Left = 300;
    private const double Right = 1080;
    private const double Top = 40;
    private const double RowHeight = 32;
    private static readonly Duration DefaultStart = Duration.Hours(8);
    private static readonly Duration DefaultCompletion = Duration.Days(7);

    private sealed record Row(string Label, string Plan, string Anchor, string Expression, bool IsDefault, string TimeZone, Duration Start, Duration Completion, CronExpression? Cron, string? Problem, IReadOnlyList<Diag> Diags)
    {
        public bool Weekly { get; init; }

        public int Month { get; init; } = 1;

        public int Year { get; init; } = ReferenceYear;
    }

    public static void Write(Html h, Estate estate, StackView stack)
    {
        var rows = RowsOf(estate, stack);
        h.Line($"<h4 id=\"{stack.Anchor}-schedule\">Schedule</h4>");
        if (rows.Count == 0)
        {
            h.Line("<p class=\"muted\">No backup rule in this stack.</p>");
            return;
        }

        var weekly = rows.Where(r => r.Cron is not null && r.Weekly).ToList();
        var monthly = rows.Where(r => r.Cron is not null && !r.Weekly).ToList();
        if (weekly.Count > 0)
        {
            Chart(h, weekly, week: true);
        }

        if (monthly.Count > 0)
        {
            Chart(h, monthly, week: false);
        }

        h.Line("<table class=\"grid\"><caption>When each rule's jobs start and how long they may run (the charts' data)</caption>");
        h.Line("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Schedule</th><th scope=\"col\">Time zone</th><th scope=\"col\">Start window opens</th><th scope=\"col\">Start window</th><th scope=\"col\">Completion window</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            h.Raw("<tr><th scope=\"row\"><a href=\"#").Raw(r.Anchor).Raw("\">").Text(r.Label).Raw("</a><br><span class=\"muted\">plan ").Text(r.Plan).Raw("</span></th><td><code>").Text(r.Expression).Raw("</code>")
                .Raw(r.IsDefault ? " <span class=\"muted\">(AWS's default)</span>" : "").Raw("</td><td>").Text(r.TimeZone).Raw("</td><td>")
                .Text(r.Problem ?? Opens(r)).Raw("</td><td>").Text(Parts.Days(r.Start)).Raw("</td><td>").Text(Parts.Days(r.Completion)).Raw("</td><td>");
            Parts.Worst(h, r.Diags);
            Parts.Inline(h, estate, r.Diags.Where(d => d.D.Property is { } p && (p.StartsWith("Schedule", StringComparison.Ordinal) || p.EndsWith("Window", StringComparison.Ordinal))).ToList());
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static List<Row> RowsOf(Estate estate, StackView stack)
    {
        var rows = new List<Row>();
        foreach (var plan in stack.Stack.Children.OfType<BackupPlan>())
        {
            for (var i = 0; i < plan.Rules.Count; i++)
            {
                var rule = plan.Rules[i];
                var name = plan.RuleNameAt(i);
                var expression = rule.Schedule?.Expression ?? Schedule.Default.Expression;
                var start = rule.StartWindow is { IsUnresolved: false } s ? s : DefaultStart;
                var completion = rule.CompletionWindow is { IsUnresolved: false } c ? c : DefaultCompletion;
                var diags = estate.At(stack.Source, plan.Path + "/Rules[" + name + "]").Where(d => !d.D.Path.Contains("/CopyActions[", StringComparison.Ordinal)).ToList();
                var row = new Row(name, plan.BackupPlanName, Retention.RuleAnchor(stack, plan, i), expression, rule.Schedule is null,
                    rule.ScheduleTimeZone ?? "UTC", start, completion, null, null, diags);
                if (Token.IsUnresolved(expression))
                {
                    rows.Add(row with { Problem = "set at deploy: not drawn" });
                    continue;
                }

                var parsed = CronExpression.Parse(expression);
                if (parsed.Expression is not { } cron)
                {
                    rows.Add(row with { Problem = "cannot be drawn: " + (parsed.Problem?.Description ?? "not a cron expression") });
                    continue;
                }

                var year = cron.Years.Where(y => y >= ReferenceYear).DefaultIfEmpty(cron.Years.IsEmpty ? ReferenceYear : cron.Years[^1]).First();
                var firstMonday = new DateOnly(year, 1, 1);
                while (firstMonday.DayOfWeek != DayOfWeek.Monday)
                {
                    firstMonday = firstMonday.AddDays(1);
                }

                var everyWeek = Enumerable.Range(0, 4).All(w => Enumerable.Range(0, 7).Any(d => cron.FiresOn(firstMonday.AddDays(w * 7 + d))));
                var month = Enumerable.Range(1, 12).FirstOrDefault(m => Enumerable.Range(1, DateTime.DaysInMonth(year, m)).Any(d => cron.FiresOn(new DateOnly(year, m, d))));
                rows.Add(row with { Cron = cron, Weekly = everyWeek, Month = month == 0 ? 1 : month, Year = year, Problem = month == 0 && !everyWeek ? "does not run in " + Html.I(year) : null });
            }
        }

        return rows;
    }

    private static void Chart(Html h, List<Row> rows, bool week)
    {
        var days = week ? 7 : 31;
        var height = Top + rows.Count * RowHeight + 40;
        var dayWidth = (Right - Left) / days;
        h.Raw("<figure class=\"chart\"><svg viewBox=\"0 0 ").Raw(Html.N(Width)).Raw(" ").Raw(Html.N(height)).Raw("\" role=\"img\" aria-label=\"")
            .Raw(week ? "A week of start windows, Monday to Sunday" : "A month of start windows").Raw("; the table below holds the same data.\">");
        h.Raw("<g class=\"axis\">");
        for (var d = 0; d <= days; d++)
        {
            var x = Left + d * dayWidth;
            h.Raw("<line x1=\"").Raw(Html.N(x)).Raw("\" y1=\"").Raw(Html.N(Top - 4)).Raw("\" x2=\"").Raw(Html.N(x)).Raw("\" y2=\"").Raw(Html.N(Top + rows.Count * RowHeight)).Raw("\"/>");
            if (d < days)
            {
                var label = week ? CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames[(d + 1) % 7] : Html.I(d + 1);
                h.Raw("<text x=\"").Raw(Html.N(x + dayWidth / 2)).Raw("\" y=\"").Raw(Html.N(Top - 10)).Raw("\" text-anchor=\"middle\">").Text(label).Raw("</text>");
                if (week)
                {
                    foreach (var hour in new[] { 6, 12, 18 })
                    {
                        var hx = x + dayWidth * hour / 24;
                        h.Raw("<line class=\"minor\" x1=\"").Raw(Html.N(hx)).Raw("\" y1=\"").Raw(Html.N(Top)).Raw("\" x2=\"").Raw(Html.N(hx)).Raw("\" y2=\"").Raw(Html.N(Top + rows.Count * RowHeight)).Raw("\"/>");
                    }
                }
            }
        }

        h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(Top - 10)).Raw("\" text-anchor=\"end\" class=\"axis-title\">")
            .Text(week ? "week (lines at 06:00, 12:00, 18:00)" : "day of the month").Raw("</text></g>");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var cron = r.Cron!;
            var y = Top + i * RowHeight + 6;
            var label = r.Label + (week ? "" : " (" + CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[r.Month - 1] + ")");
            h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(y + 11)).Raw("\" text-anchor=\"end\" class=\"label\">").Text(label).Raw("</text>");
            h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(y + 22)).Raw("\" text-anchor=\"end\" class=\"tz\">").Text(Trim(r.Plan, 36) + " · " + r.TimeZone).Raw("</text>");
            var from = week ? FirstMonday(r.Year) : new DateOnly(r.Year, r.Month, 1);
            var start = from.ToDateTime(TimeOnly.MinValue);
            var end = start.AddDays(days);
            var count = 0;
            foreach (var t in cron.Occurrences(start.AddMinutes(-1)).TakeWhile(t => t < end))
            {
                if (++count > 400)
                {
                    break;
                }

                var x = Left + (t - start).TotalDays * dayWidth;
                var complete = Math.Min(r.Completion.TotalMinutes / 1440.0 * dayWidth, Right - x);
                var open = Math.Min(Math.Max(r.Start.TotalMinutes / 1440.0 * dayWidth, 2.5), Right - x);
                var at = t.ToString(week ? "ddd HH:mm" : "MMM d HH:mm", CultureInfo.InvariantCulture);
                h.Raw("<rect class=\"complete\" x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y + 4)).Raw("\" width=\"").Raw(Html.N(Math.Max(complete, 1))).Raw("\" height=\"6\"/>");
                h.Raw("<rect class=\"start\" x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y)).Raw("\" width=\"").Raw(Html.N(open)).Raw("\" height=\"14\"><title>")
                    .Text(at + " " + r.TimeZone + ": start window " + Parts.Days(r.Start) + ", must complete within " + Parts.Days(r.Completion)).Raw("</title></rect>");
            }
        }

        var ly = Top + rows.Count * RowHeight + 24;
        h.Raw("<rect class=\"start\" x=\"").Raw(Html.N(Left)).Raw("\" y=\"").Raw(Html.N(ly - 11)).Raw("\" width=\"22\" height=\"12\"/>");
        h.Raw("<text class=\"legend\" x=\"").Raw(Html.N(Left + 28)).Raw("\" y=\"").Raw(Html.N(ly)).Raw("\">start window (a job starts in it)</text>");
        h.Raw("<rect class=\"complete\" x=\"").Raw(Html.N(Left + 260)).Raw("\" y=\"").Raw(Html.N(ly - 8)).Raw("\" width=\"22\" height=\"6\"/>");
        h.Raw("<text class=\"legend\" x=\"").Raw(Html.N(Left + 288)).Raw("\" y=\"").Raw(Html.N(ly)).Raw("\">completion window (the job may run until its end)</text>");
        h.Line("</svg></figure>");
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static DateOnly FirstMonday(int year)
    {
        var d = new DateOnly(year, 1, 1);
        while (d.DayOfWeek != DayOfWeek.Monday)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>When the start windows open, in words: "every day at 05:00", "Sat at 05:00", "day 1 of every month at 05:00".</summary>
    private static string Opens(Row r)
    {
        var cron = r.Cron!;
        var times = cron.RunsPerDay > 6
            ? ", " + Html.I(cron.RunsPerDay) + " times a day"
            : " at " + string.Join(", ", cron.Hours.SelectMany(hh => cron.Minutes.Select(m => hh.ToString("00", CultureInfo.InvariantCulture) + ":" + m.ToString("00", CultureInfo.InvariantCulture))));
        if (r.Weekly)
        {
            var monday = FirstMonday(r.Year);
            var on = Enumerable.Range(0, 7).Select(monday.AddDays).Where(cron.FiresOn).Select(d => d.ToString("ddd", CultureInfo.InvariantCulture)).ToList();
            return (on.Count == 7 ? "every day" : string.Join(", ", on)) + times;
        }

        var days = Enumerable.Range(1, DateTime.DaysInMonth(r.Year, r.Month)).Where(d => cron.FiresOn(new DateOnly(r.Year, r.Month, d))).Select(d => Html.I(d)).ToList();
        var months = cron.Months.Length == 12 ? "every month" : string.Join(", ", cron.Months.Select(m => CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[m - 1]));
        return "day " + string.Join(", ", days) + " of " + months + " (" + Html.I(r.Year) + ")" + times;
    }
}
