namespace Backup.Iac.Testing;

/// <summary>
/// Assertions on what synth reports for an app: <c>Diagnostics.Of(app).HasNoErrors().HasNoWarnings(except: ["BKP2206"])</c>,
/// <c>.Has("BKP2204", at: "Prod/DailyPlan")</c>. Acknowledged warnings and infos are left out, as synth leaves them out.
/// </summary>
public sealed class Diagnostics
{
    private Diagnostics(IReadOnlyList<Diagnostic> all) => All = all;

    /// <summary>Every diagnostic of the app's synth, in construct order.</summary>
    public IReadOnlyList<Diagnostic> All { get; }

    /// <summary>Synthesizes the app (this never throws for a modelling mistake) and keeps its diagnostics.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The assertions.</returns>
    public static Diagnostics Of(BackupApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Diagnostics([.. app.Synth().Diagnostics.Where(d => !app.IsAcknowledged(d))]);
    }

    /// <summary>Asserts that there is no error.</summary>
    /// <returns>This, to chain.</returns>
    public Diagnostics HasNoErrors() => None(Severity.Error, [], "errors");

    /// <summary>Asserts that there is no warning, except those with the given codes.</summary>
    /// <param name="except">Codes that may appear.</param>
    /// <returns>This, to chain.</returns>
    public Diagnostics HasNoWarnings(params string[] except) => None(Severity.Warning, except, "warnings");

    /// <summary>Asserts that a diagnostic with the code is reported (at or under the construct path, when given).</summary>
    /// <param name="code">The code, such as <c>BKP2204</c>.</param>
    /// <param name="at">A construct path (<c>Prod/DailyPlan</c>) or a location with a property (<c>Prod/DailyPlan/Rules[Daily]#Lifecycle.DeleteAfter</c>); anywhere when null.</param>
    /// <returns>This, to chain.</returns>
    public Diagnostics Has(string code, string? at = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!All.Any(d => d.Code == code && At(d, at)))
        {
            var same = All.Where(d => d.Code == code).ToList();
            throw new BackupAssertionException(
                $"Expected {code}{(at is null ? "" : $" at {at}")}, but "
                + (same.Count > 0 ? $"it is reported only elsewhere:{Environment.NewLine}{Lines(same)}"
                    : All.Count == 0 ? "synth reports nothing." : $"it is not reported. Synth reports:{Environment.NewLine}{Lines(All)}"));
        }

        return this;
    }

    /// <summary>Asserts that no diagnostic with the code is reported (at or under the construct path, when given).</summary>
    /// <param name="code">The code.</param>
    /// <param name="at">A construct path or location; anywhere when null.</param>
    /// <returns>This, to chain.</returns>
    public Diagnostics DoesNotHave(string code, string? at = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var found = All.Where(d => d.Code == code && At(d, at)).ToList();
        if (found.Count > 0)
        {
            throw new BackupAssertionException($"Expected no {code}{(at is null ? "" : $" at {at}")}, but synth reports:{Environment.NewLine}{Lines(found)}");
        }

        return this;
    }

    private Diagnostics None(Severity severity, string[] except, string what)
    {
        var found = All.Where(d => d.Severity == severity && !except.Contains(d.Code, StringComparer.Ordinal)).ToList();
        if (found.Count > 0)
        {
            throw new BackupAssertionException($"Expected no {what}{(except.Length == 0 ? "" : $" (other than {string.Join(", ", except)})")}, but synth reports {found.Count}:{Environment.NewLine}{Lines(found)}");
        }

        return this;
    }

    private static bool At(Diagnostic d, string? at) =>
        at is null || Under(d.Location, at) || Under(d.Path, at);

    private static bool Under(string location, string at) =>
        location.StartsWith(at, StringComparison.Ordinal) && (location.Length == at.Length || location[at.Length] is '/' or '#' or '[');

    private static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d));
}
