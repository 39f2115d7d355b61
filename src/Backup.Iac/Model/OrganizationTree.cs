namespace Backup.Iac;

/// <summary>
/// The shape of an AWS organization (root, organizational units, accounts) and the backup policies attached at each
/// level, for computing the effective policy of an account before anything is deployed
/// (<see cref="EffectivePolicy.For"/>). A <see cref="BackupPolicy"/> whose targets are nodes of the tree is attached
/// to them; documents deployed elsewhere can be attached with <see cref="Attach"/>. When an app's policies target a
/// tree, synth checks the effective policy of every account in it.
/// </summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<string, OrganizationNode> nodes = new(StringComparer.Ordinal);
    private readonly List<OrganizationNode> order = [];
    private readonly List<PolicyAttachment> attachments = [];

    /// <summary>Creates a tree with its root.</summary>
    /// <param name="rootId">The root's ID, e.g. <c>r-a1b2</c>.</param>
    /// <param name="props">What else is known about the organization.</param>
    public OrganizationTree(string rootId, OrganizationTreeProps? props = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootId);
        Props = props ?? new OrganizationTreeProps();
        Root = new OrganizationNode(this, null, rootId, "Root", OrganizationNodeKind.Root);
        Register(Root);
    }

    /// <summary>What is known about the organization.</summary>
    public OrganizationTreeProps Props { get; }

    /// <summary>The root.</summary>
    public OrganizationNode Root { get; }

    /// <summary>Every node, depth-first in the order added.</summary>
    public IReadOnlyList<OrganizationNode> Nodes => order;

    /// <summary>The accounts.</summary>
    public IEnumerable<OrganizationNode> Accounts => order.Where(n => n.Kind == OrganizationNodeKind.Account);

    /// <summary>The policies attached to the nodes, in the order they were attached.</summary>
    public IReadOnlyList<PolicyAttachment> Attachments => attachments;

    /// <summary>The node with an ID, or null.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The node, or null.</returns>
    public OrganizationNode? Find(string id) => nodes.GetValueOrDefault(id);

    /// <summary>Attaches a policy document that is not a construct of the app (for example one deployed by another tool).</summary>
    /// <param name="target">A node of this tree.</param>
    /// <param name="document">The policy document.</param>
    /// <param name="name">The policy's name, used in diagnostics.</param>
    public void Attach(OrganizationNode target, BackupPolicyDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!ReferenceEquals(target.Tree, this))
        {
            throw new ArgumentException($"'{target}' is a node of another organization tree.", nameof(target));
        }

        attachments.Add(new PolicyAttachment(target, name, document, null));
    }

    internal void AttachConstruct(OrganizationNode target, BackupPolicy policy) => attachments.Add(new PolicyAttachment(target, policy.Path, policy.Props.Document, policy));

    internal void Register(OrganizationNode node)
    {
        if (!nodes.TryAdd(node.Id, node))
        {
            throw new ArgumentException($"The organization tree already has a node with ID '{node.Id}'.", nameof(node));
        }

        order.Add(node);
    }
}

/// <summary>
/// What is known about an organization beyond its shape. Every property is optional; a check that needs an unknown
/// fact is skipped.
/// </summary>
public sealed record OrganizationTreeProps
{
    /// <summary>The management account's ID.</summary>
    /// <value>Default: unknown; the checks of where policies and global settings are deployed are skipped.</value>
    public string? ManagementAccountId { get; init; }

    /// <summary>The accounts registered as delegated administrators for AWS Backup (<c>backup.amazonaws.com</c>).</summary>
    /// <value>Default: none.</value>
    public IReadOnlyList<string> DelegatedAdministrators { get; init; } = [];

    /// <summary>Whether the organization has all features enabled (not consolidated billing only).</summary>
    /// <value>Default: unknown.</value>
    public bool? AllFeaturesEnabled { get; init; }

    /// <summary>Whether the <c>BACKUP_POLICY</c> policy type is enabled on the root.</summary>
    /// <value>Default: unknown.</value>
    public bool? BackupPolicyTypeEnabled { get; init; }

    /// <summary>Whether trusted access for AWS Backup is enabled in AWS Organizations.</summary>
    /// <value>Default: unknown.</value>
    public bool? TrustedAccessForBackupEnabled { get; init; }

    /// <summary>Whether "Backup policies" is turned on in the AWS Backup cross-account management settings of the management account.</summary>
    /// <value>Default: unknown.</value>
    public bool? BackupPoliciesEnabled { get; init; }

    /// <summary>Whether "Cross-account monitoring" is turned on in the same settings.</summary>
    /// <value>Default: unknown.</value>
    public bool? CrossAccountMonitoringEnabled { get; init; }
}
