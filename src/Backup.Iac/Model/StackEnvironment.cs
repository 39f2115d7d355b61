namespace Backup.Iac;

/// <summary>How the accounts and Regions of two stacks relate.</summary>
internal enum EnvironmentRelation
{
    /// <summary>The same stack, or the same known account and Region.</summary>
    Same,

    /// <summary>Known, and different.</summary>
    Different,

    /// <summary>At least one of them is unknown at synth time.</summary>
    Unknown,
}

/// <summary>
/// Where a stack deploys, as one value computed once per stack (<see cref="BackupStack.Environment"/>): its account and
/// Region when they are known at synth time (given, not empty, not a token), otherwise null ("chosen at deploy time"),
/// and the partition of a known Region. Two values are equal when both account and Region are known and the same; a
/// value that is not fully known equals only the value of its own stack. Every check that asks "same account?",
/// "same Region?" or "same account and Region?" asks it here.
/// </summary>
internal sealed class StackEnvironment : IEquatable<StackEnvironment>
{
    private StackEnvironment(BackupStack stack, string? account, string? region)
    {
        Stack = stack;
        Account = account;
        Region = region;
    }

    /// <summary>The stack this value was computed for.</summary>
    public BackupStack Stack { get; }

    /// <summary>The account, when known at synth time.</summary>
    public string? Account { get; }

    /// <summary>The Region, when known at synth time.</summary>
    public string? Region { get; }

    /// <summary>The partition of the Region (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...), when the Region is known.</summary>
    public string? Partition => Region is { } region ? PartitionOf(region) : null;

    /// <summary>Whether both account and Region are known.</summary>
    public bool IsKnown => Account is not null && Region is not null;

    /// <summary>The environment of a stack (use <see cref="BackupStack.Environment"/>, which computes it once).</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>Its environment.</returns>
    internal static StackEnvironment Of(BackupStack stack) => new(stack, KnownOrNull(stack.Account), KnownOrNull(stack.Region));

    /// <summary>Whether a value is given and fully known at synth time: not null, not empty, not holding a token.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when known.</returns>
    public static bool Known(string? value) => !string.IsNullOrEmpty(value) && !Token.IsUnresolved(value);

    /// <summary>The same stack, or both account and Region known and equal.</summary>
    /// <param name="other">The other environment.</param>
    /// <returns>True when certainly the same account and Region.</returns>
    public bool Same(StackEnvironment other) => Equals(other);

    /// <summary>The same stack, or the account known and equal (whatever the Regions).</summary>
    /// <param name="other">The other environment.</param>
    /// <returns>True when certainly the same account.</returns>
    public bool SameAccount(StackEnvironment other) =>
        ReferenceEquals(Stack, other.Stack) || (Account is not null && Account == other.Account);

    /// <summary>The same stack, or the Region known and equal (whatever the accounts).</summary>
    /// <param name="other">The other environment.</param>
    /// <returns>True when certainly the same Region.</returns>
    public bool SameRegion(StackEnvironment other) =>
        ReferenceEquals(Stack, other.Stack) || (Region is not null && Region == other.Region);

    /// <summary>Whether this is certainly the given account and Region (both known here, and equal).</summary>
    /// <param name="account">An account ID.</param>
    /// <param name="region">A Region.</param>
    /// <returns>True when the stack deploys there.</returns>
    public bool IsAt(string? account, string? region) => IsKnown && Account == account && Region == region;

    /// <summary>Whether <paramref name="account"/> is known and certainly not this (known) account.</summary>
    /// <param name="account">An account ID, e.g. from an ARN.</param>
    /// <returns>True when both are known and differ.</returns>
    public bool IsOtherAccount(string? account) => Account is not null && Known(account) && account != Account;

    /// <summary>Whether <paramref name="region"/> is known and certainly not this (known) Region.</summary>
    /// <param name="region">A Region, e.g. from an ARN.</param>
    /// <returns>True when both are known and differ.</returns>
    public bool IsOtherRegion(string? region) => Region is not null && Known(region) && region != Region;

    /// <summary>How this and another environment relate.</summary>
    /// <param name="other">The other environment.</param>
    /// <returns>Same, different (both known), or unknown.</returns>
    public EnvironmentRelation RelationTo(StackEnvironment other) =>
        Same(other) ? EnvironmentRelation.Same
        : IsKnown && other.IsKnown ? EnvironmentRelation.Different
        : EnvironmentRelation.Unknown;

    /// <summary>Where the stack deploys, for messages: <c>account 111122223333, Region eu-west-1</c> or <c>stack 'Prod'</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe() => IsKnown ? $"account {Account}, Region {Region}" : $"stack '{Stack.StackName}'";

    /// <summary>The partition of a Region (catalog "ARN shape checks").</summary>
    /// <param name="region">A Region name.</param>
    /// <returns>The partition.</returns>
    public static string PartitionOf(string region) => region switch
    {
        _ when region.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
        _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
        _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "aws-iso-b",
        _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => "aws-iso-f",
        _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "aws-iso",
        _ when region.StartsWith("eu-isoe-", StringComparison.Ordinal) => "aws-iso-e",
        _ when region.StartsWith("eusc-", StringComparison.Ordinal) => "aws-eusc",
        _ => "aws",
    };

    /// <inheritdoc />
    public bool Equals(StackEnvironment? other) =>
        other is not null && (ReferenceEquals(Stack, other.Stack) || (IsKnown && Account == other.Account && Region == other.Region));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StackEnvironment);

    /// <inheritdoc />
    public override int GetHashCode() =>
        IsKnown ? HashCode.Combine(Account, Region) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Stack);

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static string? KnownOrNull(string? value) => Known(value) ? value : null;
}
