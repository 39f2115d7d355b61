namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>Whether something is certainly true, certainly false, or not known at synth time.</summary>
internal enum Certainty
{
    No,
    Yes,
    Unknown,
}

/// <summary>A vault that holds recovery points in the restore testing plan's account and Region (for XR-018).</summary>
/// <param name="Name">The vault's name when known at synth time, else null.</param>
/// <param name="VaultArn">The vault's ARN as the model holds it (may be a deploy-time value).</param>
/// <param name="Construct">The vault construct when the vault is one of this app.</param>
internal sealed record HeldVault(string? Name, string VaultArn, Construct? Construct)
{
    public static HeldVault Of(IBackupVault vault) =>
        new(RestoreTestingFacts.IsKnown(vault.VaultName) ? vault.VaultName : null, vault.VaultArn, vault as Construct);

    /// <summary>How the vault is named in messages.</summary>
    public string Describe() => Name is { } name ? $"'{name}'" : Construct?.Path ?? RestoreTestingFacts.Display(VaultArn);
}

/// <summary>
/// The entries of <c>IncludeVaults</c> and <c>ExcludeVaults</c>: <c>*</c> or backup vault ARNs whose parts may use
/// <c>*</c> wildcards (DG L44820-44824). Checks their shape (RTP-011, RTP-013) and whether one selects a vault (XR-018).
/// </summary>
internal static class VaultSelector
{
    private const string VaultPrefix = "backup-vault:";

    /// <summary>Why an entry is not <c>*</c> or a backup vault ARN, or null when it is one (or cannot be told at synth time).</summary>
    public static string? ShapeProblem(string? entry)
    {
        if (entry is null || entry.Trim().Length == 0)
        {
            return "is empty";
        }

        if (entry == "*")
        {
            return null;
        }

        if (!entry.StartsWith("arn:", StringComparison.Ordinal))
        {
            return Token.IsUnresolved(entry) ? null : "is neither '*' nor an ARN";
        }

        var parts = entry.Split(':', 6);
        if (parts.Length < 6)
        {
            return "does not have the parts arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME";
        }

        var (partition, service, region, account, resource) = (parts[1], parts[2], parts[3], parts[4], parts[5]);
        if (Literal(partition) && !Patterns.Partition().IsMatch(partition))
        {
            return $"has the partition '{partition}', which is not an AWS partition";
        }

        if (Literal(service) && service != "backup")
        {
            return $"is an ARN of the service '{service}', not of AWS Backup ('backup')";
        }

        if (Literal(region) && !RestoreTestingFacts.IsRegionName(region))
        {
            return region.Length == 0 ? "has no Region (use '*' for any Region)" : $"has the Region '{region}', which is not a Region name";
        }

        if (Literal(account) && !Patterns.AccountId().IsMatch(account))
        {
            return account.Length == 0 ? "has no account (use '*' for any account)" : $"has the account '{account}', which is not 12 digits";
        }

        if (RestoreTestingFacts.IsKnown(resource) && !IsVaultResource(resource))
        {
            return $"names the resource '{resource}', not backup-vault:NAME";
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="entry"/> selects <paramref name="vault"/>, a vault in the account and Region of
    /// <paramref name="stack"/>: certainly, certainly not, or unknown (a deploy-time part, an unknown name or Region).
    /// </summary>
    public static Certainty Selects(string? entry, HeldVault vault, BackupStack stack, BackupApp app)
    {
        if (entry == "*")
        {
            return Certainty.Yes;
        }

        if (entry is null || ShapeProblem(entry) is not null)
        {
            return Certainty.Unknown; // reported by RTP-011/RTP-013; no second guess
        }

        if (entry == vault.VaultArn)
        {
            return Certainty.Yes;
        }

        if (VaultWithArn(entry, app) is { } other)
        {
            return SameVault(other, vault, stack);
        }

        if (!entry.StartsWith("arn:", StringComparison.Ordinal))
        {
            return Certainty.Unknown;
        }

        var parts = entry.Split(':', 6);
        return All(
            Part(parts[1], Aws.Partition, stack.Environment.Partition),
            Part(parts[2], null, "backup"),
            Part(parts[3], Aws.Region, stack.Environment.Region),
            Part(parts[4], Aws.AccountId, stack.Environment.Account),
            Part(parts[5], null, vault.Name is { } name ? VaultPrefix + name : null));
    }

    private static bool IsVaultResource(string resource)
    {
        var star = resource.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return resource.StartsWith(VaultPrefix, StringComparison.Ordinal) && resource.Length > VaultPrefix.Length;
        }

        var prefix = resource[..star];
        return prefix.StartsWith(VaultPrefix, StringComparison.Ordinal) || VaultPrefix.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>A part of a pattern against the vault's value: the stack's own pseudo parameter matches; a literal is globbed.</summary>
    private static Certainty Part(string pattern, string? pseudo, string? actual)
    {
        if (pattern == "*")
        {
            return Certainty.Yes;
        }

        if (pseudo is not null && pattern == pseudo)
        {
            return Certainty.Yes;
        }

        if (!RestoreTestingFacts.IsKnown(pattern) || actual is null)
        {
            return Certainty.Unknown;
        }

        return Wildcards.Glob(actual, pattern) ? Certainty.Yes : Certainty.No;
    }

    private static Certainty All(params Certainty[] parts) =>
        parts.Contains(Certainty.No) ? Certainty.No : parts.All(p => p == Certainty.Yes) ? Certainty.Yes : Certainty.Unknown;

    /// <summary>The vault of this app whose ARN (a deploy-time value) is exactly <paramref name="arn"/>.</summary>
    private static IBackupVault? VaultWithArn(string arn, BackupApp app) =>
        Token.IsUnresolved(arn) ? app.Descendants().OfType<IBackupVault>().FirstOrDefault(v => v.VaultArn == arn) : null;

    /// <summary>Whether a vault of this app is the held vault (which is in the stack's account and Region).</summary>
    private static Certainty SameVault(IBackupVault other, HeldVault vault, BackupStack stack)
    {
        if (ReferenceEquals(other, vault.Construct))
        {
            return Certainty.Yes;
        }

        var relation = other is Construct c ? c.Stack.Environment.RelationTo(stack.Environment) : EnvironmentRelation.Unknown;
        var name = RestoreTestingFacts.IsKnown(other.VaultName) ? other.VaultName : null;
        if (relation == EnvironmentRelation.Different || (name is not null && vault.Name is not null && name != vault.Name))
        {
            return Certainty.No;
        }

        return relation == EnvironmentRelation.Same && name is not null && name == vault.Name ? Certainty.Yes : Certainty.Unknown;
    }

    private static bool Literal(string part) => RestoreTestingFacts.IsKnown(part) && !part.Contains('*', StringComparison.Ordinal);
}
