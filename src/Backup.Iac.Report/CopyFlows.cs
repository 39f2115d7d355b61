namespace Backup.Iac.Report;

/// <summary>
/// Copy flows: vaults as nodes in one column per account and Region (air-gapped and locked vaults marked, vaults outside
/// the estate dashed), copy actions as arrows labelled with their retention; the table after the chart holds the same facts.
/// </summary>
internal static class CopyFlows
{
    private const double NodeWidth = 260;
    private const double NodeHeight = 44;
    private const double ColumnWidth = 440;
    private const double RowGap = 34;
    private const double Top = 44;

    private sealed record Edge(VaultView From, VaultView To, string RuleName, string Rule, string Retention, StackView Stack, IReadOnlyList<Diag> Diags);

    public static void Write(Html h, Estate estate)
    {
        var edges = EdgesOf(estate);
        var nodes = estate.Vaults.ToList();
        h.Line("<section class=\"card\" id=\"copy-flows\"><h2>Copy flows</h2>");
        if (nodes.Count == 0)
        {
            h.Line("<p class=\"muted\">No vault in this estate.</p></section>");
            return;
        }

        h.Line("<p>Each box is a vault, in a column per account and Region; each arrow is a copy action, labelled with the rule and how long the copy is kept. A dashed box is a vault outside this estate (referenced by ARN or name).</p>");
        // Where copies start first, then the estate's other accounts and Regions, then those it only copies to: arrows run left to right.
        var sources = edges.Select(e => e.From.Env).ToHashSet();
        var order = estate.Environments.Select(g => g.Key).ToList();
        var columns = nodes.GroupBy(n => n.Env)
            .OrderBy(g => sources.Contains(g.Key) ? 0 : g.Any(n => n.Defined) ? 1 : 2)
            .ThenBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(g => g.Key).ToList();
                var tallest = columns.Max(c => c.Count());
        var usedWidth = columns.Count * ColumnWidth - (ColumnWidth - NodeWidth) + 80;
        var height = Top + tallest * (NodeHeight + RowGap) + 40;
        var place = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var i = 0;
            foreach (var n in columns[c])
            {
                place[n.Key] = (40 + c * ColumnWidth, Top + i++ * (NodeHeight + RowGap));
            }
        }

        var width = Math.Max(usedWidth, 700);
        h.Raw("<figure class=\"chart\"><svg viewBox=\"0 0 ").Raw(Html.N(width)).Raw(" ").Raw(Html.N(height))
            .Raw("\" style=\"max-width:").Raw(Html.N(width)).Raw("px\" role=\"img\" aria-label=\"Vaults and the copy actions between them; the table below holds the same data.\">");
        h.Raw("<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrowhead\"/></marker></defs>");
        for (var c = 0; c < columns.Count; c++)
        {
            h.Raw("<text class=\"column\" x=\"").Raw(Html.N(40 + c * ColumnWidth)).Raw("\" y=\"24\">").Text(columns[c].Key.PlainLabel).Raw("</text>");
        }

        foreach (var n in nodes)
        {
            var (x, y) = place[n.Key];
            var cls = "vault" + (n.AirGapped is not null ? " airgapped" : "") + (n.Vault?.Props.Lock is not null ? " locked" : "") + (n.Defined ? "" : " external");
            h.Raw("<g class=\"").Raw(cls).Raw("\"><title>").Text(n.Defined ? n.Path : "outside this estate").Raw("</title>");
            h.Raw("<rect x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y)).Raw("\" width=\"").Raw(Html.N(NodeWidth)).Raw("\" height=\"").Raw(Html.N(NodeHeight)).Raw("\" rx=\"6\"/>");
            h.Raw("<text class=\"name\" x=\"").Raw(Html.N(x + 10)).Raw("\" y=\"").Raw(Html.N(y + 18)).Raw("\">").Text(Trim(n.Name, 30)).Raw("</text>");
            h.Raw("<text class=\"kind\" x=\"").Raw(Html.N(x + 10)).Raw("\" y=\"").Raw(Html.N(y + 35)).Raw("\">").Text(Kind(n)).Raw("</text></g>");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            var (fx, fy) = place[e.From.Key];
            var (tx, ty) = place[e.To.Key];
            var pair = e.From.Key + ">" + e.To.Key;
            var k = seen[pair] = seen.GetValueOrDefault(pair) + 1;
            var sy = fy + NodeHeight / 2 + (k - 1) * 6 - 3;
            var ey = ty + NodeHeight / 2 + (k - 1) * 6 - 3;
            string d;
            double lx, ly;
            if (fx == tx)
            {
                var sx = fx + NodeWidth;
                var bulge = 60 + k * 14;
                d = "M" + Html.N(sx) + " " + Html.N(sy) + " C" + Html.N(sx + bulge) + " " + Html.N(sy) + " " + Html.N(sx + bulge) + " " + Html.N(ey) + " " + Html.N(sx + 2) + " " + Html.N(ey);
                (lx, ly) = (sx + bulge * 0.75 + 4, (sy + ey) / 2);
            }
            else
            {
                var forward = tx > fx;
                var sx = forward ? fx + NodeWidth : fx;
                var ex = forward ? tx - 2 : tx + NodeWidth + 2;
                var mid = (sx + ex) / 2;
                d = "M" + Html.N(sx) + " " + Html.N(sy) + " C" + Html.N(mid) + " " + Html.N(sy) + " " + Html.N(mid) + " " + Html.N(ey) + " " + Html.N(ex) + " " + Html.N(ey);
                (lx, ly) = (mid, (sy + ey) / 2 - 6 + (k - 1) * 14);
            }

            var error = e.Diags.Any(x => x.D.Severity == Severity.Error);
            h.Raw("<g class=\"flow").Raw(error ? " bad" : "").Raw("\"><title>").Text(e.Rule + ": " + e.From.Name + " to " + e.To.Name + ", kept " + e.Retention).Raw("</title>");
            h.Raw("<path d=\"").Raw(d).Raw("\" marker-end=\"url(#arrowhead)\"/>");
            h.Raw("<text x=\"").Raw(Html.N(lx)).Raw("\" y=\"").Raw(Html.N(ly)).Raw("\" text-anchor=\"middle\" class=\"flow-label\">").Text(Trim(e.RuleName, 22) + " · " + e.Retention).Raw("</text></g>");
        }

        h.Line("</svg></figure>");
        if (edges.Count == 0)
        {
            h.Line("<p class=\"muted\">No rule copies its recovery points.</p>");
        }
        else
        {
            h.Line("<table class=\"grid\"><caption>Copy actions (the chart's arrows)</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">From vault</th><th scope=\"col\">To vault</th><th scope=\"col\">Crosses</th><th scope=\"col\">Copy kept</th><th scope=\"col\">Destination</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
            foreach (var e in edges)
            {
                var crosses = new List<string>();
                if (e.From.Env.Account != e.To.Env.Account)
                {
                    crosses.Add("account");
                }

                if (e.From.Env.Region != e.To.Env.Region)
                {
                    crosses.Add("Region");
                }

                h.Raw("<tr><th scope=\"row\">").Text(e.Rule).Raw("</th><td>").Text(e.From.Name).Raw("<br><span class=\"muted\">").Text(e.From.Env.PlainLabel).Raw("</span></td><td>")
                    .Text(e.To.Name).Raw("<br><span class=\"muted\">").Text(e.To.Env.PlainLabel).Raw("</span></td><td>").Text(crosses.Count == 0 ? "nothing (same account and Region)" : string.Join(" and ", crosses))
                    .Raw("</td><td>").Text(e.Retention).Raw("</td><td>").Text(Kind(e.To)).Raw("</td><td>");
                Parts.Worst(h, e.Diags);
                Parts.Inline(h, estate, e.Diags);
                h.Line("</td></tr>");
            }

            h.Line("</tbody></table>");
        }

        h.Line("</section>");
    }

    private static List<Edge> EdgesOf(Estate estate)
    {
        var edges = new List<Edge>();
        foreach (var stack in estate.Stacks)
        {
            foreach (var plan in stack.Stack.Children.OfType<BackupPlan>())
            {
                for (var i = 0; i < plan.Rules.Count; i++)
                {
                    var rule = plan.Rules[i];
                    if ((rule.LogicallyAirGappedVault ?? plan.VaultOf(i)) is not { } source)
                    {
                        continue;
                    }

                    var from = estate.Resolve(source, stack);
                    for (var c = 0; c < rule.CopyActions.Count; c++)
                    {
                        var copy = rule.CopyActions[c];
                        var to = estate.Resolve(copy.Destination, stack);
                        var delete = copy.Lifecycle?.DeleteAfter;
                        var kept = copy.Lifecycle is null ? "until deleted" : delete is null ? "no expiry" : Parts.Days(delete);
                        var path = plan.Path + "/Rules[" + plan.RuleNameAt(i) + "]/CopyActions[" + Html.I(c) + "]";
                        edges.Add(new Edge(from, to, plan.RuleNameAt(i), plan.BackupPlanName + " · " + plan.RuleNameAt(i), kept, stack, estate.At(stack.Source, path)));
                    }
                }
            }
        }

        return edges;
    }

    private static string Kind(VaultView v)
    {
        if (v.AirGapped is not null)
        {
            return "AIR-GAPPED · " + Parts.Compact(v.AirGapped.Props.MinRetention) + " to " + Parts.Compact(v.AirGapped.Props.MaxRetention);
        }

        if (v.Vault?.Props.Lock is { } l)
        {
            return (l.Mode == VaultLockMode.Compliance ? "LOCKED compliance" : "LOCKED governance")
                + " · " + (l.MinRetention is { } min ? Parts.Compact(min) : "0") + " to " + (l.MaxRetention is { } max ? Parts.Compact(max) : "any");
        }

        return v.Defined ? "vault, no lock" : "outside this estate";
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
