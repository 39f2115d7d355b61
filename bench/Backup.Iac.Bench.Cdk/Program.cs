using System.Diagnostics;
using System.Globalization;
using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Amazon.CDK.AWS.Events;

// The CDK side of the bench's comparison: the same estates as bench/Backup.Iac.Bench/Estates.cs, with Amazon.CDK.Lib's
// L2 constructs, synthesized in this process (after one small warm-up synth that starts the jsii runtime). The last
// line is "cdk_ms=<median> peak_mb=<n>".
var estates = 1000;
var runs = 1;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--estates":
            estates = value;
            break;
        case "--runs":
            runs = value;
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}.");
            return 2;
    }
}

var outDir = Path.Combine(Path.GetTempPath(), "backup-iac-bench-cdk-" + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    Synth(1, outDir);
    var times = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var watch = Stopwatch.StartNew();
        var bytes = Synth(estates, outDir);
        watch.Stop();
        times.Add(watch.Elapsed.TotalMilliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms, template {bytes / 1024.0 / 1024.0:F2} MB"));
    }

    times.Sort();
    var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cdk_ms={median:F0} peak_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024}"));
    return 0;
}
finally
{
    if (Directory.Exists(outDir))
    {
        Directory.Delete(outDir, recursive: true);
    }
}

static long Synth(int estates, string outDir)
{
    // The CDK refuses stacks of more than 500 resources unless told otherwise; Backup.Iac leaves that to CloudFormation.
    var app = new App(new AppProps { Outdir = outDir, Context = new Dictionary<string, object> { ["@aws-cdk/core:stackResourceLimit"] = 1_000_000 } });
    var stack = new Stack(app, "Bench", new StackProps { Env = new Amazon.CDK.Environment { Account = "111122223333", Region = "eu-west-1" } });
    var dr = new BackupVault(stack, "SharedDr", new BackupVaultProps { BackupVaultName = "shared-dr" });
    for (var i = 0; i < estates; i++)
    {
        var vault = new BackupVault(stack, $"Vault{i}", new BackupVaultProps { BackupVaultName = $"estate-{i}" });
        var plan = new BackupPlan(stack, $"Plan{i}", new BackupPlanProps
        {
            BackupPlanName = $"estate-{i}",
            BackupVault = vault,
            BackupPlanRules =
            [
                new BackupPlanRule(new BackupPlanRuleProps
                {
                    RuleName = "Daily",
                    ScheduleExpression = Schedule.Cron(new CronOptions { Minute = "0", Hour = "5" }),
                    MoveToColdStorageAfter = Duration.Days(30),
                    DeleteAfter = Duration.Days(365),
                }),
                new BackupPlanRule(new BackupPlanRuleProps
                {
                    RuleName = "Monthly",
                    ScheduleExpression = Schedule.Cron(new CronOptions { Minute = "0", Hour = "5", Day = "1" }),
                    DeleteAfter = Duration.Days(730),
                    CopyActions = [new BackupPlanCopyActionProps { DestinationBackupVault = dr, DeleteAfter = Duration.Days(730) }],
                }),
            ],
        });
        plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("estate", $"estate-{i}")] });
        plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.FromArn($"arn:aws:dynamodb:eu-west-1:111122223333:table/estate-{i}-*")] });
    }

    var assembly = app.Synth();
    return new FileInfo(assembly.GetStackByName("Bench").TemplateFullPath).Length;
}
