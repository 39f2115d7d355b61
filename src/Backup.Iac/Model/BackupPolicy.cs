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
