using System.Diagnostics;

namespace Backup.Iac.Tests.Report;

/// <summary>
/// The report in a real browser: Debian's chromium (installed by .ci/run) takes a headless screenshot of each example's
/// report; the test checks its size and that it shows the page (the dark header, text and charts), not a blank canvas.
/// Skipped with the reason when chromium is absent, except in CI (CI=true), where that is a failure.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "backup-iac-browser-" + Environment.ProcessId + "-" + Path.GetRandomFileName());

    public ReportBrowserTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [ChromiumTheory]
    [MemberData(nameof(ReportExamples.Data), MemberType = typeof(ReportExamples))]
    public void Example_report_renders_in_chromium(string name)
    {
        Assert.True(Chromium.Path is not null, Chromium.Missing + " (CI=true: the browser test must run; .ci/run installs chromium with apt-get.)");
        ReportExamples.Synth(name, dir);
        var html = Path.Combine(dir, name + ".html");
        var png = Path.Combine(dir, name + ".png");
        var watch = Stopwatch.StartNew();
        var (code, output) = Chromium.Screenshot(html, png, dir, width: 1400, height: 2000);
        Assert.True(code == 0 && File.Exists(png), $"chromium exited {code} without {png}: {output}");
        var bytes = File.ReadAllBytes(png);
        Assert.InRange(bytes.Length, 30_000, 5_000_000);
        var image = Png.Read(bytes);
        Assert.Equal((1400, 2000), (image.Width, image.Height));

        // The header band (#12263a) across the top, the page background below it, and ink: many colours, many non-background pixels.
        var (r, g, b) = image[700, 10];
        Assert.True(r < 40 && g < 60 && b < 80, $"the header is not drawn: pixel (700,10) is ({r},{g},{b}) in {watch.Elapsed}");
        var colours = new HashSet<int>();
        var ink = 0;
        for (var y = 200; y < image.Height; y += 2)
        {
            for (var x = 0; x < image.Width; x += 2)
            {
                var (pr, pg, pb) = image[x, y];
                colours.Add(pr << 16 | pg << 8 | pb);
                ink += pr + pg + pb < 600 ? 1 : 0;
            }
        }

        var sampled = (image.Height - 200) / 2 * (image.Width / 2);
        Assert.True(colours.Count > 50, $"only {colours.Count} colours below the header: the page looks blank");
        Assert.True(ink > sampled / 100, $"only {ink} of {sampled} sampled pixels are ink: the page looks blank");
    }
}

/// <summary>Debian's chromium, run headless with the flags that keep it off the (closed) network.</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    public static string Missing => "chromium is not installed (apt-get install -y chromium); the browser test is skipped.";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static (int Code, string Output) Screenshot(string html, string png, string scratch, int width, int height)
    {
        var profile = System.IO.Path.Combine(scratch, "profile-" + System.IO.Path.GetRandomFileName());
        var code = Tool.Run(Path!,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, $"--window-size={width},{height}",
            "--screenshot=" + png, new Uri(html).AbsoluteUri,
        ], out var output);
        return (code, output);
    }

    private static string? Find() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => System.IO.Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);
}

/// <summary>A theory skipped (with the reason) when chromium is absent, unless CI=true: then it runs and fails.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = Chromium.Missing;
        }
    }
}
