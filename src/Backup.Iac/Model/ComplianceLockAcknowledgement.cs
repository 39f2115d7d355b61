namespace Backup.Iac;

/// <summary>
/// The explicit statement that a compliance-mode vault lock becomes irreversible: once its grace time has passed,
/// nobody (not the root user, not AWS) can change or remove the lock or delete the vault.
/// </summary>
public enum ComplianceLockAcknowledgement
{
    /// <summary>Not acknowledged: a compliance lock is refused.</summary>
    None,

    /// <summary>I understand that the lock and the vault become immutable when the grace time ends.</summary>
    IrreversibleAfterGraceTime,
}
