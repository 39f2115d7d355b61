namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupPolicy"/> (an <c>AWS::Organizations::Policy</c> of type <c>BACKUP_POLICY</c>).</summary>
public sealed record BackupPolicyProps
{
    /// <summary>The policy document.</summary>
    public required BackupPolicyDocument Document { get; init; }

    /// <summary>Where the policy is attached: nodes of an <see cref="OrganizationTree"/>, or <see cref="PolicyTarget"/> IDs.</summary>
    /// <value>Default: none; a policy without targets has no effect (warned).</value>
    public IReadOnlyList<IPolicyTarget> Targets { get; init; } = [];

    /// <summary>The policy's name in AWS Organizations (1 to 128 characters).</summary>
    /// <value>Default: the construct ID.</value>
    public string? PolicyName { get; init; }

    /// <summary>A description (at most 512 characters).</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>Tags of the policy.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
