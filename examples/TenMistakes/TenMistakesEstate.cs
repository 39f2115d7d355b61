using Backup.Iac;

namespace TenMistakes;

/// <summary>An estate with eleven common mistakes (the issue asked for ten): synth reports all of them in one run and writes nothing.</summary>
public static class TenMistakesEstate
{
    /// <summary>Builds the estate.</summary>
    /// <returns>The app.</returns>
    public static BackupApp Build()
    {
        var app = new BackupApp();
        var prod = app.AddStack("Prod", new BackupStackProps { Account = "111122223333", Region = "eu-west-1" });

        // 1. A dot in a vault name.
        var primary = prod.AddVault("Primary", new BackupVaultProps { BackupVaultName = "prod.primary" });

        // 2. A compliance lock whose irreversibility is not acknowledged, 3. with a grace time under 3 days.
        var locked = prod.AddVault("Locked", new BackupVaultProps
        {
            BackupVaultName = "prod-locked",
            Lock = VaultLock.Compliance(Duration.Days(7), changeableFor: Duration.Days(2), ComplianceLockAcknowledgement.None),
        });

        var plan = prod.AddPlan("Plan", new BackupPlanProps
        {
            Vault = primary,
            Rules =
            [
                // 4. Deleted 30 days after moving to cold storage (at least 90 are required).
                BackupPlanRule.Monthly1Year() with { Lifecycle = new Lifecycle { MoveToColdStorageAfter = Duration.Days(30), DeleteAfter = Duration.Days(60) } },

                // 5. Every 30 minutes (at most once an hour), 6. in a misspelt time zone, 7. with a 30-minute start window.
                BackupPlanRule.Daily() with
                {
                    RuleName = "Frequent",
                    Schedule = Schedule.FromExpression("cron(0/30 * ? * * *)"),
                    ScheduleTimeZone = "Europe/Pari",
                    StartWindow = Duration.Minutes(30),
                },

                // 8. Continuous backups kept 60 days (at most 35).
                BackupPlanRule.Continuous(Duration.Days(60), locked),

                // 9. A copy to a vault name where an ARN is required, 10. from a rule whose name has a space.
                BackupPlanRule.Weekly() with
                {
                    RuleName = "Weekly copy",
                    CopyActions = [CopyAction.To(BackupVault.FromArn("prod-dr"), Duration.Days(90))],
                },
            ],
        });

        // 11. A selection that selects nothing.
        plan.AddSelection("Everything", new BackupSelectionOptions());
        return app;
    }
}
