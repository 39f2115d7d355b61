namespace Backup.Iac.Report;

/// <summary>
/// Retention timelines: per rule and per copy, a bar from day 0 (warm, then cold, then deletion) on one time axis per
/// stack, with the bounds the target vault accepts (its lock, or an air-gapped vault's retention) drawn under it, and
/// continuous backups drawn as such. The table after the chart holds the same facts.
/// </summary>
internal static class Retention
{
    private const double Width = 1100;
    private const double Left = 300;
    private const double Right = 990;
    private const double Top = 34;
    private const double RowHeight = 38;
    private static readonly long[] Ends = [35, 90, 180, 365, 730, 1095, 1825, 2555, 3650, 7300, 36500];
    private static readonly long[] Ticks = [0, 7, 35, 90, 180, 365, 730, 1095, 1825, 2555, 3650, 7300, 36500];

    /// <summary>One bar: a rule's backup or one of its copies.</summary>
    private sealed record Row(string Anchor, string Label, string Sub, string Detail, bool IsCopy, bool Continuous, Lifecycle? Lifecycle, VaultView Vault, IReadOnlyList<Diag> Diags);

    public static string RuleAnchor(StackView stack, BackupPlan plan, int index) => Html.Id(stack.Anchor + "-r-", plan.Id + "-" + Html.I(index));

    public static void Write(Html h, Estate estate, StackView stack)
    {
        var rows = RowsOf(estate, stack);
        h.Line($"<h4 id=\"{stack.Anchor}-retention\">Retention</h4>");
        if (rows.Count == 0)
        {
            h.Line("<p class=\"muted\">No backup rule in this stack.</p>");
            return;
        }

        var end = (double)Ends.FirstOrDefault(e => e >= MaxDays(rows), Ends[^1]);
        double X(double days) => Left + (Right - Left) * Math.Sqrt(Math.Min(days, end) / end);
        var height = Top + rows.Count * RowHeight + 44;
        h.Raw("<figure class=\"chart\"><svg viewBox=\"0 0 ").Raw(Html.N(Width)).Raw(" ").Raw(Html.N(height))
            .Raw("\" role=\"img\" aria-label=\"Retention timeline of each rule and copy; the table below holds the same data.\">");
        h.Raw("<g class=\"axis\">");
        var last = double.NegativeInfinity;
        foreach (var t in Ticks.Where(t => t <= end))
        {
            var x = X(t);
            if (x - last < 38 && t != (long)end)
            {
                continue;
            }

            last = x;
            h.Raw("<line x1=\"").Raw(Html.N(x)).Raw("\" y1=\"").Raw(Html.N(Top - 6)).Raw("\" x2=\"").Raw(Html.N(x)).Raw("\" y2=\"").Raw(Html.N(Top + rows.Count * RowHeight)).Raw("\"/>");
            h.Raw("<text x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(Top - 12)).Raw("\" text-anchor=\"middle\">").Text(Parts.AxisDays(t)).Raw("</text>");
        }

        h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(Top - 12)).Raw("\" text-anchor=\"end\" class=\"axis-title\">days after the backup (square-root scale)</text>");
        h.Raw("</g>");
        for (var i = 0; i < rows.Count; i++)
        {
            DrawRow(h, rows[i], Top + i * RowHeight, X, end);
        }

        Legend(h, Top + rows.Count * RowHeight + 18);
        h.Line("</svg></figure>");
        Table(h, estate, rows);
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
                var rulePath = plan.Path + "/Rules[" + name + "]";
                var target = rule.LogicallyAirGappedVault ?? plan.VaultOf(i);
                var vault = target is null ? null : estate.Resolve(target, stack);
                var own = estate.At(stack.Source, rulePath).Where(d => !d.D.Path.StartsWith(rulePath + "/CopyActions[", StringComparison.Ordinal)).ToList();
                rows.Add(new Row(RuleAnchor(stack, plan, i), name, "plan " + plan.BackupPlanName, vault is null ? "no vault" : "",
                    false, rule.EnableContinuousBackup, rule.Lifecycle, vault ?? new VaultView(stack.Env, "(none)", ""), own));
                for (var c = 0; c < rule.CopyActions.Count; c++)
                {
                    var copy = rule.CopyActions[c];
                    var destination = estate.Resolve(copy.Destination, stack);
                    var where = destination.Env == stack.Env ? "same account and Region" : destination.Env.PlainLabel;
                    rows.Add(new Row(RuleAnchor(stack, plan, i) + "-c" + Html.I(c), "↳ copy to " + destination.Name, "of " + name + ", " + where, where, true, false, copy.Lifecycle,
                        destination, estate.At(stack.Source, rulePath + "/CopyActions[" + Html.I(c) + "]")));
                }
            }
        }

        return rows;
    }

    private static double MaxDays(IEnumerable<Row> rows)
    {
        var days = new List<double> { 35 };
        foreach (var r in rows)
        {
            days.AddRange(new[] { r.Lifecycle?.DeleteAfter, r.Lifecycle?.MoveToColdStorageAfter, r.Vault.Bounds?.Min, r.Vault.Bounds?.Max }
                .Where(d => d is { IsUnresolved: false }).Select(d => (double)d!.Value.TotalDays));
        }

        return days.Max();
    }

    private static void DrawRow(Html h, Row row, double y, Func<double, double> x, double end)
    {
        var barY = y + 6;
        const double barH = 14;
        h.Raw("<g class=\"row\">");
        h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(barY + 11)).Raw("\" text-anchor=\"end\" class=\"")
            .Raw(row.IsCopy ? "label copy" : "label").Raw("\">").Text(Trim(row.Label, 40)).Raw("</text>");
        var error = row.Diags.Any(d => d.D.Severity == Severity.Error);
        h.Raw("<text x=\"").Raw(Html.N(Left - 8)).Raw("\" y=\"").Raw(Html.N(barY + 24)).Raw("\" text-anchor=\"end\" class=\"").Raw(error ? "flag" : "tz").Raw("\">")
            .Text(error ? "error: see the table below" : Trim(row.Sub, 52)).Raw("</text>");
        var life = row.Lifecycle;
        var delete = life?.DeleteAfter;
        var cold = life?.MoveToColdStorageAfter;
        if (delete is { IsUnresolved: true } || cold is { IsUnresolved: true })
        {
            Rect(h, x(0), barY, x(end) - x(0), barH, "unknown", "Retention set at deploy");
            Text(h, x(0) + 6, barY + 11, "retention set at deploy", "in-bar dark");
        }
        else if (row.Continuous)
        {
            var days = delete?.TotalDays ?? 35;
            Rect(h, x(0), barY, x(days) - x(0), barH, "continuous", "Continuous backup: point-in-time restore for " + Html.I(days) + " days");
            Text(h, x(days) + 6, barY + 11, "continuous, " + Html.I(days) + " d", "end");
        }
        else
        {
            var coldAt = cold is { } cd ? (double)cd.TotalDays : (double?)null;
            var deleteAt = delete is { } dd ? (double)dd.TotalDays : (double?)null;
            var warmEnd = coldAt ?? deleteAt ?? end;
            Rect(h, x(0), barY, x(warmEnd) - x(0), barH, "warm", "Warm storage from day 0 to day " + Parts.AxisDays(warmEnd));
            if (coldAt is { } c0)
            {
                var coldEnd = deleteAt ?? end;
                var archive = life?.OptInToArchiveForSupportedResources == true ? " (archive tier for supported resources)" : "";
                Rect(h, x(c0), barY, Math.Max(0, x(coldEnd) - x(c0)), barH, "cold", "Cold storage" + archive + " from day " + Parts.AxisDays(c0) + " to day " + Parts.AxisDays(coldEnd));
            }

            if (deleteAt is { } d0)
            {
                h.Raw("<line class=\"delete\" x1=\"").Raw(Html.N(x(d0))).Raw("\" y1=\"").Raw(Html.N(barY - 3)).Raw("\" x2=\"").Raw(Html.N(x(d0))).Raw("\" y2=\"").Raw(Html.N(barY + barH + 3)).Raw("\"/>");
                Text(h, x(d0) + 6, barY + 11, "deleted " + Parts.AxisDays(d0) + (d0 > end ? " (off scale)" : ""), "end");
            }
            else
            {
                h.Raw("<path class=\"open\" d=\"M").Raw(Html.N(x(end))).Raw(" ").Raw(Html.N(barY - 2)).Raw(" l8 9 l-8 9 z\"/>");
                Text(h, x(end) - 6, barY + 11, "no expiry", "in-bar end-anchor");
            }
        }

        if (row.Vault.Bounds is { } b)
        {
            var bandY = barY + barH + 5;
            var min = b.Min is { IsUnresolved: false } mn ? mn.TotalDays : 0;
            var max = b.Max is { IsUnresolved: false } mx ? (double)mx.TotalDays : end;
            h.Raw("<g class=\"bounds\"><title>").Text(Bounds(row.Vault)).Raw("</title>");
            h.Raw("<line x1=\"").Raw(Html.N(x(min))).Raw("\" y1=\"").Raw(Html.N(bandY)).Raw("\" x2=\"").Raw(Html.N(x(max))).Raw("\" y2=\"").Raw(Html.N(bandY)).Raw("\"/>");
            foreach (var at in new[] { x(min), x(max) })
            {
                h.Raw("<line x1=\"").Raw(Html.N(at)).Raw("\" y1=\"").Raw(Html.N(bandY - 4)).Raw("\" x2=\"").Raw(Html.N(at)).Raw("\" y2=\"").Raw(Html.N(bandY + 4)).Raw("\"/>");
            }

            var text = (b.Min is { } lo ? Parts.Compact(lo) : "0") + " to " + (b.Max is { } hi ? Parts.Compact(hi) : "any");
            h.Raw("<text class=\"bounds-label\" x=\"").Raw(Html.N(x(min) + 3)).Raw("\" y=\"").Raw(Html.N(bandY + 11)).Raw("\">").Text(b.Kind + ": " + text).Raw("</text>");
            h.Raw("</g>");
        }

        h.Raw("</g>");
    }

    private static void Rect(Html h, double x, double y, double w, double height, string cls, string title) =>
        h.Raw("<rect class=\"").Raw(cls).Raw("\" x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y)).Raw("\" width=\"").Raw(Html.N(Math.Max(w, 1)))
            .Raw("\" height=\"").Raw(Html.N(height)).Raw("\"><title>").Text(title).Raw("</title></rect>");

    private static void Text(Html h, double x, double y, string text, string cls) =>
        h.Raw("<text x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y)).Raw("\" class=\"").Raw(cls).Raw("\">").Text(text).Raw("</text>");

    private static void Legend(Html h, double y)
    {
        var x = 20.0;
        foreach (var (cls, label) in new[] { ("warm", "warm storage"), ("cold", "cold storage"), ("continuous", "continuous backup"), ("unknown", "set at deploy") })
        {
            h.Raw("<rect class=\"").Raw(cls).Raw("\" x=\"").Raw(Html.N(x)).Raw("\" y=\"").Raw(Html.N(y - 10)).Raw("\" width=\"22\" height=\"12\"/>");
            Text(h, x + 28, y, label, "legend");
            x += 160;
        }

        h.Raw("<g class=\"bounds\"><line x1=\"").Raw(Html.N(x)).Raw("\" y1=\"").Raw(Html.N(y - 4)).Raw("\" x2=\"").Raw(Html.N(x + 22)).Raw("\" y2=\"").Raw(Html.N(y - 4)).Raw("\"/></g>");
        Text(h, x + 28, y, "retention the vault accepts (lock, air gap)", "legend");
    }

    private static void Table(Html h, Estate estate, List<Row> rows)
    {
        h.Line("<table class=\"grid\"><caption>Retention of each rule and copy (the chart's data)</caption>");
        h.Line("<thead><tr><th scope=\"col\">Rule or copy</th><th scope=\"col\">Vault</th><th scope=\"col\">Warm until</th><th scope=\"col\">Cold from</th><th scope=\"col\">Deleted after</th><th scope=\"col\">Vault accepts</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            var life = r.Lifecycle;
            h.Raw("<tr id=\"").Raw(r.Anchor).Raw("\"").Raw(r.IsCopy ? " class=\"copy\"" : "").Raw("><th scope=\"row\">").Text(r.Label).Raw("<br><span class=\"muted\">").Text(r.Sub).Raw("</span>");
            if (r.Continuous)
            {
                h.Raw(" <span class=\"chip\">continuous</span>");
            }

            h.Raw("</th><td>").Text(r.Vault.Name).Raw(r.Detail.Length == 0 ? "" : "<br><span class=\"muted\">" + Html.Escape(r.Detail) + "</span>").Raw("</td><td>")
                .Text(r.Continuous ? "point-in-time restore" : Parts.Days(life?.MoveToColdStorageAfter ?? life?.DeleteAfter) is "—" ? "no expiry" : Parts.Days(life?.MoveToColdStorageAfter ?? life?.DeleteAfter))
                .Raw("</td><td>").Text(Parts.Days(life?.MoveToColdStorageAfter) + (life?.OptInToArchiveForSupportedResources == true ? " (archive tier)" : ""))
                .Raw("</td><td>").Text(life?.DeleteAfter is null ? (r.IsCopy && life is null ? "no lifecycle: kept until deleted" : "never (no DeleteAfter)") : Parts.Days(life.DeleteAfter))
                .Raw("</td><td>").Text(Bounds(r.Vault)).Raw("</td><td>");
            Parts.Worst(h, r.Diags);
            Parts.Inline(h, estate, r.Diags);
            h.Line("</td></tr>");
        }

        h.Line("</tbody></table>");
    }

    private static string Bounds(VaultView vault) => vault.Bounds is { } b
        ? b.Kind + ": " + (b.Min is { } min ? "at least " + Parts.Days(min) : "no minimum") + ", " + (b.Max is { } max ? "at most " + Parts.Days(max) : "no maximum")
        : vault.Defined ? "any retention (no lock)" : "not in this estate (bounds unknown)";

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
