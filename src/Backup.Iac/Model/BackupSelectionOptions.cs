namespace Backup.Iac;

/// <summary>What a selection assigns to its plan, and the role AWS Backup uses (<see cref="BackupPlan.AddSelection"/>).</summary>
public record BackupSelectionOptions
{
    /// <summary>The selection's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    /// <value>Default: the construct ID.</value>
    public string? SelectionName { get; init; }

    /// <summary>The IAM role AWS Backup assumes.</summary>
    /// <value>Default: a role is generated, trusted by <c>backup.amazonaws.com</c>, with the AWS managed backup policy (and the restore policy with <see cref="AllowRestores"/>; the S3 ones when S3 can be selected).</value>
    public IBackupRole? Role { get; init; }

    /// <summary>
    /// The IAM options of the generated role (used only when <see cref="Role"/> is unset): drop the default managed
    /// policies (the AWS CDK's <c>disableDefaultBackupPolicy</c>), add managed or inline policies, a permissions boundary,
    /// a role name.
    /// </summary>
    /// <value>Default: the generated role has the default managed policies only, no boundary, and a generated name.</value>
    public GeneratedRoleOptions? GeneratedRole { get; init; }

    /// <summary>Whether the generated role may also restore (adds the AWS managed restore policies).</summary>
    /// <value>Default: false, as the AWS CDK's <c>allowRestores</c>: a backup role gets only what backups need (least privilege).</value>
    public bool AllowRestores { get; init; }

    /// <summary>What to select, by ARN or by tag (ORed).</summary>
    /// <value>Default: nothing; at least one entry or condition is required.</value>
    public IReadOnlyList<BackupResource> Resources { get; init; } = [];

    /// <summary>ARNs (or patterns) to exclude.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> NotResources { get; init; } = [];

    /// <summary>Tag conditions that every selected resource must meet (AND).</summary>
    /// <value>Default: none.</value>
    public SelectionConditions? Conditions { get; init; }
}
