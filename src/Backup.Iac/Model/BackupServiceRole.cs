namespace Backup.Iac;

/// <summary>
/// An IAM role that AWS Backup assumes (trust <c>backup.amazonaws.com</c>) with the AWS managed backup and restore
/// policies: the role a backup policy's selections name, created in each member account by a member stack.
/// </summary>
public sealed class BackupServiceRole : Construct, IBackupRole
{
    internal BackupServiceRole(BackupStack stack, string id, BackupServiceRoleProps props)
        : base(stack, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The properties given at creation.</summary>
    public BackupServiceRoleProps Props { get; }

    /// <summary>The logical ID of the role resource.</summary>
    public string LogicalId { get; }

    /// <summary>The role's path, <c>/</c> when not set.</summary>
    public string RolePath => Props.Path ?? "/";

    /// <inheritdoc />
    public string RoleArn => Token.AsString(new Graph.AttributeValue(LogicalId, "Arn"));
}
