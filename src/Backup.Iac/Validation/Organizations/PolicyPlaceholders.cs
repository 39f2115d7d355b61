using Backup.Iac.Catalog;
using Backup.Iac.Organizations;

namespace Backup.Iac.Validation.Organizations;

/// <summary>ORG-023: <c>$account</c> is replaced only in ARN settings and <c>$region</c> only in the air-gapped vault ARN.</summary>
internal sealed class PolicyPlaceholders : IPolicyValidator
{
    private static readonly string[] ArnSettings = ["iam_role_arn", "target_backup_vault_arn", "target_logically_air_gapped_backup_vault_arn"];

    public void Check(PolicyCheck check) => Walk(check, PolicyTree.Of(check.Document), null);

    private static void Walk(PolicyCheck check, PolicyNode node, string? parentKey)
    {
        foreach (var (key, child) in node.Children)
        {
            if (parentKey == "copy_actions" && key.Contains("$region", StringComparison.Ordinal))
            {
                check.Report(BackupPolicyConstraints.Placeholders, child.Path, $"The copy action key '{key}' uses $region");
            }

            if (child.Value is { } value)
            {
                var lower = key.ToLowerInvariant();
                foreach (var text in value.Values)
                {
                    if (text.Contains("$region", StringComparison.Ordinal) && lower != "target_logically_air_gapped_backup_vault_arn")
                    {
                        check.Report(BackupPolicyConstraints.Placeholders, child.Path, $"{key} uses $region ('{text}')");
                    }
                    else if (text.Contains("$account", StringComparison.Ordinal) && !ArnSettings.Contains(lower, StringComparer.Ordinal))
                    {
                        check.Report(BackupPolicyConstraints.Placeholders, child.Path, $"{key} uses $account ('{text}')");
                    }
                }
            }

            Walk(check, child, key.ToLowerInvariant());
        }
    }
}
