namespace Backup.Iac;

/// <summary>A vault that this app does not create, referenced by name or ARN.</summary>
public sealed record ExternalBackupVault : IBackupVault
{
    internal ExternalBackupVault(string name, string arn, bool fromArn)
    {
        VaultName = name;
        VaultArn = arn;
        IsFromArn = fromArn;
    }

    /// <inheritdoc />
    public string VaultName { get; }

    /// <inheritdoc />
    public string VaultArn { get; }

    /// <summary>Whether the user gave an ARN (rather than a name).</summary>
    public bool IsFromArn { get; }

    /// <summary>The account in the ARN, when the user gave a literal ARN.</summary>
    public string? Account => IsFromArn ? Arn.TryParse(VaultArn)?.Account : null;

    /// <summary>The Region in the ARN, when the user gave a literal ARN.</summary>
    public string? Region => IsFromArn ? Arn.TryParse(VaultArn)?.Region : null;

    /// <inheritdoc />
    public override string ToString() => IsFromArn ? VaultArn : VaultName;
}
