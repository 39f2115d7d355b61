using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// ORG-017: a copy action is keyed by its destination vault ARN and names it in <c>target_backup_vault_arn</c>.
/// ORG-018: that ARN is a backup vault ARN. ORG-020, ORG-021: copies to a literal account (cross-account
/// prerequisites; cold storage). ORG-022: RDS-family copies that are both cross-Region and cross-account.
/// </summary>
internal sealed class PolicyCopyActions : IPolicyValidator
{
    private static readonly string[] RdsFamily = [ResourceTypeFacts.Rds, ResourceTypeFacts.Aurora, ResourceTypeFacts.DocumentDb, ResourceTypeFacts.Neptune];

    public void Check(PolicyCheck check)
    {
        foreach (var (_, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            var regions = PolicyWalk.Items(plan.Regions).ToList();
            var rdsTypes = PolicyWalk.ResourceSelections(plan, planPath)
                .SelectMany(s => PolicyWalk.Items(s.Selection.ResourceTypes))
                .SelectMany(ResourceTypeFacts.TypesOfArn).Intersect(RdsFamily, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var (_, rule, rulePath) in PolicyWalk.Rules(plan, planPath))
            {
                foreach (var (key, copy, path) in PolicyWalk.Copies(rule, rulePath))
                {
                    Copy(check, key, copy, path, regions, rdsTypes);
                }
            }
        }
    }

    private static void Copy(PolicyCheck check, string key, PolicyCopyAction copy, string path, List<string> regions, List<string> rdsTypes)
    {
        var targetAt = PolicyWalk.Sub(path, "target_backup_vault_arn");
        var keyArn = VaultArn(key);
        var target = PolicyWalk.Text(copy.TargetBackupVaultArn);
        if (copy.TargetBackupVaultArn is null || copy.TargetBackupVaultArn.Operator is null)
        {
            if (keyArn is null && !Token.IsUnresolved(key))
            {
                check.Report(BackupPolicyConstraints.CopyTarget, path, key);
            }
            else if (copy.TargetBackupVaultArn is null && !string.Equals(key, key.ToLowerInvariant(), StringComparison.Ordinal))
            {
                check.Report(BackupPolicyConstraints.CopyTargetMismatch, path,
                    $"The copy action '{key}' has no target_backup_vault_arn, so AWS Organizations uses its key in lower case ('{key.ToLowerInvariant()}'), which does not match the case-sensitive ARN");
            }
        }
        else if (target is not null && !Token.IsUnresolved(key) && !string.Equals(target, key, StringComparison.OrdinalIgnoreCase))
        {
            check.Report(BackupPolicyConstraints.CopyTargetMismatch, path, [path, targetAt],
                $"The copy action's key '{key}' differs from its target_backup_vault_arn '{target}'");
        }
        else if (target is null && keyArn is null && !Token.IsUnresolved(key))
        {
            check.Report(BackupPolicyConstraints.CopyTargetMismatch, path,
                $"The copy action's key '{key}' is not a vault ARN; AWS requires the key to be the destination vault ARN");
        }

        if (target is not null && VaultArn(target) is null)
        {
            check.Report(BackupPolicyConstraints.CopyArn, targetAt, target);
        }

        var destination = target is not null ? VaultArn(target) : keyArn;
        if (destination is null || !Patterns.AccountId().IsMatch(destination.Account))
        {
            return;
        }

        var destinationAt = target is not null ? targetAt : path;
        check.Report(BackupPolicyConstraints.CrossAccountCopy, destinationAt, destination.Account);
        var coldAt = PolicyWalk.Sub(PolicyWalk.Sub(path, "lifecycle"), "move_to_cold_storage_after_days");
        if (PolicyWalk.Number(copy.Lifecycle?.MoveToColdStorageAfterDays, out var cold))
        {
            check.Report(BackupPolicyConstraints.CrossAccountCold, coldAt, [destinationAt, coldAt], destination.Account, cold);
        }

        var crossRegion = destination.Region != "$region" && regions.Any(r => r != destination.Region);
        if (crossRegion && rdsTypes.Count > 0)
        {
            check.Report(BackupPolicyConstraints.RdsCopy, destinationAt, string.Join(", ", rdsTypes), destination.ToString());
        }
    }

    /// <summary>A backup vault ARN (any partition; <c>$account</c> for the account), or null.</summary>
    public static Arn? VaultArn(string text)
    {
        var arn = Arn.TryParse(text);
        return arn is not null && Patterns.Partition().IsMatch(arn.Partition) && arn.Service == "backup"
            && (Patterns.Region().IsMatch(arn.Region) || arn.Region == "$region")
            && (Patterns.AccountId().IsMatch(arn.Account) || arn.Account == "$account")
            && arn.Resource.StartsWith("backup-vault:", StringComparison.Ordinal) && arn.Resource.Length > "backup-vault:".Length
            ? arn : null;
    }
}
