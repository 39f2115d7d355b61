using Backup.Iac.Catalog;
using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.AirGapped;

/// <summary>
/// LAG-011 (and XR-023, the same condition seen across resources): a copy into a logically air-gapped vault from a
/// source vault of the app that uses the AWS managed key <c>aws/backup</c> (<c>EncryptionKeyArn</c> unset, or that
/// key's alias), when the plan can select a fully managed type, whose backups that key encrypts. The keys of the other
/// types' resources are not in the model; the message says that they must be customer managed too.
/// </summary>
internal sealed class AirGappedCopySourceKey : IValidator<CopySubject>
{
    public void Check(CopySubject subject, ValidationContext context)
    {
        var plan = subject.Rule.Plan;
        if (AirGappedVaults.Resolve<LogicallyAirGappedBackupVault>(subject.Copy.Destination, plan.Stack, context) is not { } airGapped
            || AirGappedVaults.Resolve<BackupVault>(subject.Rule.Vault, plan.Stack, context) is not { } source)
        {
            return;
        }

        string? key = source.Props.EncryptionKeyArn;
        string how;
        if (key is null)
        {
            how = "has no EncryptionKeyArn and so uses the AWS managed key aws/backup";
        }
        else if (!Token.IsUnresolved(key) && IsAwsManagedBackupKey(key))
        {
            how = $"has the EncryptionKeyArn '{key}', the AWS managed key aws/backup";
        }
        else
        {
            return; // a customer managed key, or one known only at deploy time
        }

        var managed = context.Selectable(plan).Types
            .Where(t => ResourceTypeFacts.Features.TryGetValue(t, out var f) && f.FullManagement)
            .ToList();
        if (managed.Count > 0)
        {
            context.Report(AirGappedVaultConstraints.CopySourceKey, plan, subject.SubPath, nameof(CopyAction.Destination),
                AirGappedVaults.Describe(airGapped), AirGappedVaults.Describe(source), how, VaultUsage.TypeList(managed));
        }
    }

    /// <summary>Whether a key names the AWS managed key of AWS Backup by alias (<c>alias/aws/backup</c>, or its alias ARN).</summary>
    public static bool IsAwsManagedBackupKey(string key) =>
        key == "alias/aws/backup" || (Arn.TryParse(key) is { Service: "kms", Resource: "alias/aws/backup" });
}
