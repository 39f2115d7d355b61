using System.Collections.Frozen;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// NOTIF-002 to NOTIF-005: the event list is given and not empty; each event is a value of BOTO's
/// <c>BackupVaultEvent</c>, not one of the seven deprecated ones, and listed once.
/// </summary>
internal sealed class NotificationEventsAreValid : IValidator<BackupVault>, IValidator<VaultFacets>
{
    /// <summary>BOTO <c>BackupVaultEvent</c> (botocore 1.43.11): the 17 events of the seed and 7 added later. Data, to update with the API.</summary>
    public static readonly FrozenSet<string> Known = new[]
    {
        "BACKUP_JOB_STARTED", "BACKUP_JOB_COMPLETED", "BACKUP_JOB_SUCCESSFUL", "BACKUP_JOB_FAILED", "BACKUP_JOB_EXPIRED",
        "RESTORE_JOB_STARTED", "RESTORE_JOB_COMPLETED", "RESTORE_JOB_SUCCESSFUL", "RESTORE_JOB_FAILED",
        "COPY_JOB_STARTED", "COPY_JOB_SUCCESSFUL", "COPY_JOB_FAILED", "RECOVERY_POINT_MODIFIED",
        "BACKUP_PLAN_CREATED", "BACKUP_PLAN_MODIFIED", "S3_BACKUP_OBJECT_FAILED", "S3_RESTORE_OBJECT_FAILED",
        "CONTINUOUS_BACKUP_INTERRUPTED", "RECOVERY_POINT_INDEX_COMPLETED", "RECOVERY_POINT_INDEX_DELETED",
        "RECOVERY_POINT_INDEXING_FAILED", "EKS_BACKUP_OBJECT_FAILED", "EKS_RESTORE_OBJECT_FAILED", "EKS_RESTORE_OBJECT_SKIPPED",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The seven deprecated events and what to use instead (a fixed list, OQ-034).</summary>
    private static readonly FrozenDictionary<string, string> Deprecated = new Dictionary<string, string>
    {
        ["BACKUP_JOB_SUCCESSFUL"] = "Use BACKUP_JOB_COMPLETED; its State attribute tells success",
        ["BACKUP_JOB_FAILED"] = "Use BACKUP_JOB_COMPLETED; failed jobs arrive with the State attribute FAILED",
        ["BACKUP_JOB_EXPIRED"] = "Use BACKUP_JOB_COMPLETED; expired jobs arrive with the State attribute EXPIRED",
        ["RESTORE_JOB_SUCCESSFUL"] = "Use RESTORE_JOB_COMPLETED",
        ["RESTORE_JOB_FAILED"] = "Use RESTORE_JOB_COMPLETED; its State attribute tells failure",
        ["BACKUP_PLAN_CREATED"] = "Remove it; plan changes are not notified through the vault",
        ["BACKUP_PLAN_MODIFIED"] = "Remove it; plan changes are not notified through the vault",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.Notifications is not { } notifications)
        {
            return;
        }

        var events = notifications.Events;
        if (events is null)
        {
            vault.Report(context, VaultConstraints.EventsRequired, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.Events)));
            return;
        }

        if (events.Count == 0)
        {
            vault.Report(context, VaultConstraints.EventsEmpty, PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.Events)));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var name = events[i]?.Name ?? "";
            var property = PropertyPath.Of(nameof(BackupVaultProps.Notifications), nameof(VaultNotifications.Events)).Index(i);
            if (Token.IsUnresolved(name))
            {
                continue;
            }

            if (!Known.Contains(name))
            {
                vault.Report(context, VaultConstraints.EventUnknown, property, name, Suggest(name));
            }
            else if (Deprecated.TryGetValue(name, out var instead))
            {
                vault.Report(context, VaultConstraints.EventDeprecated, property, name, instead);
            }

            if (!seen.Add(name))
            {
                vault.Report(context, VaultConstraints.EventDuplicate, property, name);
            }
        }
    }

    /// <summary>" Did you mean 'X'?" for a near miss (case, separators or a few typos), or an empty string.</summary>
    private static string Suggest(string name)
    {
        var normalized = name.Trim().ToUpperInvariant().Replace('-', '_').Replace(' ', '_');
        var best = Known
            .Select(k => (Name: k, Distance: Spelling.Distance(normalized, k, Math.Max(2, k.Length / 5)))) // bounded: a long value costs no more than a short one
            .Where(p => p.Distance <= Math.Max(2, p.Name.Length / 5))
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, best.Name.Length / 5) ? $" Did you mean '{best.Name}'?" : "";
    }
}
