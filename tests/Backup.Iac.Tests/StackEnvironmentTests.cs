namespace Backup.Iac.Tests;

/// <summary>
/// The one "same account and Region" value: <see cref="StackEnvironment"/>, computed once per stack
/// (<see cref="BackupStack.Environment"/>), with account and Region known at synth time or chosen at deploy time.
/// </summary>
public class StackEnvironmentTests
{
    private static readonly BackupApp App = new();

    private static BackupStack Stack(string id, string? account, string? region) =>
        App.AddStack(id, new BackupStackProps { Account = account, Region = region });

    [Fact]
    public void Is_computed_once_per_stack()
    {
        var stack = Stack("Once", "111122223333", "eu-west-1");
        Assert.Same(stack.Environment, stack.Environment);
    }

    [Fact]
    public void Known_account_and_Region_are_kept_with_the_partition()
    {
        var environment = Stack("Known", "111122223333", "cn-north-1").Environment;
        Assert.True(environment.IsKnown);
        Assert.Equal("111122223333", environment.Account);
        Assert.Equal("cn-north-1", environment.Region);
        Assert.Equal("aws-cn", environment.Partition);
        Assert.Equal("account 111122223333, Region cn-north-1", environment.Describe());
    }

    [Theory]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-west-1", "aws")]
    public void The_partition_follows_the_Region(string region, string partition) =>
        Assert.Equal(partition, StackEnvironment.PartitionOf(region));

    [Fact]
    public void Tokens_empty_strings_and_omissions_are_chosen_at_deploy_time()
    {
        var tokens = Stack("Tokens", Aws.AccountId, Aws.Region).Environment;
        var empty = Stack("Empty", "", "").Environment;
        var omitted = Stack("Omitted", null, null).Environment;
        foreach (var environment in new[] { tokens, empty, omitted })
        {
            Assert.False(environment.IsKnown);
            Assert.Null(environment.Account);
            Assert.Null(environment.Region);
            Assert.Null(environment.Partition);
        }

        Assert.Equal("stack 'Tokens'", tokens.Describe());
    }

    [Fact]
    public void Stacks_of_the_same_known_account_and_Region_share_the_environment()
    {
        var a = Stack("SameA", "111122223333", "eu-west-1").Environment;
        var b = Stack("SameB", "111122223333", "eu-west-1").Environment;
        Assert.True(a.Same(b));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.SameAccount(b));
        Assert.True(a.SameRegion(b));
        Assert.Equal(EnvironmentRelation.Same, a.RelationTo(b));
        Assert.True(a.IsAt("111122223333", "eu-west-1"));
        Assert.False(a.IsAt("111122223333", "eu-central-1"));
    }

    [Fact]
    public void Another_Region_of_the_same_account_is_the_same_account_only()
    {
        var ireland = Stack("Ireland", "111122223333", "eu-west-1").Environment;
        var frankfurt = Stack("Frankfurt", "111122223333", "eu-central-1").Environment;
        Assert.False(ireland.Same(frankfurt));
        Assert.True(ireland.SameAccount(frankfurt));
        Assert.False(ireland.SameRegion(frankfurt));
        Assert.Equal(EnvironmentRelation.Different, ireland.RelationTo(frankfurt));
        Assert.True(ireland.IsOtherRegion("eu-central-1"));
        Assert.False(ireland.IsOtherAccount("111122223333"));
    }

    [Fact]
    public void An_unknown_environment_is_the_same_only_as_its_own_stack()
    {
        var stack = Stack("Unknown", null, "eu-west-1");
        var other = Stack("OtherUnknown", null, "eu-west-1").Environment;
        var known = Stack("KnownToo", "111122223333", "eu-west-1").Environment;
        Assert.True(stack.Environment.Same(stack.Environment));
        Assert.Equal(EnvironmentRelation.Same, stack.Environment.RelationTo(stack.Environment));
        Assert.False(stack.Environment.Same(other));
        Assert.NotEqual(stack.Environment, other);
        Assert.Equal(EnvironmentRelation.Unknown, stack.Environment.RelationTo(other));
        Assert.Equal(EnvironmentRelation.Unknown, stack.Environment.RelationTo(known));
        Assert.False(stack.Environment.SameAccount(known));
        Assert.True(stack.Environment.SameRegion(other)); // the Region is known even though the account is not
        Assert.False(stack.Environment.IsAt(null, "eu-west-1"));
    }

    [Fact]
    public void Other_account_and_Region_need_both_sides_known()
    {
        var known = Stack("Home", "111122223333", "eu-west-1").Environment;
        var unknown = Stack("Away", null, null).Environment;
        Assert.True(known.IsOtherAccount("444455556666"));
        Assert.False(known.IsOtherAccount(Aws.AccountId));
        Assert.False(known.IsOtherAccount(null));
        Assert.False(unknown.IsOtherAccount("444455556666"));
        Assert.False(unknown.IsOtherRegion("eu-central-1"));
    }
}
