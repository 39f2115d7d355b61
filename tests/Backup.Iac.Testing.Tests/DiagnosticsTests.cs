using QuickStart;

namespace Backup.Iac.Testing.Tests;

public class DiagnosticsTests
{
    private static BackupApp ColdStorageTooShort()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = prod.AddPlan("DailyPlan", new BackupPlanProps
        {
            Vault = prod.AddVault("Primary"),
            Rules = [BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(90) } }],
        });
        plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")] });
        return app;
    }

    [Fact]
    public void The_quick_start_has_no_error_and_no_warning() =>
        Diagnostics.Of(QuickStartEstate.Build()).HasNoErrors().HasNoWarnings().Has("BKP7052", at: "Prod/ProdPlan");

    [Fact]
    public void Has_finds_a_code_at_or_under_a_path()
    {
        var diagnostics = Diagnostics.Of(ColdStorageTooShort());
        diagnostics.Has("BKP2204").Has("BKP2204", at: "Prod/DailyPlan").Has("BKP2204", at: "Prod/DailyPlan/Rules[Daily]#Lifecycle.DeleteAfter");
        var elsewhere = Assert.Throws<BackupAssertionException>(() => diagnostics.Has("BKP2204", at: "Prod/Daily"));
        Assert.Contains("it is reported only elsewhere", elsewhere.Message, StringComparison.Ordinal);
        Assert.Contains("Prod/DailyPlan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204", elsewhere.Message, StringComparison.Ordinal);
        Assert.Throws<BackupAssertionException>(() => diagnostics.DoesNotHave("BKP2204", at: "Prod"));
        diagnostics.DoesNotHave("BKP2204", at: "Other");
    }

    [Fact]
    public void HasNoErrors_lists_the_errors()
    {
        var e = Assert.Throws<BackupAssertionException>(() => Diagnostics.Of(ColdStorageTooShort()).HasNoErrors());
        Assert.StartsWith("Expected no errors, but synth reports 1:", e.Message, StringComparison.Ordinal);
        Assert.Contains("error BKP2204", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasNoWarnings_accepts_the_codes_excepted()
    {
        var app = QuickStartEstate.Build();
        var warned = new BackupApp();
        var prod = warned.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var plan = prod.AddPlan("Plan", new BackupPlanProps { Vault = prod.AddVault("V"), Rules = [BackupPlanRule.Daily(), BackupPlanRule.Daily() with { RuleName = "Again" }] });
        plan.AddSelection("All", new BackupSelectionOptions { Resources = [BackupResource.DynamoDbTable("orders")] });
        var warnings = Diagnostics.Of(warned).All.Where(d => d.Severity == Severity.Warning).Select(d => d.Code).Distinct().ToArray();
        Assert.NotEmpty(warnings);
        Assert.Throws<BackupAssertionException>(() => Diagnostics.Of(warned).HasNoWarnings());
        Diagnostics.Of(warned).HasNoWarnings(except: warnings);
        Diagnostics.Of(app).HasNoWarnings();
    }

    [Fact]
    public void A_template_of_an_app_with_errors_is_refused_with_the_errors() =>
        Assert.Contains("error BKP2204", Assert.Throws<BackupAssertionException>(() => EstateTemplate.From(ColdStorageTooShort().Stacks[0])).Message, StringComparison.Ordinal);
}
