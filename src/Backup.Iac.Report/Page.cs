namespace Backup.Iac.Report;

/// <summary>The page: header with the figures, contents, one section per account and Region, copy flows, governance, all diagnostics.</summary>
internal static class Page
{
    public static string Write(Estate estate)
    {
        var h = new Html();
        var title = estate.Options.Title;
        h.Line("<!DOCTYPE html>");
        h.Line("<html lang=\"en\">");
        h.Line("<head>");
        h.Line("<meta charset=\"utf-8\">");
        h.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.Line("<meta name=\"generator\" content=\"Backup.Iac estate report\">");
        h.Line("<title>" + Html.Escape(title) + "</title>");
        h.Line("<style>");
        h.Raw(Styles.Css).Line();
        h.Line("</style>");
        h.Line("</head>");
        h.Line("<body>");
        h.Line(Styles.Patterns);
        Header(h, estate, title);
        Contents(h, estate);
        h.Line("<main>");
        foreach (var env in estate.Environments)
        {
            Environment(h, estate, env);
        }

        if (estate.Stacks.Count == 0)
        {
            h.Line("<section class=\"card\"><h2>Stacks</h2><p class=\"muted\">No stack: nothing could be read.</p></section>");
        }

        CopyFlows.Write(h, estate);
        Governance.Write(h, estate);
        AllDiagnostics(h, estate);
        h.Line("</main>");
        h.Line("<footer>Written by Backup.Iac from the validated model. Rule pages: <code>" + Html.Escape(estate.Options.RuleLinkBase) + "CODE.md</code>, or <code>backup-iac explain CODE</code>. No timestamp: the same estate gives the same page.</footer>");
        h.Line("</body>");
        h.Line("</html>");
        return h.ToString();
    }

    private static void Header(Html h, Estate estate, string title)
    {
        var stacks = estate.Stacks.Select(s => s.Stack).ToList();
        var all = stacks.SelectMany(s => s.Descendants()).ToList();
        var plans = all.OfType<BackupPlan>().ToList();
        h.Line("<header class=\"top\">");
        h.Line("<h1>" + Html.Escape(title) + "</h1>");
        var sources = estate.Sources.Where(s => !string.IsNullOrEmpty(s.Name)).Select(s => s.Name).ToList();
        h.Line("<p>" + Parts.Plural(estate.Environments.Count, "account and Region", "accounts and Regions") + ", " + Parts.Plural(stacks.Count, "stack", "stacks")
            + (sources.Count > 0 ? " from " + Parts.Plural(sources.Count, "file", "files") : "") + ".</p>");
        h.Line("<dl class=\"stats\">");
        Stat(h, "Vaults", all.Count(c => c is BackupVault or LogicallyAirGappedBackupVault), "");
        Stat(h, "Plans", plans.Count, "");
        Stat(h, "Rules", plans.Sum(p => p.Rules.Count), "");
        Stat(h, "Copies", plans.Sum(p => p.Rules.Sum(r => r.CopyActions.Count)), "");
        Stat(h, "Selections", all.Count(c => c is BackupSelection), "");
        Stat(h, "Frameworks", all.Count(c => c is Framework), "");
        Stat(h, "Errors", estate.Diagnostics.Count(d => d.D.Severity == Severity.Error), "e");
        Stat(h, "Warnings", estate.Diagnostics.Count(d => d.D.Severity == Severity.Warning), "w");
        Stat(h, "Infos", estate.Diagnostics.Count(d => d.D.Severity == Severity.Info), "");
        h.Line("</dl>");
        h.Line("</header>");
    }

    private static void Stat(Html h, string label, int value, string cls) =>
        h.Line("<div" + (cls.Length > 0 ? " class=\"" + cls + "\"" : "") + "><dt>" + label + "</dt><dd>" + Html.I(value) + "</dd></div>");

    private static void Contents(Html h, Estate estate)
    {
        h.Raw("<nav class=\"toc\" aria-label=\"Contents\"><ol>");
        foreach (var env in estate.Environments)
        {
            h.Raw("<li><a href=\"#").Raw(EnvAnchor(env.Key)).Raw("\">").Raw(env.Key.Label).Raw("</a></li>");
        }

        h.Raw("<li><a href=\"#copy-flows\">Copy flows</a></li><li><a href=\"#governance\">Governance</a></li><li><a href=\"#diagnostics\">Diagnostics</a></li>");
        h.Line("</ol></nav>");
    }

    private static string EnvAnchor(Env env) => Html.Id("env-", env.Members ?? (env.Account ?? "deploy") + "-" + (env.Region ?? "deploy"));

    private static void Environment(Html h, Estate estate, IGrouping<Env, StackView> env)
    {
        var anchor = EnvAnchor(env.Key);
        h.Line($"<section class=\"card\" id=\"{anchor}\">");
        h.Line("<h2>" + env.Key.Label[..1].ToUpperInvariant() + env.Key.Label[1..] + "</h2>");
        foreach (var stack in env)
        {
            h.Line($"<h3 id=\"{stack.Anchor}\">Stack {Html.Escape(stack.Title)}</h3>");
            if (stack.Stack.Props.Description is { } description)
            {
                h.Line("<p class=\"muted\">" + Html.Escape(description) + "</p>");
            }

            Parts.Inline(h, estate, estate.Diagnostics.Where(d => ReferenceEquals(d.Source, stack.Source) && d.D.Path == stack.Stack.Path).ToList());
            Vaults(h, estate, stack);
            if (stack.Stack.Children.OfType<BackupPlan>().Any())
            {
                Coverage.Write(h, estate, stack);
                Retention.Write(h, estate, stack);
                ScheduleChart.Write(h, estate, stack);
            }
            else
            {
                h.Line("<p class=\"muted\">No backup plan in this stack: nothing to cover, retain or schedule.</p>");
            }

            Others(h, estate, stack);
        }

        if (env.Any(s => s.Stack.Children.OfType<BackupPlan>().Any()))
        {
            Coverage.WriteOverlaps(h, env, anchor + "-overlaps");
        }
        h.Line("</section>");
    }

    private static void Vaults(Html h, Estate estate, StackView stack)
    {
        var vaults = stack.Stack.Descendants().Where(c => c is BackupVault or LogicallyAirGappedBackupVault).ToList(); // a plan's own vault (Plan/Vault) too
        h.Line($"<h4 id=\"{stack.Anchor}-vaults\">Vaults</h4>");
        if (vaults.Count == 0)
        {
            h.Line("<p class=\"muted\">No vault in this stack.</p>");
            return;
        }

        h.Line("<table class=\"grid\"><caption>Vaults of the stack</caption><thead><tr><th scope=\"col\">Vault</th><th scope=\"col\">Kind and lock</th><th scope=\"col\">Encryption</th><th scope=\"col\">Notifications</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var c in vaults)
        {
            var (name, kind, key, notes) = c switch
            {
                BackupVault v => (v.VaultName, v.Props.Lock is { } l
                    ? (l.Mode == VaultLockMode.Compliance ? "locked, compliance mode" : "locked, governance mode") + ": " + Range(l.MinRetention, l.MaxRetention)
                        + (l.ChangeableFor is { } cf ? "; immutable " + Parts.Days(cf) + " after deploy" : "")
                    : "backup vault, no lock", v.Props.EncryptionKeyArn, v.Props.Notifications),
                LogicallyAirGappedBackupVault a => (a.VaultName, "logically air-gapped: " + Range(a.Props.MinRetention, a.Props.MaxRetention), a.Props.EncryptionKeyArn, a.Props.Notifications),
                _ => ("", "", null, null),
            };
            var diags = estate.At(stack.Source, c.Path);
            h.Raw("<tr><th scope=\"row\">").Text(name).Raw("</th><td>").Text(kind).Raw("</td><td>")
                .Raw(key is null ? "AWS owned key" : "<code class=\"arn\">" + Html.Escape(key) + "</code>").Raw("</td><td>")
                .Text(notes is null ? "—" : string.Join(", ", notes.Events.Select(e => e.ToString()).Order(StringComparer.Ordinal)))
                .Raw("</td><td>");
            Parts.Worst(h, diags);
            Parts.Inline(h, estate, diags);
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static string Range(Duration? min, Duration? max) =>
        "retention " + (min is { } a ? Parts.Days(a) : "0") + " to " + (max is { } b ? Parts.Days(b) : "unbounded");

    /// <summary>The stack's other constructs (restore testing, legal holds, settings, raw resources) with their diagnostics.</summary>
    private static void Others(Html h, Estate estate, StackView stack)
    {
        // A selection of the stack (BackupStack.AddSelection) is shown with its plan, as a plan's own selections are.
        var others = stack.Stack.Children.Where(c => c is not (BackupVault or LogicallyAirGappedBackupVault or BackupPlan or BackupSelection or Framework or ReportPlan or BackupPolicy)).ToList();
        if (others.Count == 0)
        {
            return;
        }

        h.Line($"<h4 id=\"{stack.Anchor}-other\">Other resources</h4>");
        h.Line("<table class=\"grid\"><caption>Other resources of the stack</caption><thead><tr><th scope=\"col\">Resource</th><th scope=\"col\">Kind</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var c in others)
        {
            var diags = estate.At(stack.Source, c.Path);
            h.Raw("<tr><th scope=\"row\">").Text(c.Id).Raw("</th><td>").Text(Words(c.GetType().Name)).Raw("</td><td>");
            Parts.Worst(h, diags);
            Parts.Inline(h, estate, diags);
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static string Words(string typeName) =>
        string.Concat(typeName.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(typeName[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static void AllDiagnostics(Html h, Estate estate)
    {
        h.Line("<section class=\"card\" id=\"diagnostics\"><h2>Diagnostics</h2>");
        if (estate.Diagnostics.Count == 0)
        {
            h.Line("<p>No diagnostic: every check passed.</p></section>");
            return;
        }

        h.Line("<p>Every diagnostic, in the order validation reported it. Each code links to its rule page; the same diagnostics appear above beside what they concern.</p>");
        var located = estate.Diagnostics.Any(d => d.Location is not null);
        var several = estate.Sources.Count > 1;
        h.Line("<table class=\"grid\"><caption>All diagnostics</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Severity</th><th scope=\"col\">Code</th>"
            + (several ? "<th scope=\"col\">File</th>" : "") + (located ? "<th scope=\"col\">Line:column</th>" : "") + "<th scope=\"col\">Where</th><th scope=\"col\">Message</th></tr></thead><tbody>");
        foreach (var d in estate.Diagnostics)
        {
            h.Raw("<tr id=\"d").Raw(Html.I(d.Number)).Raw("\"><td>").Raw(Html.I(d.Number)).Raw("</td><td>");
            Parts.Badge(h, d.D.Severity);
            h.Raw("</td><td>");
            Parts.CodeLink(h, estate, d.D.Code);
            h.Raw("</td>");
            if (several)
            {
                h.Raw("<td>").Text(d.Source.Name).Raw("</td>");
            }

            if (located)
            {
                h.Raw("<td>").Text(d.Location ?? "").Raw("</td>");
            }

            h.Raw("<td><code>").Text(d.D.Location.Length == 0 ? "(file)" : d.D.Location).Raw("</code></td><td>").Text(d.D.Message)
                .Raw(d.D.ConstraintId is { } id ? " <span class=\"muted\">[" + Html.Escape(id) + "]</span>" : "").Line("</td></tr>");
        }

        h.Line("</tbody></table></section>");
    }
}
