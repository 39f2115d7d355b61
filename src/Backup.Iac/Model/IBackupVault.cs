namespace Backup.Iac;

/// <summary>A backup vault that rules and copy actions can target: one of this app, or one that lives elsewhere.</summary>
public interface IBackupVault
{
    /// <summary>The vault's name (may hold a token).</summary>
    string VaultName { get; }

    /// <summary>The vault's ARN (may hold tokens).</summary>
    string VaultArn { get; }
}
