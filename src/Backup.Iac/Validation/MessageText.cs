using System.Globalization;

namespace Backup.Iac.Validation;

/// <summary>How values are quoted in diagnostic messages: a long value is cut (a message says how long it was).</summary>
internal static class MessageText
{
    /// <summary>The longest value quoted whole in a message, in characters.</summary>
    public const int MaxQuoted = 200;

    /// <summary>The characters kept of a longer value.</summary>
    public const int Kept = 100;

    /// <summary>The value, or its first <see cref="Kept"/> characters and its length when it is longer than <see cref="MaxQuoted"/>.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The text to quote.</returns>
    public static string Capped(string text)
    {
        if (text.Length <= MaxQuoted)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[Kept - 1]) ? Kept - 1 : Kept;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, cut)}... ({text.Length:N0} characters)");
    }

    /// <summary>Message arguments with each long string capped (<see cref="Capped(string)"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The same array when nothing is long, else a copy with long strings capped.</returns>
    public static object?[] Capped(object?[] args)
    {
        object?[]? copy = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string { Length: > MaxQuoted } s)
            {
                copy ??= (object?[])args.Clone();
                copy[i] = Capped(s);
            }
        }

        return copy ?? args;
    }
}
