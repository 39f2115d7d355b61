using Backup.Iac.Validation.Copies;

namespace Backup.Iac.Tests;

/// <summary>COPY-006's list of prerequisites, and the access-policy reading behind it.</summary>
public class CopyCrossAccountTests
{
    private const string PolicyItem = "access policy allows backup:CopyIntoBackupVault";

    /// <summary>Stack <c>Test</c> (account <see cref="Fixture.Account"/>) copies into vault <c>dr</c> of stack <c>Dr</c> in another account.</summary>
    private static string Coverage(VaultAccessPolicy? policy)
    {
        var app = new BackupApp();
        var dr = app.AddStack("Dr", new BackupStackProps { Account = Fixture.OtherAccount, Region = Fixture.Region });
        var drVault = dr.AddVault("DrVault", new BackupVaultProps { BackupVaultName = "dr", AccessPolicy = policy });
        var test = app.AddStack("Test", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        Fixture.Plan(test, test.AddVault("Vault"), BackupPlanRule.Daily() with { CopyActions = [CopyAction.To(drVault, Duration.Days(35))] });
        return Assert.Single(app.Synth().Diagnostics, d => d.Code == "BKP2306").Message;
    }

    [Fact]
    public void Without_a_policy_the_access_policy_is_listed() =>
        Assert.Contains(PolicyItem, Coverage(null), StringComparison.Ordinal);

    [Fact]
    public void A_policy_that_allows_the_source_account_drops_the_access_policy_item()
    {
        var message = Coverage(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.Account)));
        Assert.DoesNotContain(PolicyItem, message, StringComparison.Ordinal);
        Assert.Contains("same AWS Organization", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_for_another_account_keeps_the_access_policy_item() =>
        Assert.Contains(PolicyItem, Coverage(VaultAccessPolicy.Of(VaultAccessPolicy.AllowCopyIntoFromAccounts("999988887777"))), StringComparison.Ordinal);

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
