namespace Backup.Iac.Validation.Copies;

/// <summary>
/// What is known at synth time about a copy's destination vault: its account, Region and name (null when unknown or a
/// token), and the vault construct when the destination is one of this app. A vault construct's account and Region are
/// those of its stack; an ARN's <see cref="Aws.AccountId"/> and <see cref="Aws.Region"/> tokens are the source stack's own.
/// </summary>
internal sealed record CopyDestination(string? Account, string? Region, string? VaultName, BackupVault? Vault)
{
    public static CopyDestination Of(IBackupVault? vault, ValidationContext context)
    {
        var stack = context.Stack;
        switch (vault)
        {
            case null:
                return new(null, null, null, null);
            case BackupVault construct:
                return new(construct.Stack.Environment.Account, construct.Stack.Environment.Region, Known(construct.VaultName), construct);
        }

        if (Arn.TryParse(vault.VaultArn) is not { } arn)
        {
            return new(null, null, null, null);
        }

        var account = arn.Account == Aws.AccountId ? stack?.Account : Known(arn.Account) is { } a && Patterns.AccountId().IsMatch(a) ? a : null;
        var region = arn.Region == Aws.Region ? stack?.Region : Known(arn.Region) is { } r && Patterns.Region().IsMatch(r) ? r : null;
        var name = arn.Resource.StartsWith(VaultPrefix, StringComparison.Ordinal) ? Known(arn.Resource[VaultPrefix.Length..]) : null;
        var inModel = account is null || region is null || name is null ? null
            : context.Facts.VaultAt(account, region, name);
        return new(account, region, name, inModel);
    }

    /// <summary>The destination is in another Region than the stack (both known).</summary>
    public bool IsCrossRegion(ValidationContext context) => context.Stack?.Environment.IsOtherRegion(Region) == true;

    /// <summary>The destination is in another account than the stack (both known).</summary>
    public bool IsCrossAccount(ValidationContext context) => context.Stack?.Environment.IsOtherAccount(Account) == true;

    /// <summary>Whether <paramref name="other"/> is known to be the same vault.</summary>
    public bool IsSameVault(CopyDestination other) =>
        (Vault is not null && Vault == other.Vault)
        || (Account is not null && Region is not null && VaultName is not null
            && Account == other.Account && Region == other.Region && VaultName == other.VaultName);

    /// <summary>"another Region (R)", "another account (A)" or both, for messages; null when neither.</summary>
    public string? Boundary(ValidationContext context) => (IsCrossRegion(context), IsCrossAccount(context)) switch
    {
        (true, true) => $"Region ({Region}) and account ({Account})",
        (true, false) => $"Region ({Region})",
        (false, true) => $"account ({Account})",
        _ => null,
    };

    /// <summary>How a destination is named in messages: the vault name of a construct, else the ARN or name given.</summary>
    public static string Describe(IBackupVault vault) => vault switch
    {
        BackupVault construct => Token.IsUnresolved(construct.VaultName) ? construct.Path : construct.VaultName,
        ExternalBackupVault external => external.IsFromArn && !Token.IsUnresolved(external.VaultArn) ? external.VaultArn : external.VaultName,
        _ => string.IsNullOrWhiteSpace(vault.VaultArn) || Token.IsUnresolved(vault.VaultArn) ? vault.VaultName : vault.VaultArn,
    };

    private const string VaultPrefix = "backup-vault:";

    private static string? Known(string? value) => string.IsNullOrEmpty(value) || Token.IsUnresolved(value) ? null : value;
}
