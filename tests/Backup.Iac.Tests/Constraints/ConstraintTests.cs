using Backup.Iac.Catalog;
using Backup.Iac.Changes;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests.Constraints;

public class ConstraintTests
{
    private static readonly Dictionary<string, ConstraintCase> ByName = AllCases.Cases.ToDictionary(c => c.Name);

    public static TheoryData<string> CaseNames => new(AllCases.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Constraint_case_behaves_as_documented(string name)
    {
        var c = ByName[name];
        Assert.NotNull(ConstraintCatalog.Find(c.Code));
        var result = c.Build().Synth();
        if (c.Previous is not null)
        {
            var before = c.Previous().Synth();
            var changes = result.Graphs.Zip(before.Graphs).SelectMany(p => TemplateChanges.Compare(p.First, CloudFormationEmitter.Emit(p.Second).GetText(), p.First.StackName));
            result = result with { Diagnostics = [.. result.Diagnostics, .. changes] };
        }

        var reported = result.Diagnostics.Where(d => d.Code == c.Code).ToList();
        if (c.Violates)
        {
            Assert.True(reported.Count > 0, $"Expected {c.Code}; got: {string.Join(" | ", result.Diagnostics)}");
            if (c.Path is not null)
            {
                Assert.Contains(reported, d => d.Path == c.Path && (c.Property is null || d.Property == c.Property));
            }

            var constraint = ConstraintCatalog.Find(c.Code)!;
            Assert.All(reported, d => Assert.Equal(constraint.ConstraintId, d.ConstraintId));
        }
        else
        {
            Assert.True(reported.Count == 0, $"Did not expect {c.Code}: {string.Join(" | ", reported)}");
        }
    }

    [Fact]
    public void Case_names_are_unique_and_start_with_their_catalog_id()
    {
        Assert.Equal(AllCases.Cases.Count, AllCases.Cases.Select(c => c.Name).Distinct().Count());
        foreach (var c in AllCases.Cases)
        {
            var id = ConstraintCatalog.Find(c.Code)?.ConstraintId ?? c.Code;
            Assert.StartsWith(id + " ", c.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_constraint_has_a_violating_and_a_conforming_case()
    {
        var missing = ConstraintCatalog.All
            .Where(k => !AllCases.Cases.Any(c => c.Code == k.Code && c.Violates) || !AllCases.Cases.Any(c => c.Code == k.Code && !c.Violates))
            .Select(k => k.Code).ToList();
        Assert.True(missing.Count == 0, "Constraints without both kinds of case: " + string.Join(", ", missing));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(ConstraintCatalog.All.Count, ConstraintCatalog.All.Select(c => c.Code).Distinct().Count());
        Assert.All(ConstraintCatalog.All, c =>
        {
            Assert.Matches("^BKP[1-9][0-9]{3}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
            Assert.StartsWith("https://", c.Url, StringComparison.Ordinal);
            Assert.EndsWith(".", c.Message.TrimEnd(), StringComparison.Ordinal);
        });
    }
}
