namespace Backup.Iac;

/// <summary>The IAM role AWS Backup assumes to back up and restore a selection's resources.</summary>
public interface IBackupRole
{
    /// <summary>The role's ARN (may hold tokens).</summary>
    string RoleArn { get; }
}
