namespace Backup.Iac.Report;

/// <summary>How the estate report is written.</summary>
public sealed record ReportOptions
{
    /// <summary>The page's title.</summary>
    /// <value>Default: <c>AWS Backup estate report</c>.</value>
    public string Title { get; init; } = "AWS Backup estate report";

    /// <summary>
    /// Where the rule pages are: a diagnostic code links to <c>RuleLinkBase + CODE + ".md"</c>. The default is the
    /// repository-relative folder of the pages (the same as <see cref="Diagnostic.Help"/>), which resolves when the report
    /// is opened from the repository root; set an absolute URL (e.g. a repository's blob URL) for reports shared elsewhere.
    /// </summary>
    /// <value>Default: <c>docs/rules/</c>.</value>
    public string RuleLinkBase { get; init; } = "docs/rules/";

    /// <summary>Finds a rule's title by code, shown as the link's tooltip.</summary>
    /// <value>Default: the core constraint catalog.</value>
    public Func<string, Catalog.Constraint?>? FindRule { get; init; }

    /// <summary>An organization tree on which to show each account's effective backup policy, besides the trees the app's policies are attached to.</summary>
    /// <value>Default: only the trees of the app's policy targets.</value>
    public OrganizationTree? Organization { get; init; }
}
