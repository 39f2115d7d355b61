namespace Backup.Iac.Report;

/// <summary>
/// Governance: frameworks and their controls with the pre-deploy audit's verdicts, report plans, AWS Organizations
/// backup policies and, on the organization tree they are attached to, the effective policy of each account.
/// </summary>
internal static class Governance
{
    public static void Write(Html h, Estate estate)
    {
        h.Line("<section class=\"card\" id=\"governance\"><h2>Governance</h2>");
        var any = false;
        foreach (var source in estate.Sources.Where(s => s.App is not null))
        {
            var app = source.App!;
            var prefix = estate.Sources.Count > 1 ? source.Name + ": " : "";
            if (app.Descendants().Any(c => c is Framework or ReportPlan))
            {
                any = true;
                var audit = Audit.Evaluate(app);
                Frameworks(h, estate, source, audit, prefix);
                ReportPlans(h, estate, source, audit, prefix);
            }

            var policies = app.Descendants().OfType<BackupPolicy>().ToList();
            if (policies.Count > 0)
            {
                any = true;
                Policies(h, estate, source, policies, prefix);
            }
        }

        var trees = estate.Sources.Where(s => s.App is not null)
            .SelectMany(s => s.App!.Descendants().OfType<BackupPolicy>().SelectMany(p => p.Props.Targets.OfType<OrganizationNode>()).Select(n => n.Tree))
            .Prepend(estate.Options.Organization).OfType<OrganizationTree>().Distinct().ToList();
        foreach (var tree in trees)
        {
            any = true;
            Effective(h, estate, tree);
        }

        if (!any)
        {
            h.Line("<p class=\"muted\">No framework, report plan or Organizations backup policy in this estate.</p>");
        }

        h.Line("</section>");
    }

    private static string Verdict(ComplianceStatus s) => s switch
    {
        ComplianceStatus.Compliant => "compliant",
        ComplianceStatus.NonCompliant => "non-compliant",
        ComplianceStatus.RunTimeOnly => "judged at run time",
        _ => "insufficient data",
    };

    private static void VerdictBadge(Html h, ComplianceStatus s) =>
        h.Raw("<span class=\"verdict v-").Raw(s.ToString().ToLowerInvariant()).Raw("\">").Text(Verdict(s)).Raw("</span>");

    private static void Frameworks(Html h, Estate estate, ReportSource source, AuditReport audit, string prefix)
    {
        foreach (var f in audit.Frameworks)
        {
            h.Raw("<h3 id=\"").Raw(Html.Id("fw-", prefix + f.Path)).Raw("\">").Text(prefix + "Framework " + f.FrameworkName).Raw(" ");
            VerdictBadge(h, f.Status);
            h.Line("</h3>");
            h.Raw("<p class=\"muted\">").Text(f.Path + " · " + f.Environment + " · AWS Config recording: " + f.Recording.ToString()).Line("</p>");
            h.Line("<table class=\"grid\"><caption>Controls and the pre-deploy audit's verdicts</caption><thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Verdict</th><th scope=\"col\">Requirement</th><th scope=\"col\">Findings</th></tr></thead><tbody>");
            foreach (var c in f.Controls)
            {
                h.Raw("<tr><th scope=\"row\">").Text(c.ControlName).Raw("</th><td>");
                VerdictBadge(h, c.Status);
                h.Raw("</td><td>").Text(c.Requirement).Raw(c.RunTimeNote is { } note ? "<br><span class=\"muted\">" + Html.Escape(note) + "</span>" : "").Raw("</td><td>");
                if (c.Findings.Length == 0)
                {
                    h.Raw("<span class=\"muted\">—</span>");
                }
                else
                {
                    h.Raw("<ul class=\"plain\">");
                    foreach (var x in c.Findings)
                    {
                        h.Raw("<li>");
                        VerdictBadge(h, x.Status);
                        h.Raw(" <code>").Text(x.Path).Raw("</code> ").Text(x.Reason).Raw("</li>");
                    }

                    h.Raw("</ul>");
                }

                h.Line("</td></tr>");
            }

            h.Line("</tbody></table>");
            Parts.Inline(h, estate, estate.At(source, f.Path));
        }
    }

    private static void ReportPlans(Html h, Estate estate, ReportSource source, AuditReport audit, string prefix)
    {
        if (audit.ReportPlans.Length == 0)
        {
            return;
        }

        h.Line($"<h3>{Html.Escape(prefix)}Report plans</h3>");
        h.Line("<table class=\"grid\"><caption>Report plans: what AWS Backup Audit Manager reports, and where</caption><thead><tr><th scope=\"col\">Report plan</th><th scope=\"col\">Template</th><th scope=\"col\">Delivery</th><th scope=\"col\">Frameworks</th><th scope=\"col\">Notes and diagnostics</th></tr></thead><tbody>");
        foreach (var r in audit.ReportPlans)
        {
            h.Raw("<tr><th scope=\"row\">").Text(r.ReportPlanName).Raw("</th><td>").Text(r.Template).Raw("</td><td>").Text(r.Delivery).Raw("</td><td>")
                .Text(r.Frameworks.Length == 0 ? "—" : string.Join(", ", r.Frameworks)).Raw("</td><td>");
            foreach (var n in r.Notes)
            {
                h.Raw("<p class=\"note\">").Text(n).Raw("</p>");
            }

            Parts.Inline(h, estate, estate.At(source, r.Path));
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static void Policies(Html h, Estate estate, ReportSource source, List<BackupPolicy> policies, string prefix)
    {
        h.Line($"<h3>{Html.Escape(prefix)}Organizations backup policies</h3>");
        h.Line("<table class=\"grid\"><caption>Backup policies and where they are attached</caption><thead><tr><th scope=\"col\">Policy</th><th scope=\"col\">Attached to</th><th scope=\"col\">Plans and rules</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var p in policies)
        {
            h.Raw("<tr><th scope=\"row\">").Text(p.PolicyName).Raw("<br><span class=\"muted\">").Text(p.Props.Description).Raw("</span></th><td>")
                .Text(string.Join(", ", p.Props.Targets.Select(t => t is OrganizationNode n ? n.ToString() : t.TargetId))).Raw("</td><td>");
            PlanSummary(h, p.Props.Document);
            h.Raw("</td><td>");
            var diags = estate.At(source, p.Path);
            Parts.Worst(h, diags);
            Parts.Inline(h, estate, diags);
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static void Effective(Html h, Estate estate, OrganizationTree tree)
    {
        h.Line($"<h3 id=\"{Html.Id("org-", tree.Root.Id)}\">Organization {Html.Escape(tree.Root.Id)}: effective policy per account</h3>");
        h.Line("<p>The organization tree, with the policies attached at each level:</p>");
        h.Raw("<ul class=\"tree\">");
        Node(h, tree, tree.Root);
        h.Line("</ul>");
        h.Line("<table class=\"grid\"><caption>The effective backup policy of each account (inherited and merged as AWS Organizations does)</caption><thead><tr><th scope=\"col\">Account</th><th scope=\"col\">Path</th><th scope=\"col\">Policies applied</th><th scope=\"col\">Effective plans</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var account in tree.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var effective = EffectivePolicy.For(tree, account.Id);
            h.Raw("<tr><th scope=\"row\">").Text(account.ToString()).Raw("</th><td>").Text(string.Join(" / ", account.PathFromRoot.Select(n => n.Name))).Raw("</td><td>")
                .Text(effective.Applied.Count == 0 ? "none" : string.Join(", ", effective.Applied.Select(a => a.Policy?.PolicyName ?? a.Name))).Raw("</td><td>");
            PlanSummary(h, effective.Policy);
            h.Raw("<pre class=\"json\" aria-label=\"Effective policy JSON\">").Text(effective.Json.TrimEnd()).Raw("</pre></td><td>");
            var diags = effective.Diagnostics.Select(d => new Diag(d, estate.Sources[0], null, 0)).ToList();
            if (diags.Count == 0)
            {
                h.Raw("<span class=\"ok\">none</span>");
            }
            else
            {
                h.Raw("<ul class=\"diags\">");
                foreach (var d in diags)
                {
                    h.Raw("<li>");
                    Parts.Badge(h, d.D.Severity);
                    h.Raw(" ");
                    Parts.CodeLink(h, estate, d.D.Code);
                    h.Raw(" ").Text(d.D.Message).Raw("</li>");
                }

                h.Raw("</ul>");
            }

            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static void Node(Html h, OrganizationTree tree, OrganizationNode node)
    {
        var kind = node.Kind switch
        {
            OrganizationNodeKind.Root => "root",
            OrganizationNodeKind.OrganizationalUnit => "OU",
            _ => "account",
        };
        h.Raw("<li><span class=\"chip\">").Raw(kind).Raw("</span> ").Text(node.ToString());
        foreach (var a in tree.Attachments.Where(a => ReferenceEquals(a.Target, node)))
        {
            h.Raw(" <span class=\"chip chip-policy\">policy</span> ").Text(a.Policy?.PolicyName ?? a.Name);
        }

        if (node.Children.Count > 0)
        {
            h.Raw("<ul>");
            foreach (var child in node.Children)
            {
                Node(h, tree, child);
            }

            h.Raw("</ul>");
        }

        h.Raw("</li>");
    }

    private static void PlanSummary(Html h, BackupPolicyDocument document)
    {
        if (document.Plans.Count == 0)
        {
            h.Raw("<span class=\"muted\">no plan</span>");
            return;
        }

        h.Raw("<ul class=\"plain\">");
        foreach (var name in document.Plans.Keys.Order(StringComparer.Ordinal))
        {
            var plan = document.Plans[name];
            h.Raw("<li><strong>").Text(name).Raw("</strong>");
            if (plan.Regions is { } regions)
            {
                h.Raw(" <span class=\"muted\">in ").Text(string.Join(", ", regions.Values)).Raw("</span>");
            }

            foreach (var ruleName in (plan.Rules?.Keys ?? []).Order(StringComparer.Ordinal))
            {
                var r = plan.Rules![ruleName];
                var parts = new List<string>();
                if (r.ScheduleExpression?.Text is { } s)
                {
                    parts.Add(s);
                }

                if (r.TargetBackupVaultName?.Text is { } v)
                {
                    parts.Add("into " + v);
                }

                if (r.Lifecycle?.MoveToColdStorageAfterDays?.Text is { } cold)
                {
                    parts.Add("cold after " + cold + " d");
                }

                if (r.Lifecycle?.DeleteAfterDays?.Text is { } del)
                {
                    parts.Add("deleted after " + del + " d");
                }

                foreach (var copy in (r.CopyActions?.Keys ?? []).Order(StringComparer.Ordinal))
                {
                    var keep = r.CopyActions![copy].Lifecycle?.DeleteAfterDays?.Text;
                    parts.Add("copy to " + copy + (keep is null ? "" : " kept " + keep + " d"));
                }

                h.Raw("<br>rule <em>").Text(ruleName).Raw("</em>: ").Text(parts.Count == 0 ? "inherits its settings" : string.Join("; ", parts));
            }

            h.Raw("</li>");
        }

        h.Raw("</ul>");
    }
}
