namespace Backup.Iac.Report;

/// <summary>
/// The page's stylesheet, inline. Colours differ in lightness as well as hue, and every fill that carries meaning also
/// has a pattern or a word, so the charts survive grey-scale printing; the print rules drop the navigation and shadows.
/// </summary>
internal static class Styles
{
    public const string Css = """
        :root{--ink:#1b1f24;--muted:#5b6570;--line:#d5dbe1;--bg:#f4f6f8;--card:#fff;--warm:#1f4e79;--cold:#8fbce6;--cont:#2b7a6f;--accent:#0b5cad;--err:#a4161a;--warn:#7a5200;--warnbg:#ffe49c;--info:#34506b}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.45 system-ui,"Segoe UI","DejaVu Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
        header.top{background:#12263a;color:#fff;padding:22px 32px 18px}
        header.top h1{margin:0 0 4px;font-size:24px;font-weight:650;letter-spacing:.2px}
        header.top p{margin:0;color:#c9d6e3}
        .stats{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 0;padding:0}
        .stats div{background:rgba(255,255,255,.08);border:1px solid rgba(255,255,255,.18);border-radius:8px;padding:6px 12px;min-width:92px}
        .stats dt{font-size:11px;text-transform:uppercase;letter-spacing:.6px;color:#b8c7d6}
        .stats dd{margin:0;font-size:20px;font-weight:650}
        .stats .e dd{color:#ffb3b3}.stats .w dd{color:#ffe49c}
        nav.toc{padding:10px 32px;background:#fff;border-bottom:1px solid var(--line);font-size:13px}
        nav.toc ol{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px}
        nav.toc a{color:var(--accent);text-decoration:none}
        main{max-width:1240px;margin:0 auto;padding:18px 24px 40px}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 18px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
        h2{font-size:20px;margin:0 0 10px;padding-bottom:6px;border-bottom:2px solid #12263a}
        h3{font-size:17px;margin:22px 0 6px}
        h4{font-size:14px;margin:18px 0 6px;text-transform:uppercase;letter-spacing:.7px;color:var(--muted)}
        p{margin:6px 0}
        code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;background:#eef1f4;border-radius:3px;padding:1px 4px}
        code.arn{word-break:break-all}
        .muted{color:var(--muted)}
        table.grid{border-collapse:collapse;width:100%;margin:8px 0 14px;font-size:13px}
        table.grid caption{text-align:left;font-weight:600;color:var(--muted);padding:4px 0;font-size:12px}
        table.grid th,table.grid td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
        table.grid thead th{background:#eef2f6;font-size:12px}
        table.grid td code,table.grid td:last-child,ul.diags{overflow-wrap:anywhere}
        table.grid tbody th{font-weight:600}
        table.grid th .muted{font-weight:400;font-size:12px}
        table.grid tr.copy th{font-weight:500;padding-left:22px}
        ul.plain{margin:0;padding:0;list-style:none}
        ul.plain li{margin:1px 0}
        ul.diags{margin:6px 0 0;padding:0;list-style:none;font-size:12.5px}
        ul.diags li{margin:3px 0;padding-left:5px;border-left:3px solid var(--line)}
        ul.diags li.error{border-left-color:var(--err)}
        ul.diags li.warning{border-left-color:var(--warn)}
        ul.diags li.info{color:#46525e;font-size:12px}
        .chip{display:inline-block;font-size:11px;border:1px solid #9aa7b4;border-radius:10px;padding:0 7px;color:#2f3b47;background:#f7f9fb}
        .chip-tag{border-color:#7a8a9a;background:#fff}
        .chip-all{background:#12263a;color:#fff;border-color:#12263a}
        .chip-policy{background:#e9e2f7;border-color:#7d68a8}
        .sev{display:inline-block;font-size:10.5px;font-weight:700;text-transform:uppercase;letter-spacing:.5px;border-radius:3px;padding:0 5px;border:1px solid}
        .sev-error{background:var(--err);color:#fff;border-color:var(--err)}
        .sev-warning{background:var(--warnbg);color:#3d2a00;border-color:var(--warn)}
        .sev-info{background:#fff;color:var(--info);border-color:var(--info)}
        .ok{color:var(--muted)}
        a.code{font-weight:600;color:var(--accent)}
        a.ref{color:var(--muted);font-size:11px}
        .verdict{display:inline-block;font-size:11px;font-weight:700;border-radius:3px;padding:1px 6px;border:1px solid}
        .v-compliant{background:#e3f3e6;color:#145a27;border-color:#145a27}
        .v-noncompliant{background:var(--err);color:#fff;border-color:var(--err)}
        .v-runtimeonly{background:#fff;color:var(--info);border-style:dashed}
        .v-insufficientdata{background:#eee;color:#444;border-color:#888}
        figure.chart{margin:8px 0 4px;overflow-x:auto}
        figure.chart svg{width:100%;height:auto;min-width:760px;display:block}
        svg text{font:12px system-ui,"DejaVu Sans","Liberation Sans",Arial,sans-serif;fill:var(--ink)}
        svg .axis line{stroke:#c9d1d9;stroke-width:1}
        svg .axis line.minor{stroke:#eceff2}
        svg .axis text{fill:var(--muted);font-size:11px}
        svg .axis-title{font-style:italic}
        svg .label{font-weight:600}
        svg .label.copy{font-weight:400;fill:#33414f}
        svg .tz{fill:var(--muted);font-size:10px}
        svg .end,svg .legend{font-size:11px;fill:#33414f}
        svg .in-bar{font-size:11px;fill:#fff}
        svg .in-bar.dark{fill:#33414f}
        svg .end-anchor{text-anchor:end}
        svg .flag{fill:var(--err);font-size:10.5px;font-weight:700}
        rect.warm{fill:var(--warm)}
        rect.cold{fill:url(#cold-hatch);stroke:#4f7fae;stroke-width:.8}
        rect.continuous{fill:url(#cont-dots);stroke:var(--cont);stroke-width:1}
        rect.unknown{fill:#fff;stroke:#7b8793;stroke-dasharray:4 3}
        line.delete{stroke:var(--ink);stroke-width:2.5}
        path.open{fill:var(--warm)}
        .bounds line{stroke:#111;stroke-width:1.6;stroke-dasharray:5 3}
        svg .bounds-label{font-size:10px;fill:#111}
        rect.start{fill:var(--warm)}
        rect.complete{fill:var(--cold);opacity:.75}
        .vault rect{fill:#fff;stroke:#5b6570;stroke-width:1.5}
        .vault.locked rect{stroke:#12263a;stroke-width:3}
        .vault.airgapped rect{fill:#eef4ea;stroke:#1e5631;stroke-width:3;stroke-dasharray:10 3}
        .vault.external rect{fill:#f7f9fb;stroke-dasharray:5 4}
        .vault .name{font-weight:650;font-size:13px}
        .vault .kind{font-size:10.5px;fill:var(--muted);letter-spacing:.3px}
        svg .column{font-weight:700;font-size:12px;fill:#12263a}
        .flow path{fill:none;stroke:#0b5cad;stroke-width:2}
        .flow.bad path{stroke:var(--err);stroke-dasharray:6 3}
        .arrowhead{fill:#0b5cad}
        .flow-label{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
        ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:18px;border-left:1px dotted #9aa7b4}
        ul.tree{padding-left:4px;border:0}
        ul.tree li{margin:3px 0}
        pre.json{white-space:pre-wrap;overflow-wrap:anywhere;font:11px/1.35 ui-monospace,"DejaVu Sans Mono",monospace;background:#f7f9fb;border:1px solid var(--line);border-radius:4px;padding:6px;max-height:180px;overflow:auto;margin:6px 0 0}
        .note{font-size:12.5px;margin:2px 0}
        footer{max-width:1240px;margin:0 auto;padding:0 24px 30px;color:var(--muted);font-size:12px}
        @media print{
          body{background:#fff;font-size:11px}
          nav.toc{display:none}
          header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 8px}
          header.top p,.stats dt{color:#333}
          .stats div{border-color:#999;background:#fff}
          .stats .e dd,.stats .w dd{color:#000}
          .card{box-shadow:none;border:0;padding:0;margin:0 0 12px}
          h2{break-after:avoid}
          h3,h4{break-after:avoid}
          figure.chart{break-inside:avoid;overflow:visible}
          figure.chart svg{min-width:0}
          table.grid tr{break-inside:avoid}
          pre.json{max-height:none;overflow:visible}
          a{color:inherit;text-decoration:none}
        }
        """;

    /// <summary>The patterns the charts' fills refer to (one hidden SVG per page).</summary>
    public const string Patterns = """
        <svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs><pattern id="cold-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#8fbce6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1f4e79" stroke-width="1.6"/></pattern><pattern id="cont-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#d7efe9"/><circle cx="2.5" cy="2.5" r="1.3" fill="#2b7a6f"/></pattern></defs></svg>
        """;
}
