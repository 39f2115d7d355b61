using Backup.Iac.Catalog;
using Backup.Iac.Organizations;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// ORG-013 (rules) and ORG-019 (copy actions): retention 1 to 36,500 days, cold transition 0 to 36,500 days, and at
/// least 90 days in cold storage. ORG-015: continuous backups are kept at most 35 days.
/// </summary>
internal sealed class PolicyLifecycles : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        foreach (var (_, _, rule, path) in PolicyWalk.AllRules(check.Document))
        {
            Lifecycle(check, rule.Lifecycle, PolicyWalk.Sub(path, "lifecycle"), BackupPolicyConstraints.Lifecycle);
            foreach (var (_, copy, copyPath) in PolicyWalk.Copies(rule, path))
            {
                Lifecycle(check, copy.Lifecycle, PolicyWalk.Sub(copyPath, "lifecycle"), BackupPolicyConstraints.CopyLifecycle);
            }

            var continuousAt = PolicyWalk.Sub(path, "enable_continuous_backup");
            var deleteAt = PolicyWalk.Sub(PolicyWalk.Sub(path, "lifecycle"), "delete_after_days");
            if (PolicyWalk.Flag(rule.EnableContinuousBackup) && PolicyWalk.Number(rule.Lifecycle?.DeleteAfterDays, out var days) && days > 35)
            {
                check.Report(BackupPolicyConstraints.Continuous, deleteAt, [continuousAt, deleteAt], days);
            }
        }
    }

    private static void Lifecycle(PolicyCheck check, PolicyLifecycle? life, string path, Constraint constraint)
    {
        if (life is null)
        {
            return;
        }

        var deleteAt = PolicyWalk.Sub(path, "delete_after_days");
        var coldAt = PolicyWalk.Sub(path, "move_to_cold_storage_after_days");
        var hasDelete = PolicyWalk.Number(life.DeleteAfterDays, out var delete);
        var hasCold = PolicyWalk.Number(life.MoveToColdStorageAfterDays, out var cold);
        if (hasDelete && delete is < 1 or > 36_500)
        {
            check.Report(constraint, deleteAt, $"delete_after_days is {delete} days; recovery points are kept 1 to 36,500 days", "Set a value in that range, or remove it to keep recovery points until deleted");
        }

        if (hasCold && cold is < 0 or > 36_500)
        {
            check.Report(constraint, coldAt, $"move_to_cold_storage_after_days is {cold} days; it must be 0 to 36,500", "Set a value in that range, or remove it");
        }

        if (hasDelete && hasCold && delete - cold < 90 && cold is >= 0 and <= 36_500)
        {
            check.Report(constraint, deleteAt, [deleteAt, coldAt],
                $"delete_after_days ({delete} days) must be at least 90 days after move_to_cold_storage_after_days ({cold} days)",
                $"Set delete_after_days to {cold + 90} or more, or remove the cold transition");
        }
    }
}
