using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// BKP1190 (project rule): an <c>Allow</c> of a destructive action (deleting recovery points or the vault, replacing or
/// removing its policy, lock or notifications, shortening lifecycles) to <c>Principal "*"</c> with no <c>Condition</c>.
/// </summary>
internal sealed class VaultPolicyIsNotOpenToAnyone : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private static readonly string[] Destructive =
    [
        "backup:DeleteRecoveryPoint", "backup:DeleteBackupVault", "backup:PutBackupVaultAccessPolicy", "backup:DeleteBackupVaultAccessPolicy",
        "backup:PutBackupVaultLockConfiguration", "backup:DeleteBackupVaultLockConfiguration", "backup:UpdateRecoveryPointLifecycle",
        "backup:PutBackupVaultNotifications", "backup:DeleteBackupVaultNotifications", "backup:DisassociateRecoveryPoint",
    ];

    public void Check(BackupVault vault, ValidationContext context) => Check(VaultFacets.Of(vault), context);

    public void Check(VaultFacets vault, ValidationContext context)
    {
        if (vault.AccessPolicy is not { } policy)
        {
            return;
        }

        var view = PolicyView.Of(policy);
        for (var i = 0; i < view.Statements.Length; i++)
        {
            var statement = view.Statements[i];
            if (!string.Equals(PolicyView.Effect(statement), "Allow", StringComparison.Ordinal) || !IsAnyone(statement)
                || statement.Entries.TryGetValue("Condition", out var condition) && condition is not MapValue { Entries.Count: 0 })
            {
                continue; // a condition (or a deploy-time one) narrows who it is: not judged
            }

            var allowed = statement.Entries.ContainsKey("NotAction")
                ? Destructive.Where(d => !PolicyView.Strings(statement, "NotAction").Any(a => Token.IsUnresolved(a) || Matches(a, d))).ToList()
                : Destructive.Where(d => PolicyView.Strings(statement, "Action").Any(a => !Token.IsUnresolved(a) && Matches(a, d))).ToList();
            if (allowed.Count > 0)
            {
                vault.Report(context, VaultConstraints.PolicyOpenToAnyone, view.Property(i), view.Label(i, statement), string.Join(", ", allowed));
            }
        }
    }

    /// <summary>Whether the principal is everyone: <c>"*"</c>, <c>{"AWS": "*"}</c> (or a list holding it).</summary>
    internal static bool IsAnyone(MapValue statement) =>
        statement.Entries.TryGetValue("Principal", out var principal) && principal switch
        {
            StringValue { Text: "*" } => true,
            MapValue map => map.Entries.TryGetValue("AWS", out var aws) && PolicyView.Strings(map, "AWS").Any(a => a == "*")
                || map.Entries.TryGetValue("*", out _),
            _ => false,
        };

    /// <summary>An IAM action pattern (case-insensitive, with <c>*</c> and <c>?</c>) against an action.</summary>
    internal static bool Matches(string pattern, string action)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(action, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
