using System.Text.RegularExpressions;
using Backup.Iac.Catalog;
using Backup.Iac.Tests.Constraints;

namespace Backup.Iac.Tests;

/// <summary>The severity policy (issue 13, item 1): the review table of docs/catalog-notes.md is the catalog's, and every case reports its code at the catalog's severity.</summary>
public partial class SeverityPolicyTests
{
    [Fact]
    public void The_severity_review_table_matches_the_catalog()
    {
        var notes = File.ReadAllText(Repo.PathOf("docs", "catalog-notes.md"));
        var section = notes[notes.IndexOf("## Severity policy", StringComparison.Ordinal)..];
        var rows = ReviewRow().Matches(section).ToList();
        Assert.True(rows.Count >= 40, $"Expected the review table, found {rows.Count} rows.");
        foreach (Match row in rows)
        {
            var code = row.Groups["code"].Value;
            var constraint = ConstraintCatalog.Find(code) ?? Import.ImportConstraints.All.FirstOrDefault(c => c.Code == code);
            Assert.True(constraint is not null, $"{code} is in the review table but not in the catalog.");
            Assert.Equal(row.Groups["new"].Value, constraint.Severity.ToString().ToLowerInvariant());
            if (row.Groups["old"].Value != "(new)")
            {
                Assert.NotEqual(row.Groups["old"].Value, row.Groups["new"].Value);
            }
        }
    }

    public static TheoryData<string> ViolatingCases => new(AllCases.Cases.Where(c => c.Violates && c.Previous is null).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ViolatingCases))]
    public void A_violating_case_reports_its_code_at_the_catalog_severity(string name)
    {
        var c = AllCases.Cases.Single(k => k.Name == name);
        var expected = ConstraintCatalog.Find(c.Code)!.Severity;
        var reported = c.Build().Synth().Diagnostics.Where(d => d.Code == c.Code).ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, d => Assert.Equal(expected, d.Severity));
    }

    [Theory]
    [InlineData("BKP1207", Severity.Error)] // NOTIF-007, [RUNTIME-FAIL] with both accounts known
    [InlineData("BKP2305", Severity.Error)] // COPY-005
    [InlineData("BKP2306", Severity.Error)] // COPY-006, the destination vault of the app
    [InlineData("BKP2356", Severity.Info)]  // COPY-006, a destination vault elsewhere
    [InlineData("BKP7004", Severity.Error)] // XR-004
    [InlineData("BKP7005", Severity.Error)] // XR-005
    [InlineData("BKP7112", Severity.Error)] // XR-012, the app's destination vault with the AWS managed key
    [InlineData("BKP7012", Severity.Warning)] // XR-012, the app's global settings: whose account they are is not known
    [InlineData("BKP5901", Severity.Info)]  // PRE-001, a Config recorder managed elsewhere
    [InlineData("BKP7002", Severity.Info)]  // XR-002, a vault outside the app
    public void Runtime_failures_from_known_facts_are_errors_and_facts_from_outside_are_infos(string code, Severity severity) =>
        Assert.Equal(severity, ConstraintCatalog.Find(code)!.Severity);

    [GeneratedRegex(@"^\| (?<code>BKP[0-9]{4}) \| [^|]+ \| (?<old>warning|info|error|\(new\)) \| (?<new>warning|info|error) \|", RegexOptions.Multiline)]
    private static partial Regex ReviewRow();
}
