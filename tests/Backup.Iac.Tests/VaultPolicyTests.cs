namespace Backup.Iac.Tests;

/// <summary>Vault access policies are checked alike whether written as typed statements or as raw JSON.</summary>
public class VaultPolicyTests
{
    private static IReadOnlyList<string> Codes(VaultAccessPolicy policy, params BackupResource[] resources)
    {
        var app = Fixture.App(s =>
        {
            var vault = s.AddVault("Vault", new() { AccessPolicy = policy });
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = resources, Role = BackupRole.FromArn(Fixture.RoleArn) });
        });
        return [.. app.Synth().Diagnostics.Where(d => d.Path == "Test/Vault").Select(d => d.Code).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Typed_and_raw_policies_report_the_same_codes()
    {
        var typed = VaultAccessPolicy.Of(new PolicyStatement
        {
            Effect = PolicyEffect.Allow,
            Principals = [PolicyPrincipal.FromArn($"arn:aws:iam::{Fixture.OtherAccount}:role/Ops")],
            Actions = ["backup:CopyIntoBackupVault", "backup:*"],
            Resources = ["arn:aws:s3:::bucket"],
        }, new PolicyStatement
        {
            Effect = PolicyEffect.Deny,
            Principals = [PolicyPrincipal.Anyone],
            Actions = ["backup:DeleteRecoveryPoint"],
        });
        var raw = VaultAccessPolicy.FromJson($$"""
            {
              "Version": "2012-10-17",
              "Statement": [
                { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::{{Fixture.OtherAccount}}:role/Ops" },
                  "Action": ["backup:CopyIntoBackupVault", "backup:*"], "Resource": "arn:aws:s3:::bucket" },
                { "Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint", "Resource": "*" }
              ]
            }
            """);
        var ebs = BackupResource.EbsVolume("vol-0123456789abcdef0");

        var expected = new[] { "BKP1102", "BKP1103", "BKP1104", "BKP1105" };
        Assert.Equal(expected, Codes(typed, ebs));
        Assert.Equal(expected, Codes(raw, ebs));
    }

    [Fact]
    public void A_valid_copy_policy_reports_nothing_at_the_vault()
    {
        var policy = VaultAccessPolicy.Of(
            VaultAccessPolicy.AllowCopyIntoFromAccounts(Fixture.OtherAccount),
            VaultAccessPolicy.AllowCopyIntoFromOrganization("o-abcdef1234"));
        Assert.Empty(Codes(policy, BackupResource.FromTag("backup", "true")));
    }
}
