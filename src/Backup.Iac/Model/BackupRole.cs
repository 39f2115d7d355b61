namespace Backup.Iac;

/// <summary>An existing IAM role for a selection.</summary>
/// <param name="RoleArn">The role ARN, <c>arn:aws:iam::ACCOUNT:role/NAME</c>.</param>
public sealed record BackupRole(string RoleArn) : IBackupRole
{
    /// <summary>An existing role by ARN.</summary>
    /// <param name="roleArn">The role ARN.</param>
    /// <returns>The role.</returns>
    public static BackupRole FromArn(string roleArn) => new(roleArn);

    /// <summary>The AWS Backup default service role of the stack's account (<c>service-role/AWSBackupDefaultServiceRole</c>).</summary>
    /// <returns>The role.</returns>
    public static BackupRole DefaultServiceRole() => new($"arn:{Aws.Partition}:iam::{Aws.AccountId}:role/service-role/AWSBackupDefaultServiceRole");
}
