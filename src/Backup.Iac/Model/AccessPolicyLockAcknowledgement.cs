namespace Backup.Iac;

/// <summary>
/// The explicit statement that a vault access policy which denies everyone <c>backup:PutBackupVaultAccessPolicy</c>
/// and <c>backup:DeleteBackupVaultAccessPolicy</c> locks itself: once deployed, nobody (not an administrator, not the
/// stack's own later updates) can change or remove the policy; only deleting the vault ends it.
/// </summary>
public enum AccessPolicyLockAcknowledgement
{
    /// <summary>Not acknowledged: a statement that locks the policy is refused.</summary>
    None,

    /// <summary>I understand that, once deployed, the policy can no longer be changed or removed by anyone, this stack included.</summary>
    PolicyCannotBeChangedOnceDeployed,
}
