using System.Collections.Frozen;

namespace Backup.Iac.Validation.Schedules;

/// <summary>The IANA time zone IDs (zones and links), from the embedded resource <c>Backup.Iac.timezones.txt</c>, loaded once.</summary>
internal static class TimeZones
{
    private static readonly Lazy<FrozenSet<string>> Ids = new(Load);

    /// <summary>All IDs, case-sensitive.</summary>
    public static FrozenSet<string> All => Ids.Value;

    /// <summary>Whether <paramref name="id"/> is an IANA time zone ID, spelled exactly.</summary>
    public static bool IsKnown(string id) => All.Contains(id);

    /// <summary>
    /// The ID the user probably meant, or null: the same ID in other case, the one zone whose last part matches
    /// (<c>Paris</c> gives <c>Europe/Paris</c>), or the nearest ID by edit distance (spaces read as <c>_</c>; at most 1
    /// edit for 5 to 9 characters, 2 from 10 characters on; short abbreviations are never guessed).
    /// </summary>
    public static string? Suggest(string id)
    {
        var exact = All.Where(z => string.Equals(z, id, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (exact is not null)
        {
            return exact;
        }

        var normalized = id.Trim().Replace(' ', '_');
        if (All.Contains(normalized))
        {
            return normalized;
        }

        var byCity = All.Where(z => z.EndsWith("/" + normalized, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byCity.Count == 1)
        {
            return byCity[0];
        }

        var allowed = normalized.Length >= 10 ? 2 : normalized.Length >= 5 ? 1 : 0;
        if (allowed == 0)
        {
            return null;
        }

        var upper = normalized.ToUpperInvariant();
        return All.Select(z => (Id: z, Distance: Spelling.Distance(upper, z.ToUpperInvariant(), allowed)))
            .Where(p => p.Distance <= allowed)
            .OrderBy(p => p.Distance).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p.Id).FirstOrDefault();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(TimeZones).Assembly.GetManifestResourceStream("Backup.Iac.timezones.txt")
            ?? throw new InvalidOperationException("The embedded resource Backup.Iac.timezones.txt is missing.");
        using var reader = new StreamReader(stream);
        var ids = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                ids.Add(line);
            }
        }

        return ids.ToFrozenSet(StringComparer.Ordinal);
    }
}
