using System.Diagnostics;
using System.Globalization;
using Backup.Iac.Report;

namespace Backup.Iac.Tests.Report;

/// <summary>The estate report (issue 18): golden HTML per example, DOM checks, determinism, the host and CLI hooks.</summary>
public sealed class ReportTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "backup-iac-report-" + Environment.ProcessId + "-" + Path.GetRandomFileName())).FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Render(BackupApp app) => EstateReport.Render(app, app.Synth().Diagnostics, new ReportOptions { FindRule = RuleBook.Find });

    [Theory]
    [MemberData(nameof(ReportExamples.Data), MemberType = typeof(ReportExamples))]
    public void Example_report_matches_its_golden_html(string name)
    {
        Golden.Match($"tests/Golden/{name}/report.html", ReportExamples.Synth(name, dir));
    }

    [Theory]
    [MemberData(nameof(ReportExamples.Data), MemberType = typeof(ReportExamples))]
    public void Example_report_is_self_contained_accessible_and_well_formed(string name)
    {
        var html = ReportExamples.Synth(name, dir);
        var dom = HtmlDom.Parse(html);

        // Self-contained: no script, no external resource, no font or stylesheet fetched.
        Assert.Empty(dom.Find("script"));
        Assert.Empty(dom.Find("link"));
        Assert.Empty(dom.Find("img"));
        Assert.DoesNotContain("http://", string.Concat(dom.All.SelectMany(e => e.Attributes.Values)), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", string.Concat(dom.All.SelectMany(e => e.Attributes.Values)), StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", html, StringComparison.Ordinal);

        // Headings: one h1, no level skipped.
        Assert.Single(dom.Find("h1"));
        var levels = dom.All.Where(e => e.Tag is "h1" or "h2" or "h3" or "h4").Select(e => e.Tag[1] - '0').ToList();
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]}");
        }

        // A table behind every chart, and every chart described for screen readers.
        foreach (var figure in dom.Find("figure").Where(f => f.HasClass("chart")))
        {
            var svg = Assert.Single(figure.Children, c => c.Tag == "svg");
            Assert.Equal("img", svg["role"]);
            Assert.False(string.IsNullOrWhiteSpace(svg["aria-label"]));
            var siblings = figure.Parent!.Children;
            Assert.Contains(siblings.Skip(siblings.IndexOf(figure) + 1), s => s.Tag == "table" || s.Tag == "p");
        }

        foreach (var table in dom.Find("table"))
        {
            Assert.Contains(table.Children, c => c.Tag == "caption");
            Assert.All(table.Descendants().Where(e => e.Tag == "th" && e.Ancestors().Any(a => a.Tag == "thead")), th => Assert.Equal("col", th["scope"]));
        }

        // Anchors resolve, ids are unique, rule links point at existing rule pages.
        var ids = dom.All.Select(e => e["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var href in dom.Find("a").Select(a => a["href"]).OfType<string>())
        {
            if (href.StartsWith('#'))
            {
                Assert.Contains(href[1..], ids);
            }
            else
            {
                Assert.Matches("^docs/rules/BKP[0-9]{4}\\.md$", href);
                Assert.True(File.Exists(Repo.PathOf(href.Split('/'))), href + " does not exist");
            }
        }

        // Printable: a print stylesheet; meaning never carried by colour alone (severities and verdicts are words).
        Assert.Contains("@media print", dom.Find("style").Single().Text, StringComparison.Ordinal);
        Assert.All(dom.All.Where(e => e.HasClass("sev")), e => Assert.Contains(e.Text, new[] { "error", "warning", "info" }));
    }

    [Fact]
    public void Quick_start_report_shows_coverage_retention_schedule_and_copies()
    {
        var app = QuickStart.QuickStartEstate.Build();
        var html = Render(app);
        var dom = HtmlDom.Parse(html);
        Assert.InRange(html.Length, 10_000, 100_000); // tens of KB

        // Coverage: the tag, the ARN pattern and its exclusion, the rules behind each selection.
        var coverage = dom.Find("table").Single(t => t.Children.Any(c => c.Tag == "caption" && c.Text.StartsWith("Selections", StringComparison.Ordinal)));
        var rows = coverage.Descendants().Where(e => e.Tag == "tr" && e.Parent?.Tag == "tbody").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("backup = prod", rows[0].Text, StringComparison.Ordinal);
        Assert.Contains("fs-0123456789abcdef0", rows[1].Text, StringComparison.Ordinal);
        Assert.Contains("EFS", rows[1].Text, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains("Monthly1Year", r.Text, StringComparison.Ordinal));

        // Retention: the monthly rule goes cold at 30 days and is deleted at 365, in a vault locked at 30 days to 10 years.
        var monthly = Row(dom, "Retention", "Monthly1Year");
        Assert.Contains("30 d", Cell(monthly, 3), StringComparison.Ordinal);
        Assert.Contains("365 d", Cell(monthly, 4), StringComparison.Ordinal);
        Assert.Equal("governance lock: at least 30 d, at most 10 y (3650 d)", Cell(monthly, 5));
        var copy = Row(dom, "Retention", "↳ copy to prod-dr");
        Assert.Contains("eu-central-1", copy.Text, StringComparison.Ordinal);
        Assert.Contains("BKP7052", copy.Text, StringComparison.Ordinal); // the diagnostic next to what it concerns
        var chart = dom.Find("figure").First(f => f.Ancestors().Any() && f.Descendants().Any(e => e.HasClass("cold")));
        static bool Drawn(HtmlDom.Element e) => e.Tag == "rect" && e.Children.Any(c => c.Tag == "title"); // the legend's swatches have no title
        Assert.Equal(4, chart.Descendants().Count(e => Drawn(e) && e.HasClass("warm"))); // 3 rules and the copy
        Assert.Single(chart.Descendants(), e => Drawn(e) && e.HasClass("cold"));

        // Schedule: daily at 05:00, Saturday, and the first of the month; 7 daily start windows on the week chart.
        Assert.Equal("every day at 05:00", Cell(Row(dom, "When each rule", "Daily"), 3));
        Assert.Equal("Sat at 05:00", Cell(Row(dom, "When each rule", "Weekly"), 3));
        Assert.StartsWith("day 1 of every month", Cell(Row(dom, "When each rule", "Monthly1Year"), 3), StringComparison.Ordinal);
        var week = dom.Find("svg").Single(s => (s["aria-label"] ?? "").StartsWith("A week", StringComparison.Ordinal));
        Assert.Equal(7 + 1 + 1, week.Descendants().Count(e => e.Tag == "rect" && e.HasClass("start"))); // daily x7, weekly x1, legend

        // Copy flows: one arrow from prod-primary to prod-dr, crossing the Region, kept 35 days.
        var flow = Row(dom, "Copy actions", "prod-daily-weekly-monthly · Daily");
        Assert.Equal(["prod-daily-weekly-monthly · Daily", "prod-primary111122223333 · eu-west-1", "prod-dr111122223333 · eu-central-1", "Region", "35 d"], flow.Children.Take(5).Select(c => c.Text));
        Assert.Single(dom.All, e => e.HasClass("flow"));
    }

    [Fact]
    public void Errors_are_drawn_beside_the_rule_they_concern_and_counted()
    {
        var app = TenMistakes.TenMistakesEstate.Build();
        var result = app.Synth();
        var html = EstateReport.Render(app, result.Diagnostics);
        var dom = HtmlDom.Parse(html);
        var monthly = Row(dom, "Retention", "Monthly1Year");
        Assert.Contains("BKP2204", monthly.Text, StringComparison.Ordinal);
        Assert.Contains(dom.Find("text"), t => t.HasClass("flag"));
        var errors = dom.Find("div").Single(d => d.Children.Any(c => c.Tag == "dt" && c.Text == "Errors"));
        Assert.Equal(result.Diagnostics.Count(d => d.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture), errors.Children.Single(c => c.Tag == "dd").Text);
        var listed = dom.Find("tr").Where(r => (r["id"] ?? "").StartsWith('d')).ToList();
        Assert.Equal(result.Diagnostics.Length, listed.Count);
    }

    [Fact]
    public void Report_is_deterministic_across_runs_and_cultures()
    {
        var first = Render(Compliance.ComplianceEstate.Build());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // Globalization is invariant in this repository, so a culture with German number formats is built by hand.
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            german.DateTimeFormat.AbbreviatedDayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
            CultureInfo.CurrentCulture = german;
            Assert.Equal(first, Render(Compliance.ComplianceEstate.Build()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture) + "-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_selecting_the_same_resources_are_listed_as_overlapping()
    {
        var app = new BackupApp();
        var stack = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var vault = stack.AddVault("Vault");
        var a = stack.AddPlan("A", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
        var b = stack.AddPlan("B", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Continuous(Duration.Days(14))] });
        var c = stack.AddPlan("C", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Weekly()] });
        a.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:dynamodb:eu-west-1:111122223333:table/*")] });
        b.AddSelection("Orders", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:dynamodb:eu-west-1:111122223333:table/orders")] });
        c.AddSelection("Other", new BackupSelectionOptions { Resources = [BackupResource.FromArn("arn:aws:dynamodb:eu-west-1:111122223333:table/other")], NotResources = [] });
        var dom = HtmlDom.Parse(Render(app));
        var overlap = Row(dom, "Resources selected by more than one plan", "arn:aws:dynamodb:eu-west-1:111122223333:table/orders");
        Assert.Contains("Prod/A (Tables)", overlap.Text, StringComparison.Ordinal);
        Assert.Contains("Prod/B (Orders)", overlap.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Prod/C", overlap.Text, StringComparison.Ordinal);
        Assert.Contains(dom.Find("rect"), r => r.HasClass("continuous") && r.Descendants().Any(t => t.Tag == "title" && t.Text.Contains("14 days", StringComparison.Ordinal)));
    }

    [Fact]
    public void Organization_report_shows_the_effective_policy_of_every_account()
    {
        var dom = HtmlDom.Parse(Render(Organization.OrganizationEstate.Build()));
        foreach (var account in new[] { "111111111111", "222222222222", "333333333333", "444444444444", "555555555555" })
        {
            Assert.Single(dom.Find("tr"), r => r.Children.FirstOrDefault()?.Text.Contains("(" + account + ")", StringComparison.Ordinal) == true);
        }

        var ledger = Row(dom, "The effective backup policy", "Ledger (444444444444)");
        Assert.Contains("finance-monthly", Cell(ledger, 2), StringComparison.Ordinal);
        Assert.Contains("deleted after 365 d", Cell(ledger, 3), StringComparison.Ordinal);
        var payments = Row(dom, "The effective backup policy", "Payments (222222222222)");
        Assert.Contains("deleted after 90 d", Cell(payments, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Member_stacks_are_drawn_where_their_StackSet_deploys_them()
    {
        var dom = HtmlDom.Parse(Render(OrgRollout.OrgRolloutEstate.Build()));
        var headings = dom.Find("h2").Select(h => h.Text).ToList();
        Assert.Contains("Member accounts of ou-a1b2-pr000001, ou-a1b2-dv000001 · us-east-1, eu-west-1 (StackSet MemberVaults)", headings);
        Assert.Contains("Member accounts of ou-a1b2-pr000001, ou-a1b2-dv000001 · us-east-1 (StackSet MemberRole)", headings);
        Assert.DoesNotContain(headings, h => h.Contains("set at deploy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compliance_report_shows_the_audit_verdict_of_each_control()
    {
        var app = Compliance.ComplianceEstate.Build();
        var audit = Audit.Evaluate(app);
        var dom = HtmlDom.Parse(Render(app));
        foreach (var control in audit.Frameworks.SelectMany(f => f.Controls))
        {
            var row = Row(dom, "Controls and the pre-deploy audit", control.ControlName);
            Assert.Contains(row.Descendants(), e => e.HasClass("verdict"));
        }
    }

    [Fact]
    public void Synth_writes_the_report_even_when_it_fails_and_writes_no_template()
    {
        var file = Path.Combine(dir, "r.html");
        var stdout = new StringWriter();
        var code = BackupAppHost.Run(TenMistakes.TenMistakesEstate.Build(), ["synth", "--out", Path.Combine(dir, "out"), "--report", file], stdout, new StringWriter(), color: false);
        Assert.Equal(1, code);
        Assert.Contains("BKP2204", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Report_command_reads_every_corpus_template_without_error()
    {
        var corpus = Path.Combine(Repo.Shared, "corpus", "cloudformation");
        Assert.True(Directory.Exists(corpus), corpus + " is missing");
        var file = Path.Combine(dir, "corpus.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Cli.CliApp.Run(["report", corpus, "--out", file], stdout, stderr);
        Assert.True(code == 0, stdout + "\n" + stderr);
        Assert.Equal("", stderr.ToString());
        var html = File.ReadAllText(file);
        var dom = HtmlDom.Parse(html);
        var files = Directory.GetFiles(corpus).Length;
        Assert.Equal(files, dom.Find("h3").Count(h => (h["id"] ?? "").StartsWith('s')));
        Assert.DoesNotContain("BKP9199", html, StringComparison.Ordinal); // no importer defect
        Assert.Contains(dom.Find("td"), td => System.Text.RegularExpressions.Regex.IsMatch(td.Text, "^[0-9]+:[0-9]+$")); // lint's line:column
    }

    [Fact]
    public void Report_command_rejects_bad_usage()
    {
        Assert.Equal(2, Cli.CliApp.Run(["report", "x.yaml"], new StringWriter(), new StringWriter()));
        Assert.Equal(2, Cli.CliApp.Run(["report", Path.Combine(dir, "missing.yaml"), "--out", Path.Combine(dir, "r.html")], new StringWriter(), new StringWriter()));
        Assert.False(File.Exists(Path.Combine(dir, "r.html")));
    }

    [Fact]
    public void Rendering_the_quick_start_takes_well_under_a_second()
    {
        var app = QuickStart.QuickStartEstate.Build();
        var diagnostics = app.Synth().Diagnostics;
        EstateReport.Render(app, diagnostics);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            EstateReport.Render(app, diagnostics);
        }

        output.WriteLine($"quick start report: {EstateReport.Render(app, diagnostics).Length} characters, {watch.Elapsed.TotalMilliseconds / 10:F1} ms per render");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"10 renders took {watch.Elapsed}");
    }

    /// <summary>The body row of the table whose caption starts with <paramref name="caption"/> and whose first cell starts with <paramref name="first"/>.</summary>
    private static HtmlDom.Element Row(HtmlDom dom, string caption, string first)
    {
        var tables = dom.Find("table").Where(t => t.Children.Any(c => c.Tag == "caption" && c.Text.StartsWith(caption, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(tables);
        var rows = tables.SelectMany(t => t.Descendants()).Where(e => e.Tag == "tr" && e.Parent?.Tag == "tbody" && e.Children[0].Text.StartsWith(first, StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count > 0, $"no row '{first}' in '{caption}'");
        return rows[0];
    }

    private static string Cell(HtmlDom.Element row, int index) => row.Children[index].Text;
}
