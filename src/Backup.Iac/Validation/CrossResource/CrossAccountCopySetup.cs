using Backup.Iac.Catalog;
using Backup.Iac.Validation.Copies;
using Backup.Iac.Validation.Settings;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.CrossResource;

/// <summary>
/// XR-012, the prerequisites the model can judge beyond COPY-005 (Default vault), COPY-006 (one code per precondition)
/// and COPY-007 (source keys): (b) when the app has global settings, none enables cross-account backup (false, or not
/// set: it is off until the management account enables it), a warning (BKP7012): whether these are the management
/// account's settings is not known; (e) a destination vault of the app, in another account, encrypted with the AWS
/// managed key (no <see cref="BackupVaultProps.EncryptionKeyArn"/>, or an <c>alias/aws/</c> key), which cannot be
/// shared: an error (BKP7112), both ends being known. Copies whose accounts are unknown are not judged.
/// </summary>
internal sealed class CrossAccountCopySetup : IValidator<RuleSubject>
{
    public void Check(RuleSubject rule, ValidationContext context)
    {
        for (var i = 0; i < rule.Rule.CopyActions.Count; i++)
        {
            if (rule.Rule.CopyActions[i] is not { } copy)
            {
                continue;
            }

            var destination = CopyDestination.Of(copy.Destination, context);
            if (!destination.IsCrossAccount(context))
            {
                continue;
            }

            var subPath = new CopySubject(rule, copy, i).SubPath;
            if (GlobalSettingsProblem(context) is { } global)
            {
                context.Report(SettingsConstraints.CrossAccountCopySetup, rule.Plan, subPath, nameof(CopyAction.Destination), destination.Account, global,
                    "Set IsCrossAccountBackupEnabled to true in the global settings of the Organization's management account");
            }

            if (destination.Vault is { } vault && vault.VaultName != VaultNameIsNotDefault.DefaultName && UsesAwsManagedKey(vault.Props.EncryptionKeyArn))
            {
                context.Report(SettingsConstraints.CrossAccountManagedKeyDestination, rule.Plan, subPath, nameof(CopyAction.Destination), destination.Account,
                    $"the destination vault '{CopyDestination.Describe(vault)}' is encrypted with the AWS managed key aws/backup, which cannot be shared with other accounts",
                    "Set EncryptionKeyArn on the destination vault to a customer managed KMS key");
            }
        }
    }

    /// <summary>Why the app's global settings leave cross-account backup off, or null when they enable it or the app has none.</summary>
    private static string? GlobalSettingsProblem(ValidationContext context)
    {
        var all = context.Facts.All<GlobalSettings>().ToList();
        if (all.Count == 0 || all.Any(s => GlobalSettingsFacts.CrossAccountBackup(s.Props) == true))
        {
            return null;
        }

        return all.Any(s => GlobalSettingsFacts.CrossAccountBackup(s.Props) == false)
            ? "the app's global settings disable cross-account backup (IsCrossAccountBackupEnabled is false)"
            : "the app's global settings do not enable cross-account backup (IsCrossAccountBackupEnabled is not set, and the feature is off until the management account enables it)";
    }

    private static bool UsesAwsManagedKey(string? keyArn) =>
        keyArn is null || (!Token.IsUnresolved(keyArn) && (keyArn.Contains(":alias/aws/", StringComparison.Ordinal) || keyArn.StartsWith("alias/aws/", StringComparison.Ordinal)));
}
