using AirGappedRecovery;

namespace Backup.Iac.Testing.Tests;

/// <summary>The intent assertions on the air-gapped recovery example: ARNs with pseudo parameters and conditions on tags.</summary>
public class AirGappedRecoveryProtectionTests
{
    private const string Instance = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0";

    [Fact]
    public void Tagged_instances_are_backed_up_daily_and_copied_to_the_air_gapped_vault_for_35_days() =>
        Protection.Of(AirGappedRecoveryEstate.Build())
            .For(Instance, new Dictionary<string, string> { ["backup"] = "daily" })
            .IsBackedUp()
            .AtLeastEvery(TimeSpan.FromDays(1))
            .CopiedTo(region: "eu-west-1", account: "111122223333", retainedAtLeast: Duration.Days(35));

    [Fact]
    public void Instances_without_the_tag_are_not_backed_up()
    {
        var e = Assert.Throws<BackupAssertionException>(() => Protection.Of(AirGappedRecoveryEstate.Build()).For(Instance).IsBackedUp());
        Assert.Contains("Recovery/Plan/Instances: its condition StringEquals backup=daily does not hold (the resource has no tag backup)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_kept_shorter_than_required_fails()
    {
        var e = Assert.Throws<BackupAssertionException>(() => Protection.Of(AirGappedRecoveryEstate.Build())
            .For(Instance, new Dictionary<string, string> { ["backup"] = "daily" })
            .CopiedTo(retainedAtLeast: Duration.Days(90)));
        Assert.Contains("is kept only 35 days", e.Message, StringComparison.Ordinal);
    }
}
