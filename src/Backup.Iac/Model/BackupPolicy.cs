namespace Backup.Iac;

/// <summary>
/// An AWS Organizations backup policy (<c>AWS::Organizations::Policy</c> of type <c>BACKUP_POLICY</c>) with its
/// targets. Deploy it from the management account or a delegated administrator. When its targets are nodes of an
/// <see cref="OrganizationTree"/>, the policy is attached to them there, and synth checks the effective policy of
/// every account of the tree.
/// </summary>
public sealed class BackupPolicy : Construct
{
    internal BackupPolicy(BackupStack stack, string id, BackupPolicyProps props)
        : base(stack, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Props = props;
        foreach (var node in (props.Targets ?? []).OfType<OrganizationNode>())
        {
            node.Tree.AttachConstruct(node, this);
        }
    }

    /// <summary>The properties given at creation.</summary>
    public BackupPolicyProps Props { get; }

    /// <summary>The logical ID of the policy resource.</summary>
    public string LogicalId => ResourceLogicalId();

    /// <summary>The policy's name in AWS Organizations.</summary>
    public string PolicyName => Props.PolicyName ?? Id;
}

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

// The stack's factory of BackupPolicy, kept with the kind it creates (one model file per kind).
public sealed partial class BackupStack
{
    /// <summary>Adds an AWS Organizations backup policy (deploy the stack to the management account or a delegated administrator).</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The policy's document and targets.</param>
    /// <returns>The policy.</returns>
    public BackupPolicy AddBackupPolicy(string id, BackupPolicyProps props) => new(this, id, props);
}
