using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-006: <c>EncryptionKeyArn</c>, when set, has the shape of a KMS key ARN (as VAULT-007); an alias, in particular
/// the AWS managed <c>aws/backup</c>, gets a hint. Deploy-time values are not checked.
/// </summary>
internal sealed class AirGappedVaultKeyIsKmsKeyArn : IValidator<LogicallyAirGappedBackupVault>
{
    public void Check(LogicallyAirGappedBackupVault vault, ValidationContext context)
    {
        string? key = vault.Props.EncryptionKeyArn;
        if (key is null || Token.IsUnresolved(key) || VaultKeyIsKmsKeyArn.KeyArn().IsMatch(key))
        {
            return;
        }

        var hint = AirGappedCopySourceKey.IsAwsManagedBackupKey(key)
            ? " (it names the AWS managed key aws/backup, not a customer managed key)"
            : key.StartsWith("alias/", StringComparison.Ordinal) || VaultKeyIsKmsKeyArn.AliasArn().IsMatch(key)
                ? " (it looks like a key alias; name the key itself)"
                : "";
        context.Report(AirGappedVaultConstraints.KeyArnShape, vault, null, nameof(LogicallyAirGappedBackupVaultProps.EncryptionKeyArn), key, hint);
    }
}
