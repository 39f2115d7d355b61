using System.Text.RegularExpressions;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>VAULT-007: <c>EncryptionKeyArn</c> has the shape of a KMS key ARN (any partition); aliases get a hint.</summary>
internal sealed partial class VaultKeyIsKmsKeyArn : IValidator<BackupVault>
{
    public void Check(BackupVault vault, ValidationContext context)
    {
        string? key = vault.Props.EncryptionKeyArn;
        if (key is null || Token.IsUnresolved(key) || KeyArn().IsMatch(key))
        {
            return;
        }

        var hint = key.StartsWith("alias/", StringComparison.Ordinal) || AliasArn().IsMatch(key)
            ? " (it looks like a key alias; the vault's key cannot be changed after creation, so name the key itself)"
            : "";
        context.Report(VaultConstraints.KeyArnShape, vault, null, nameof(BackupVaultProps.EncryptionKeyArn), key, hint);
    }

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:key/\S+$", RegexOptions.CultureInvariant)]
    internal static partial Regex KeyArn();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:alias/\S+$", RegexOptions.CultureInvariant)]
    internal static partial Regex AliasArn();
}
