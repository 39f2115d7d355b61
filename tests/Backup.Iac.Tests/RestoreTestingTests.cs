using Backup.Iac.Validation.RestoreTesting;

namespace Backup.Iac.Tests;

/// <summary>The vault selectors of restore testing plans (RTP-011, RTP-013, XR-018) and the name helpers (RTP-002, RTS-002).</summary>
public class RestoreTestingTests
{
    private static (BackupApp App, BackupStack Stack, BackupVault Vault, BackupVault Other) Model(string? account = Fixture.Account, string? region = Fixture.Region)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Test", new BackupStackProps { Account = account, Region = region });
        return (app, stack, stack.AddVault("Vault", new BackupVaultProps { BackupVaultName = "primary" }), stack.AddVault("Other", new BackupVaultProps { BackupVaultName = "other" }));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("arn:aws:backup:eu-west-1:111122223333:backup-vault:primary")]
    [InlineData("arn:aws:backup:*:*:backup-vault:prim*")]
    [InlineData("arn:*:backup:eu-*:111122223333:backup-vault:*")]
    [InlineData("arn:aws:backup:*:*:*")]
    public void A_selector_that_matches_the_vault_selects_it(string selector)
    {
        var (app, stack, vault, _) = Model();
        Assert.Equal(Certainty.Yes, VaultSelector.Selects(selector, HeldVault.Of(vault), stack, app));
    }

    [Theory]
    [InlineData("arn:aws:backup:eu-west-1:111122223333:backup-vault:other")]
    [InlineData("arn:aws:backup:eu-central-1:111122223333:backup-vault:primary")]
    [InlineData("arn:aws:backup:eu-west-1:444455556666:backup-vault:primary")]
    [InlineData("arn:aws-cn:backup:eu-west-1:111122223333:backup-vault:primary")]
    [InlineData("arn:aws:backup:*:*:backup-vault:prod-*")]
    public void A_selector_that_misses_the_vault_does_not_select_it(string selector)
    {
        var (app, stack, vault, _) = Model();
        Assert.Equal(Certainty.No, VaultSelector.Selects(selector, HeldVault.Of(vault), stack, app));
    }

    [Fact]
    public void Vault_arns_of_the_model_select_their_own_vault_only()
    {
        var (app, stack, vault, other) = Model();
        Assert.Equal(Certainty.Yes, VaultSelector.Selects(vault.VaultArn, HeldVault.Of(vault), stack, app));
        Assert.Equal(Certainty.No, VaultSelector.Selects(other.VaultArn, HeldVault.Of(vault), stack, app));
        Assert.Equal(Certainty.Yes, VaultSelector.Selects(BackupVault.FromName("primary").VaultArn, HeldVault.Of(vault), stack, app));
    }

    [Fact]
    public void Unknown_parts_give_no_verdict_unless_another_part_rules_the_vault_out()
    {
        var (app, stack, vault, _) = Model(account: null, region: null);
        var held = HeldVault.Of(vault);
        Assert.Equal(Certainty.Unknown, VaultSelector.Selects("arn:aws:backup:eu-west-1:111122223333:backup-vault:primary", held, stack, app));
        Assert.Equal(Certainty.No, VaultSelector.Selects("arn:aws:backup:eu-west-1:111122223333:backup-vault:other", held, stack, app));
        Assert.Equal(Certainty.Unknown, VaultSelector.Selects(new StackParameter("Vault").Value, held, stack, app));
    }

    [Theory]
    [InlineData("*", null)]
    [InlineData("arn:aws:backup:us-west-2:123456789012:backup-vault:asdf", null)]
    [InlineData("arn:aws:backup:*:*:backup-vault:asdf-*", null)]
    [InlineData("arn:aws-us-gov:backup:us-gov-west-1:123456789012:backup-vault:v", null)]
    [InlineData("asdf", "is neither '*' nor an ARN")]
    [InlineData("", "is empty")]
    [InlineData("arn:aws:backup:us-west-2:123456789012", "does not have the parts arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME")]
    [InlineData("arn:aws:backup:us-west-2:123456789012:backup-plan:p", "names the resource 'backup-plan:p', not backup-vault:NAME")]
    [InlineData("arn:aws:backup:us-west-2:1234:backup-vault:v", "has the account '1234', which is not 12 digits")]
    public void Selector_shapes_are_checked(string selector, string? problem) =>
        Assert.Equal(problem, VaultSelector.ShapeProblem(selector));

    [Theory]
    [InlineData("weekly_tests", null, null)]
    [InlineData("weekly-tests", "contains '-'", "weekly_tests")]
    [InlineData("weekly tests.v2", "contains a space, '.'", "weekly_tests_v2")]
    public void Restore_testing_names_allow_letters_digits_and_underscores(string name, string? problem, string? suggestion)
    {
        Assert.Equal(problem, RestoreTestingFacts.NameProblem(name));
        Assert.Equal(suggestion, RestoreTestingFacts.SuggestName(name));
    }
}
