using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// NOTIF-006: the S3 object events fire only for S3 backups and restores. Warned when plans of the app back up or
/// copy into the vault and none of them can select an S3 bucket (a vault no plan of the app uses is not judged).
/// </summary>
internal sealed class NotificationS3EventsHaveS3 : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private static readonly string[] S3Events = ["S3_BACKUP_OBJECT_FAILED", "S3_RESTORE_OBJECT_FAILED"];

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.Notifications is not { Events: { Count: > 0 } events })
        {
            return;
        }

        var s3Events = events.Select((e, i) => (Name: e?.Name, Index: i)).Where(e => S3Events.Contains(e.Name)).ToList();
        if (s3Events.Count == 0)
        {
            return;
        }

        var plans = vault.PlansInto(context, withCopies: true);
        if (plans.Count == 0 || plans.Any(p => context.Selectable(p).CanSelect(ResourceTypeFacts.S3)))
        {
            return;
        }

        foreach (var (name, index) in s3Events)
        {
            vault.Report(context, VaultConstraints.S3EventsWithoutS3, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.Events)).Index(index), name);
        }
    }
}
