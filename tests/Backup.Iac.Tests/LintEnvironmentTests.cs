using System.Text;
using Backup.Iac.Cli;
using Backup.Iac.Import;

namespace Backup.Iac.Tests;

/// <summary><c>backup-iac lint --account --region</c>: the checks that need the deployment's account and Region run when they are given.</summary>
public class LintEnvironmentTests
{
    /// <summary>A daily rule that copies into a vault of account 444455556666 in eu-west-1.</summary>
    private const string CrossAccountCopy = """
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BackupVaultName: prod
          Plan:
            Type: AWS::Backup::BackupPlan
            Properties:
              BackupPlan:
                BackupPlanName: daily
                BackupPlanRule:
                  - RuleName: Daily
                    TargetBackupVault: !Ref Vault
                    ScheduleExpression: cron(0 5 ? * * *)
                    Lifecycle:
                      DeleteAfterDays: 35
                    CopyActions:
                      - DestinationBackupVaultArn: arn:aws:backup:eu-west-1:444455556666:backup-vault:prod-dr
                        Lifecycle:
                          DeleteAfterDays: 35
        """;

    private static LintedFile Lint(LintEnvironment environment) => Linter.Lint("prod.yaml", Encoding.UTF8.GetBytes(CrossAccountCopy), environment);

    [Fact]
    public void COPY_006_a_cross_account_copy_is_judged_only_when_the_account_is_given()
    {
        Assert.DoesNotContain(Lint(LintEnvironment.Unknown).Diagnostics, d => d.Diagnostic.Code == "BKP2357");
        var known = Lint(new LintEnvironment("111122223333", "eu-west-1"));
        var organization = Assert.Single(known.Diagnostics, d => d.Diagnostic.Code == "BKP2357");
        Assert.Contains("444455556666", organization.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("111122223333", organization.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(20, organization.At?.Line); // the DestinationBackupVaultArn
    }

    [Fact]
    public void The_same_account_is_not_a_cross_account_copy()
    {
        var same = Lint(new LintEnvironment("444455556666", "eu-west-1"));
        Assert.DoesNotContain(same.Diagnostics, d => d.Diagnostic.Code is "BKP2357" or "BKP2358" or "BKP2359" or "BKP2356");
    }

    [Fact]
    public void The_cli_takes_account_and_region_and_refuses_malformed_ones()
    {
        var dir = Directory.CreateTempSubdirectory("lint-env-");
        try
        {
            var file = Path.Combine(dir.FullName, "prod.yaml");
            File.WriteAllText(file, CrossAccountCopy);
            var stdout = new StringWriter();
            CliApp.Run(["lint", "--verbose", "--account", "111122223333", "--region=eu-west-1", file], stdout, new StringWriter());
            Assert.Contains("BKP2357", stdout.ToString(), StringComparison.Ordinal);

            var stderr = new StringWriter();
            Assert.Equal(2, CliApp.Run(["lint", "--account", "1111-2222-3333", file], new StringWriter(), stderr));
            Assert.Contains("not an AWS account ID", stderr.ToString(), StringComparison.Ordinal);
            stderr = new StringWriter();
            Assert.Equal(2, CliApp.Run(["lint", "--region", "Europe", file], new StringWriter(), stderr));
            Assert.Contains("not an AWS Region code", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
