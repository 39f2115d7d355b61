namespace Backup.Iac.Validation;

/// <summary>Near-miss names for "Did you mean ...?" suggestions (as Bicep's SpellChecker).</summary>
internal static class Spelling
{
    /// <summary>The longest name suggestions are looked for (and among), in characters.</summary>
    private const int MaxLength = 256;

    /// <summary>The candidate nearest to a name (case-insensitive edit distance at most a third of its length, at least 1), or null.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        if (name.Length > MaxLength)
        {
            return null; // the edit distance costs the product of the lengths: no suggestion for a name this long
        }

        var limit = Math.Max(1, name.Length / 3);
        var upper = name.ToUpperInvariant();
        return candidates
            .Where(c => c.Length <= MaxLength)
            .Select(c => (Name: c, Distance: Distance(upper, c.ToUpperInvariant(), limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>The Levenshtein distance of two strings, or <paramref name="limit"/> + 1 as soon as it must exceed the limit.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
