using Amazon.CDK;
using Amazon.CDK.CXAPI;

namespace Backup.Iac.Cdk.Tests;

/// <summary>
/// Backup.Iac's diagnostics inside CDK synth: errors through the construct's validation (the same lines as the
/// native synth, and no template), warnings as CDK warning annotations with the code as ID, infos counted.
/// </summary>
[Collection(SharedExamples.Name)]
public sealed class DiagnosticsTests(ExamplesFixture fixture)
{
    [Fact]
    public void The_broken_CdkApp_fails_CDK_synth_with_the_native_lines_and_writes_no_template()
    {
        var outdir = Directory.CreateTempSubdirectory("backup-iac-cdk-broken-").FullName;
        try
        {
            var app = new App(new AppProps { Outdir = outdir });
            var estate = global::CdkApp.ProdApp.Build(app, broken: true);
            var native = new StringWriter();
            Assert.Equal(1, BackupAppHost.Run(estate.Stack.Root, ["validate"], native, TextWriter.Null, color: false));
            var nativeErrors = native.ToString().Split('\n').Where(l => l.Contains(": error BKP", StringComparison.Ordinal)).ToList();

            var errors = estate.Node.Validate();
            Assert.Equal(nativeErrors, errors);
            Assert.Contains(errors, e => e.StartsWith("Prod/AppPlan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204: ", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("Prod/AppPlan/Nothing", StringComparison.Ordinal) && e.Contains(": error BKP", StringComparison.Ordinal));
            Assert.Null(estate.Graph);

            var failure = Assert.ThrowsAny<Exception>(() => app.Synth());
            Assert.Contains("Validation failed", failure.Message, StringComparison.Ordinal);
            foreach (var error in errors)
            {
                Assert.Contains(error, failure.Message, StringComparison.Ordinal);
            }

            Assert.Empty(Directory.EnumerateFiles(outdir, "*.template.json"));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Fact]
    public void Settings_are_CDK_warnings_with_their_codes_as_the_native_host_reports_them()
    {
        var warnings = Metadata(fixture.Assembly, "More", "aws:cdk:warning");
        Assert.Contains(warnings, w => w.Data.StartsWith("More/Global: warning BKP8001: ", StringComparison.Ordinal) && w.Data.EndsWith("[ack: BKP8001]", StringComparison.Ordinal) && w.Path == "/More/Backup");
        Assert.Contains(warnings, w => w.Data.StartsWith("More/Region: warning BKP8002: ", StringComparison.Ordinal));
        var native = ExamplesFixture.MoreModel();
        var printed = new StringWriter();
        Assert.Equal(0, BackupAppHost.Run(native, ["validate"], printed, TextWriter.Null, color: false));
        var nativeWarnings = printed.ToString().Split('\n').Where(l => l.Contains(": warning BKP", StringComparison.Ordinal)).ToList();
        Assert.Equal(nativeWarnings.Count, warnings.Count);
        Assert.All(nativeWarnings, n => Assert.Contains(warnings, w => w.Data.StartsWith(n, StringComparison.Ordinal)));
    }

    [Fact]
    public void Infos_are_counted_unless_verbose_and_placed_on_the_construct_of_their_path()
    {
        var infos = Metadata(fixture.Assembly, "QuickStart", "aws:cdk:info");
        var info = Assert.Single(infos);
        Assert.Equal("6 Backup.Iac info(s) not shown (-c backup-iac:verbose=true shows them).", info.Data);

        var app = new App(new AppProps { Context = new Dictionary<string, object> { [BackupEstate.VerboseContextKey] = "true" } });
        var model = global::QuickStart.QuickStartEstate.Build();
        var estate = new BackupEstate(new Stack(app, "Prod"), "Backup", new BackupEstateProps { Stack = model.Stacks[0] });
        var archive = estate.Node.FindChild("Archive");
        var lines = archive.Node.Metadata.Where(m => m.Type == "aws:cdk:info").Select(m => m.Data.ToString()).ToList();
        Assert.Contains(lines, l => l!.StartsWith("Prod/Archive#Lock.Mode: info BKP1311: ", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void An_acknowledged_warning_is_not_reported()
    {
        var model = ExamplesFixture.MoreModel();
        model.Acknowledge("BKP8001", "More/Global", "Applied from the management account.");
        var estate = new BackupEstate(new Stack(new App(), "More"), "Backup", new BackupEstateProps { Stack = model.Stacks[0] });
        Assert.DoesNotContain(estate.Diagnostics, d => d.Code == "BKP8001");
        Assert.Contains(estate.Diagnostics, d => d.Code == "BKP8002");

        // The CDK's own acknowledgement works too, since the warning's ID is its code.
        Assert.Contains(Warnings(estate), w => w.Contains("BKP8002", StringComparison.Ordinal));
        Annotations.Of(estate).AcknowledgeWarning("BKP8002", "Opted in by the platform team.");
        Assert.DoesNotContain(Warnings(estate), w => w.Contains("BKP8002", StringComparison.Ordinal));
    }

    private static List<string> Warnings(BackupEstate estate) =>
        [.. estate.Node.FindAll().SelectMany(c => c.Node.Metadata).Where(m => m.Type == "aws:cdk:warning").Select(m => m.Data?.ToString() ?? "")];

    [Fact]
    public void An_error_in_a_stack_no_estate_renders_fails_the_estates_that_are_rendered()
    {
        var (model, good, _) = TwoStacks();
        var estate = new BackupEstate(new Stack(new App(), "Good"), "Backup", new BackupEstateProps { Stack = good });
        Assert.Null(estate.Graph); // an error anywhere stops the app from lowering
        var error = Assert.Single(estate.Node.Validate());
        Assert.StartsWith("Bad/Plan/Rules[Daily]#Lifecycle.DeleteAfter: error BKP2204: ", error, StringComparison.Ordinal);

        var (_, good2, bad2) = TwoStacks();
        var app = new App();
        var first = new BackupEstate(new Stack(app, "Good"), "Backup", new BackupEstateProps { Stack = good2 });
        var second = new BackupEstate(new Stack(app, "Bad"), "Backup", new BackupEstateProps { Stack = bad2 });
        Assert.Empty(first.Node.Validate()); // each error once, on the estate of its stack
        Assert.Single(second.Node.Validate());
        Assert.NotNull(model);
    }

    [Fact]
    public void Wiring_mistakes_are_programmer_errors()
    {
        var (_, good, _) = TwoStacks();
        var app = new App();
        var other = new Stack(app, "Other", new StackProps { Env = new Amazon.CDK.Environment { Account = "444455556666", Region = "eu-west-1" } });
        var wrongAccount = Assert.Throws<ArgumentException>(() => new BackupEstate(other, "Backup", new BackupEstateProps { Stack = good }));
        Assert.Contains("deploys to account 111122223333, but its CDK stack deploys to 444455556666", wrongAccount.Message, StringComparison.Ordinal);

        var (_, good2, _) = TwoStacks();
        var stack = new Stack(app, "Agnostic"); // an environment-agnostic CDK stack takes any Backup.Iac environment
        _ = new BackupEstate(stack, "Backup", new BackupEstateProps { Stack = good2 });
        var twice = Assert.Throws<ArgumentException>(() => new BackupEstate(stack, "Again", new BackupEstateProps { Stack = good2 }));
        Assert.Contains("already rendered by 'Agnostic/Backup'", twice.Message, StringComparison.Ordinal);
    }

    private static (BackupApp Model, BackupStack Good, BackupStack Bad) TwoStacks()
    {
        var model = new BackupApp();
        var good = model.AddStack("Good", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var vault = good.AddVault("Vault");
        good.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] })
            .AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });
        var bad = model.AddStack("Bad", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });
        var badVault = bad.AddVault("Vault");
        bad.AddPlan("Plan", new BackupPlanProps
        {
            Vault = badVault,
            Rules = [BackupPlanRule.Daily() with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(60) } }],
        }).AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "daily")] });
        return (model, good, bad);
    }

    private static List<(string Path, string Data)> Metadata(CloudAssembly assembly, string stack, string type) =>
        [.. assembly.GetStackByName(stack).FindMetadataByType(type).Select(m => (m.Path, m.Data?.ToString() ?? ""))];
}
