using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Vaults;

/// <summary>
/// BKP1191/BKP1192 (project rules): a <c>Deny</c> of <c>backup:PutBackupVaultAccessPolicy</c> or
/// <c>backup:DeleteBackupVaultAccessPolicy</c> to <c>Principal "*"</c> with no <c>Condition</c> locks the policy for
/// everyone, the stack's own updates included. A typed statement must carry
/// <see cref="AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed"/> (an error otherwise, as a compliance
/// lock without its acknowledgement); a raw JSON policy (and a linted template) cannot carry one, so it is warned, and
/// the warning is acknowledged like any other.
/// </summary>
internal sealed class VaultPolicyLockIsAcknowledged : IValidator<BackupVault>, IValidator<VaultFacets>
{
    private static readonly string[] PolicyActions = ["backup:PutBackupVaultAccessPolicy", "backup:DeleteBackupVaultAccessPolicy"];

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
            if (!string.Equals(PolicyView.Effect(statement), "Deny", StringComparison.Ordinal) || !VaultPolicyIsNotOpenToAnyone.IsAnyone(statement)
                || statement.Entries.TryGetValue("Condition", out var condition) && condition is not MapValue { Entries.Count: 0 })
            {
                continue; // a condition leaves someone able to change the policy: not a lock
            }

            var denied = statement.Entries.ContainsKey("NotAction")
                ? [] // a NotAction deny is too broad to read here; VPOL checks judge it
                : PolicyActions.Where(d => PolicyView.Strings(statement, "Action").Any(a => !Token.IsUnresolved(a) && VaultPolicyIsNotOpenToAnyone.Matches(a, d))).ToList();
            if (denied.Count == 0)
            {
                continue;
            }

            if (!view.IsTyped)
            {
                vault.Report(context, VaultConstraints.PolicyLocksItselfInJson, view.Property(i), view.Label(i, statement), string.Join(", ", denied));
            }
            else if (i < policy.Statements.Count && policy.Statements[i].LockAcknowledgement != AccessPolicyLockAcknowledgement.PolicyCannotBeChangedOnceDeployed)
            {
                vault.Report(context, VaultConstraints.PolicyLockNotAcknowledged, view.Property(i, nameof(PolicyStatement.LockAcknowledgement)),
                    view.Label(i, statement), string.Join(", ", denied), policy.Statements[i].LockAcknowledgement);
            }
        }
    }
}
