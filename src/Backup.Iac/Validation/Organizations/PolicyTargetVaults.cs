using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// ORG-010: every effective rule names a target vault matching the vault name pattern. ORG-012: the name of a
/// logically air-gapped vault of the app. ORG-036: the air-gapped vault ARN is written with <c>$region</c> and <c>$account</c>.
/// </summary>
internal sealed class PolicyTargetVaults : IPolicyValidator
{
    public void Check(PolicyCheck check)
    {
        var airGapped = check.App?.Descendants().OfType<LogicallyAirGappedBackupVault>()
            .Where(v => !Token.IsUnresolved(v.VaultName)).GroupBy(v => v.VaultName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        foreach (var (_, ruleName, rule, path) in PolicyWalk.AllRules(check.Document))
        {
            var at = PolicyWalk.Sub(path, "target_backup_vault_name");
            if (PolicyWalk.Text(rule.TargetBackupVaultName) is { } name)
            {
                if (!Patterns.VaultName().IsMatch(name))
                {
                    check.Report(BackupPolicyConstraints.VaultName, at, $"target_backup_vault_name '{name}' does not match ^[a-zA-Z0-9\\-\\_]{{2,50}}$");
                }
                else if (airGapped.TryGetValue(name, out var vault))
                {
                    check.Report(BackupPolicyConstraints.AirGappedTarget, at, name, vault.Path);
                }
            }
            else if (check.Effective && !PolicyWalk.Has(rule.TargetBackupVaultName))
            {
                check.Missing(BackupPolicyConstraints.VaultName, at, $"The rule '{ruleName}' has no target_backup_vault_name");
            }

            if (PolicyWalk.Text(rule.TargetLogicallyAirGappedBackupVaultArn) is { } arnText)
            {
                var arn = Arn.TryParse(arnText);
                var problem = arn is null || arn.Service != "backup" || !arn.Resource.StartsWith("backup-vault:", StringComparison.Ordinal)
                    ? "is not a backup vault ARN"
                    : arn.Region != "$region" && arn.Account != "$account" ? $"names the Region {arn.Region} and the account {arn.Account}"
                    : arn.Region != "$region" ? $"names the Region {arn.Region}"
                    : arn.Account != "$account" ? $"names the account {arn.Account}"
                    : null;
                if (problem is not null)
                {
                    check.Report(BackupPolicyConstraints.AirGappedArn, PolicyWalk.Sub(path, "target_logically_air_gapped_backup_vault_arn"), arnText, problem);
                }
            }
        }
    }
}
