namespace Backup.Iac;

/// <summary>The mode of a vault lock.</summary>
public enum VaultLockMode
{
    /// <summary>Users with enough IAM permissions can change or remove the lock at any time. No <c>ChangeableForDays</c>.</summary>
    Governance,

    /// <summary>After the grace time (<c>ChangeableForDays</c>) nobody can change or remove the lock, or delete the vault.</summary>
    Compliance,
}
