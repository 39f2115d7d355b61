using Backup.Iac.Validation.Copies;

namespace Backup.Iac.Tests;

/// <summary>COPY-006, one code per precondition (issue 13, item 3), and the access-policy reading behind BKP2306.</summary>
public class CopyCrossAccountTests
{
    /// <summary>Stack <c>Test</c> (account <see cref="Fixture.Account"/>) copies into vault <c>dr</c> of stack <c>Dr</c> in another account: the copy's diagnostics.</summary>
    private static List<Diagnostic> Copy(VaultAccessPolicy? policy)
    {
        var app = new BackupApp();
        var dr = app.AddStack("Dr", new BackupStackProps { Account = Fixture.OtherAccount, Region = Fixture.Region });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr", AccessPolicy = policy });
        var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35))] });
        return [.. app.Synth().Diagnostics.Where(d => d.Path == "Test/Plan/Rules[Daily]/CopyActions[0]")];
    }

    [Fact]
    public void Without_a_policy_the_copy_into_a_vault_of_the_app_is_an_error()
    {
        var d = Assert.Single(Copy(null), d => d.Code == "BKP2306");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("is not set, so does not allow backup:CopyIntoBackupVault", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_allows_the_source_account_leaves_only_the_preconditions_outside_the_app_as_infos()
    {
        var found = Copy(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.Account)));
        Assert.DoesNotContain(found, d => d.Code is "BKP2306" or "BKP2356");
        Assert.Contains(found, d => d.Code == "BKP2357" && d.Severity == Severity.Info && d.Message.Contains("same AWS Organization", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "BKP2358" && d.Severity == Severity.Info);
        Assert.Contains(found, d => d.Code == "BKP2359" && d.Severity == Severity.Info);
    }

    [Fact]
    public void A_policy_for_another_account_is_an_error()
    {
        var d = Assert.Single(Copy(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts("999988887777"))), d => d.Code == "BKP2306");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("does not allow backup:CopyIntoBackupVault", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"backup:CopyIntoBackupVault","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}}]}""", true)]
    [InlineData("""{"Statement":{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root"]},"Action":["backup:CopyIntoBackupVault"],"Resource":"*"}}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Deny","Principal":"*","Action":"backup:CopyIntoBackupVault","Resource":"*"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"backup:CopyIntoBackupVault"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"backup:DeleteRecoveryPoint"}]}""", false)]
    [InlineData("not json", false)]
    public void A_json_policy_is_read(string json, bool allows) =>
        Assert.Equal(allows, CrossAccountCopyPrerequisites.AllowsCopyInto(VaultAccessPolicy.FromJson(json), Fixture.Account));
}
