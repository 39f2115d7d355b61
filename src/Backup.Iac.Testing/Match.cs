namespace Backup.Iac.Testing;

/// <summary>The matchers of template assertions, with the semantics of the AWS CDK's <c>Match</c>.</summary>
public static class Match
{
    /// <summary>
    /// An object that has at least the given keys, each matching (nested objects are matched the same way; lists must
    /// match exactly unless a matcher says otherwise).
    /// </summary>
    /// <param name="pattern">An anonymous object, a dictionary or a <see cref="System.Text.Json.Nodes.JsonObject"/>.</param>
    /// <returns>The matcher.</returns>
    public static Matcher ObjectLike(object pattern) => Patterns.Compile(pattern, partial: true);

    /// <summary>An object with exactly the given keys, each matching (nested objects exactly too).</summary>
    /// <param name="pattern">An anonymous object, a dictionary or a <see cref="System.Text.Json.Nodes.JsonObject"/>.</param>
    /// <returns>The matcher.</returns>
    public static Matcher ObjectEquals(object pattern) => Patterns.Compile(pattern, partial: false);

    /// <summary>Exactly the given value (objects and lists deeply equal).</summary>
    /// <param name="pattern">The value.</param>
    /// <returns>The matcher.</returns>
    public static Matcher Exact(object? pattern) => Patterns.Compile(pattern, partial: false);

    /// <summary>A list that contains items matching the patterns, in this order (other items may come between).</summary>
    /// <param name="items">The patterns of the items; plain objects among them match as <see cref="ObjectLike"/>.</param>
    /// <returns>The matcher.</returns>
    public static Matcher ArrayWith(params object?[] items) => new ArrayWithMatcher([.. items.Select(i => Patterns.Compile(i, partial: true))]);

    /// <summary>The key is absent (or the value is missing).</summary>
    /// <returns>The matcher.</returns>
    public static Matcher Absent() => AbsentMatcher.Instance;

    /// <summary>Any value that is present (not absent, not JSON null).</summary>
    /// <returns>The matcher.</returns>
    public static Matcher AnyValue() => AnyValueMatcher.Instance;

    /// <summary>A string that matches the regular expression.</summary>
    /// <param name="pattern">The regular expression (.NET syntax, unanchored unless it says <c>^</c>/<c>$</c>).</param>
    /// <returns>The matcher.</returns>
    public static Matcher StringLikeRegexp(string pattern) => new RegexMatcher(pattern);

    /// <summary>A string holding JSON (an access policy, a control's parameters) whose parsed value matches the pattern exactly.</summary>
    /// <param name="pattern">The pattern of the parsed value; use matchers inside it for partial matches.</param>
    /// <returns>The matcher.</returns>
    public static Matcher SerializedJson(object pattern) => new SerializedJsonMatcher(Patterns.Compile(pattern, partial: false));

    /// <summary>The opposite of a pattern: fails where the pattern matches.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The matcher.</returns>
    public static Matcher Not(object? pattern) => new NotMatcher(Patterns.Compile(pattern, partial: true));
}
