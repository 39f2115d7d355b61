namespace Backup.Iac.Catalog;

/// <summary>
/// One enforced AWS constraint: its stable code, default severity, title, message format (what is wrong, the value
/// seen, what is allowed, how to fix it; <c>{0}</c>-style arguments) and where AWS documents it.
/// </summary>
/// <param name="Code">The stable code, <c>BKP</c> and four digits; never reused.</param>
/// <param name="ConstraintId">The catalog ID in ../shared/spec, e.g. <c>LC-004</c>, or null for a tool rule.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Title">A one-line title.</param>
/// <param name="Message">The message format.</param>
/// <param name="Source">Where the rule comes from: the seed section and lines, BOTO shape, or CFN schema.</param>
/// <param name="Url">The AWS documentation page.</param>
public sealed record Constraint(string Code, string? ConstraintId, Severity Severity, string Title, string Message, string Source, string Url)
{
    /// <summary>Why the rule exists and what goes wrong, for the rule's documentation page.</summary>
    public string? Why { get; init; }
}
