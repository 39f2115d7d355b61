namespace Backup.Iac.Bench;

/// <summary>
/// The benchmark's estate, repeated N times in one stack: one vault; one plan with a daily rule (cold after 30 days,
/// delete after 365) and a monthly rule (delete after 730 days) that copies to a shared DR vault; one selection by tag
/// and one by ARN. The CDK comparison (bench/Backup.Iac.Bench.Cdk) builds exactly the same estates.
/// </summary>
internal static class Estates
{
    public const string Account = "111122223333";
    public const string Region = "eu-west-1";

    public static BackupApp Build(int estates)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Bench", new BackupStackProps { Account = Account, Region = Region });
        var dr = stack.AddVault("SharedDr", new BackupVaultProps { BackupVaultName = "shared-dr" });
        for (var i = 0; i < estates; i++)
        {
            var vault = stack.AddVault($"Vault{i}", new BackupVaultProps { BackupVaultName = $"estate-{i}" });
            var plan = stack.AddPlan($"Plan{i}", new BackupPlanProps
            {
                BackupPlanName = $"estate-{i}",
                Vault = vault,
                Rules =
                [
                    new BackupPlanRule
                    {
                        RuleName = "Daily",
                        Schedule = Schedule.Daily(5),
                        Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(365) },
                    },
                    new BackupPlanRule
                    {
                        RuleName = "Monthly",
                        Schedule = Schedule.Monthly(dayOfMonth: 1, hour: 5),
                        Lifecycle = new Lifecycle { DeleteAfter = Duration.Days(730) },
                        CopyActions = [CopyAction.To(dr, retention: Duration.Days(730))],
                    },
                ],
            });
            plan.AddSelection("Tagged", new BackupSelectionOptions { Resources = [BackupResource.FromTag("estate", $"estate-{i}")] });
            plan.AddSelection("Tables", new BackupSelectionOptions { Resources = [BackupResource.FromArn(TableArn(i))] });
        }

        return app;
    }

    public static string TableArn(int i) => $"arn:aws:dynamodb:{Region}:{Account}:table/estate-{i}-*";
}
