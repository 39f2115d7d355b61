namespace Backup.Iac.Catalog;

/// <summary>
/// One enforced AWS constraint: its stable code, default severity, title, message format (what is wrong, the value
/// seen, what is allowed, how to fix it; <c>{0}</c>-style arguments) and where AWS documents it.
/// </summary>
/// <param name="Code">The stable code, <c>BKP</c> and four digits; never reused.</param>
/// <param name="ConstraintId">The catalog ID in ../shared/spec, e.g. <c>LC-004</c>, or null for a tool rule.</param>
/// <param name="Severity">
/// The severity, by the policy of <see cref="Iac.Severity"/>: error when AWS refuses it or known values prove that the
/// affected jobs fail; warning for a real risk to act on; info for context, or for facts outside the app or template.
/// </param>
/// <param name="Title">A one-line title.</param>
/// <param name="Message">The message format, in the C# API's terms (what synth prints).</param>
/// <param name="Source">Where the rule comes from: the seed section and lines, BOTO shape, or CFN schema.</param>
/// <param name="Url">The AWS documentation page.</param>
public sealed record Constraint(string Code, string? ConstraintId, Severity Severity, string Title, string Message, string Source, string Url)
{
    /// <summary>Why the rule exists and what goes wrong, for the rule's documentation page.</summary>
    public string? Why { get; init; }

    /// <summary>
    /// The message in a CloudFormation template's terms (<c>DeletionPolicy: Retain</c>, <c>DeleteAfterDays: 120</c>,
    /// <c>Resources: ["*"]</c>), with the same <c>{0}</c>-style arguments in the same meaning as <see cref="Message"/>;
    /// lint prints it. Null when <see cref="Message"/> is neutral (no C# term).
    /// </summary>
    public string? TemplateMessage { get; init; }

    /// <summary>The message format for a template (lint): <see cref="TemplateMessage"/>, else <see cref="Message"/>.</summary>
    /// <param name="template">Whether the model was imported from a template.</param>
    /// <returns>The format.</returns>
    public string MessageFor(bool template) => template && TemplateMessage is { } t ? t : Message;
}
