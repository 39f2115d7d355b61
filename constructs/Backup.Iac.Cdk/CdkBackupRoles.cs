using Amazon.CDK.AWS.IAM;

namespace Backup.Iac.Cdk;

/// <summary><c>BackupRole.FromRole(cdkRole)</c>: an IAM role of the CDK app, as a reference rather than a typed ARN.</summary>
public static class CdkBackupRoles
{
    extension(BackupRole)
    {
        /// <summary>An IAM role of the CDK app for a selection or a restore testing selection.</summary>
        /// <param name="role">The role; AWS Backup must be able to assume it (<c>backup.amazonaws.com</c>).</param>
        /// <returns>The role.</returns>
        public static BackupRole FromRole(IRole role) => BackupRole.FromArn(CdkBackupResources.NotNull(role).RoleArn);
    }
}
