using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Validation.Selections;

namespace Backup.Iac.Tests;

/// <summary>Unit tests of the selection checks' helpers, and of what a normal selection reports.</summary>
public class SelectionTests
{
    [Theory]
    [InlineData("production", "prod*", true)]
    [InlineData("production", "*rod*", true)]
    [InlineData("prod", "prod*", true)]
    [InlineData("prod", "prod/*", false)]
    [InlineData("abc", "a*c*", true)]
    [InlineData("ab", "a*b*c", false)]
    [InlineData("my value", "my*", false)]
    [InlineData("my value", "my value", true)]
    [InlineData("prod", "Prod", false)]
    public void Like_matches_as_AWS_Backup_documents(string value, string pattern, bool expected) =>
        Assert.Equal(expected, SelectionFacts.Like(value, pattern));

    [Fact]
    public void Like_does_not_guess_the_meaning_of_a_question_mark() => Assert.Null(SelectionFacts.Like("prod", "pro?"));

    [Theory]
    [InlineData("StringEqualsIgnoreCase", "StringEquals")]
    [InlineData("StringNotEqualsIgnoreCase", "StringNotEquals")]
    [InlineData("ForAllValues:StringNotLike", "StringNotLike")]
    [InlineData("stringlike", "StringLike")]
    [InlineData("StringLikes", "StringLike")]
    [InlineData("NumericEquals", null)]
    [InlineData("Bool", null)]
    public void Nearest_operator_is_suggested_only_when_close(string op, string? expected) =>
        Assert.Equal(expected, SelectionFacts.NearestOperator(op));

    [Fact]
    public void A_case_variant_ConditionType_is_emitted_as_STRINGEQUALS()
    {
        var result = Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [BackupResource.FromTag(new TagCondition("backup", "true", "StringEquals"))],
        }).Synth();
        Assert.False(result.HasErrors);
        var json = CloudFormationEmitter.Emit(Assert.Single(result.Graphs), TemplateFormat.Json).GetText();
        Assert.Contains("\"STRINGEQUALS\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"StringEquals\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_normal_tag_selection_gets_only_the_opt_in_note()
    {
        var codes = Fixture.WithRule(BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(35) } })
            .Synth().Diagnostics.Where(d => d.Code.StartsWith("BKP30", StringComparison.Ordinal)).Select(d => (d.Code, d.Severity));
        Assert.Equal([("BKP3022", Severity.Info)], codes);
    }

    [Fact]
    public void The_quick_start_has_no_selection_warnings_or_errors()
    {
        var selection = QuickStart.QuickStartEstate.Build().Synth().Diagnostics.Where(d => d.Code.StartsWith("BKP30", StringComparison.Ordinal));
        Assert.All(selection, d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void Missing_strings_read_from_a_template_are_reported_not_thrown()
    {
        var result = Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [BackupResource.All(), BackupResource.FromTag(new TagCondition(null!, null!, null!))],
            NotResources = [null!],
            Conditions = new SelectionConditions { StringEquals = [new ConditionParameter(null!, null!)], StringLike = [new ConditionParameter("aws:ResourceTag/a", null!)] },
            Role = BackupRole.FromArn(Fixture.RoleArn),
        }).Synth();
        Assert.Contains(result.Diagnostics, d => d.Code == "BKP3011");
        Assert.Contains(result.Diagnostics, d => d.Code == "BKP3013");
        Assert.Contains(result.Diagnostics, d => d.Code == "BKP3021");
    }
}
