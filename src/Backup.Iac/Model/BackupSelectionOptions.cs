namespace Backup.Iac;

/// <summary>What a selection assigns to its plan, and the role AWS Backup uses.</summary>
public sealed record BackupSelectionOptions
{
    /// <summary>The selection's name: 1 to 50 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</summary>
    /// <value>Default: the construct ID.</value>
    public string? SelectionName { get; init; }

    /// <summary>The IAM role AWS Backup assumes.</summary>
    /// <value>Default: a role is generated, trusted by <c>backup.amazonaws.com</c>, with the AWS managed backup and restore policies (and the S3 ones when S3 can be selected).</value>
    public IBackupRole? Role { get; init; }

    /// <summary>Whether the generated role may also restore.</summary>
    /// <value>Default: true.</value>
    public bool AllowRestores { get; init; } = true;

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
