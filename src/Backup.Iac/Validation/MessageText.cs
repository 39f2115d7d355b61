using System.Globalization;

namespace Backup.Iac.Validation;

/// <summary>How values are quoted in diagnostic messages: a long value is cut (a message says how long it was).</summary>
internal static class MessageText
{
    /// <summary>The longest value quoted whole in a message, in characters.</summary>
    public const int MaxQuoted = 200;

    /// <summary>
    /// The longest argument of a model rule's message kept whole, in characters: some arguments are text the rule
    /// composes (a list of what to check), longer than a quoted value; a value from a template can be any length.
    /// </summary>
    public const int MaxArgument = 1_000;

    /// <summary>The characters kept of a longer value.</summary>
    public const int Kept = 100;

    /// <summary>The value, or its first <see cref="Kept"/> characters and its length when it is longer than <paramref name="max"/>.</summary>
    /// <param name="text">The value.</param>
    /// <param name="max">The longest value kept whole.</param>
    /// <returns>The text to quote.</returns>
    public static string Capped(string text, int max = MaxQuoted)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[Kept - 1]) ? Kept - 1 : Kept;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, cut)}... ({text.Length:N0} characters)");
    }

    /// <summary>Message arguments with each string longer than <paramref name="max"/> capped (<see cref="Capped(string, int)"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="max">The longest string kept whole.</param>
    /// <returns>The same array when nothing is long, else a copy with long strings capped.</returns>
    public static object?[] Capped(object?[] args, int max = MaxQuoted)
    {
        object?[]? copy = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string s && s.Length > max)
            {
                copy ??= (object?[])args.Clone();
                copy[i] = Capped(s, max);
            }
        }

        return copy ?? args;
    }
}
