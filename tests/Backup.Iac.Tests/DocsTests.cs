using Backup.Iac.Catalog;

namespace Backup.Iac.Tests;

/// <summary>docs/rules/CODE.md is generated from the catalog; a stale or missing page fails (UPDATE_GOLDEN=1 regenerates).</summary>
public class DocsTests
{
    [Fact]
    public void Rule_pages_are_generated_from_the_catalog()
    {
        foreach (var constraint in RuleBook.All)
        {
            Golden.Match($"docs/rules/{constraint.Code}.md", RulePage.Render(constraint));
        }

        var pages = Directory.GetFiles(Repo.PathOf("docs", "rules"), "BKP*.md").Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.Contains(".actual", StringComparison.Ordinal)).ToHashSet();
        pages.ExceptWith(RuleBook.All.Select(c => c.Code));
        Assert.True(pages.Count == 0, "Pages without a catalog entry (delete them): " + string.Join(", ", pages));
    }
}
