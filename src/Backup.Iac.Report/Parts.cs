namespace Backup.Iac.Report;

/// <summary>Pieces every section uses: severity badges, rule links, diagnostics beside what they concern, durations.</summary>
internal static class Parts
{
    public static string SeverityWord(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>A badge with the severity as a word (never colour alone).</summary>
    public static void Badge(Html h, Severity s) =>
        h.Raw("<span class=\"sev sev-").Raw(SeverityWord(s)).Raw("\">").Raw(SeverityWord(s)).Raw("</span>");

    /// <summary>A link to the rule page of a code, with the rule's title as tooltip.</summary>
    public static void CodeLink(Html h, Estate estate, string code)
    {
        var title = (estate.Options.FindRule ?? Catalog.ConstraintCatalog.Find)(code)?.Title;
        h.Raw("<a class=\"code\" href=\"").Text(estate.Options.RuleLinkBase + code + ".md").Raw("\"");
        if (title is not null)
        {
            h.Raw(" title=\"").Text(title).Raw("\"");
        }

        h.Raw(">").Text(code).Raw("</a>");
    }

    /// <summary>The diagnostics of something, as a compact list placed beside it; nothing when there are none.</summary>
    public static void Inline(Html h, Estate estate, IReadOnlyList<Diag> diags)
    {
        if (diags.Count == 0)
        {
            return;
        }

        h.Raw("<ul class=\"diags\">");
        foreach (var d in diags.OrderByDescending(d => d.D.Severity).ThenBy(d => d.Number))
        {
            h.Raw("<li class=\"").Raw(SeverityWord(d.D.Severity)).Raw("\">");
            Badge(h, d.D.Severity);
            h.Raw(" ");
            CodeLink(h, estate, d.D.Code);
            h.Raw(" ");
            if (d.D.Property is { } p)
            {
                h.Raw("<code>").Text(p).Raw("</code> ");
            }

            // Errors and warnings in full; an info by its rule's title (its full text is in the list of diagnostics).
            var title = d.D.Severity == Severity.Info ? (estate.Options.FindRule ?? Catalog.ConstraintCatalog.Find)(d.D.Code)?.Title : null;
            h.Text(title ?? d.D.Message).Raw(" <a class=\"ref\" href=\"#d").Raw(Html.I(d.Number)).Raw("\" title=\"In the list of diagnostics\">#").Raw(Html.I(d.Number)).Raw("</a></li>");
        }

        h.Raw("</ul>");
    }

    /// <summary>The worst severity among diagnostics as a marker for a table cell, or an em dash when there are none.</summary>
    public static void Worst(Html h, IReadOnlyList<Diag> diags)
    {
        if (diags.Count == 0)
        {
            h.Raw("<span class=\"ok\">none</span>");
            return;
        }

        foreach (var s in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var count = diags.Count(d => d.D.Severity == s);
            if (count > 0)
            {
                Badge(h, s);
                h.Raw("&#8239;×").Raw(Html.I(count)).Raw(" ");
            }
        }
    }

    /// <summary>A duration in days (or hours, minutes), or "set at deploy".</summary>
    public static string Days(Duration? d) => d switch
    {
        null => "—",
        { IsUnresolved: true } => "set at deploy",
        { } x => Short(x),
    };

    /// <summary>A short duration: 35 d, 1 y, 8 h.</summary>
    public static string Short(Duration d)
    {
        if (d.IsUnresolved)
        {
            return "deploy-time";
        }

        if (!d.IsWholeDays)
        {
            return d.TotalMinutes % 60 == 0 ? Html.I(d.TotalHours) + " h" : Html.I(d.TotalMinutes) + " min";
        }

        var days = d.TotalDays;
        return days >= 365 && days % 365 == 0 ? Html.I(days / 365) + " y (" + Html.I(days) + " d)" : Html.I(days) + " d";
    }

    /// <summary>A compact duration for chart labels: 10 y, 30 d, 8 h.</summary>
    public static string Compact(Duration? d) => d switch
    {
        null => "—",
        { IsUnresolved: true } => "deploy-time",
        { IsWholeDays: true } x => AxisDays(x.TotalDays),
        { } x => Short(x),
    };

    /// <summary>A bare axis label for a number of days.</summary>
    public static string AxisDays(double days) => days switch
    {
        0 => "0",
        >= 365 when days % 365 == 0 => Html.I((long)days / 365) + " y",
        _ => Html.I((long)days) + " d",
    };

    public static string Plural(int n, string one, string many) => Html.I(n) + " " + (n == 1 ? one : many);
}
