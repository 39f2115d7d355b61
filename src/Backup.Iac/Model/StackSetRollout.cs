namespace Backup.Iac;

/// <summary>
/// The service-managed CloudFormation StackSet (<c>AWS::CloudFormation::StackSet</c>) of a management stack that deploys
/// a member stack to organizational units and Regions. Created by <see cref="BackupApp.AddMemberStack"/>.
/// </summary>
public sealed class StackSetRollout : Construct
{
    internal StackSetRollout(BackupStack management, string id, BackupStack member, MemberStackProps props)
        : base(management, id)
    {
        Member = member;
        Props = props;
        LogicalId = ResourceLogicalId();
    }

    /// <summary>The member stack (the blueprint) the StackSet deploys.</summary>
    public BackupStack Member { get; }

    /// <summary>The rollout's properties.</summary>
    public MemberStackProps Props { get; }

    /// <summary>The logical ID of the StackSet resource.</summary>
    public string LogicalId { get; }

    /// <summary>The StackSet's name.</summary>
    public string StackSetName => Props.StackSetName ?? Member.StackName;

    /// <summary>The organizational units of the rollout that are nodes of an organization tree, with all the accounts below them.</summary>
    public IEnumerable<OrganizationNode> TargetAccounts =>
        Props.OrganizationalUnits.OfType<OrganizationNode>().SelectMany(Below).Where(n => n.Kind == OrganizationNodeKind.Account).Distinct();

    private static IEnumerable<OrganizationNode> Below(OrganizationNode node) => node.Children.SelectMany(Below).Prepend(node);
}
