namespace Backup.Iac;

/// <summary>The root, an organizational unit or an account of an <see cref="OrganizationTree"/>; a backup policy can target it.</summary>
public sealed class OrganizationNode : IPolicyTarget
{
    private readonly List<OrganizationNode> children = [];

    internal OrganizationNode(OrganizationTree tree, OrganizationNode? parent, string id, string name, OrganizationNodeKind kind)
    {
        Tree = tree;
        Parent = parent;
        Id = id;
        Name = name;
        Kind = kind;
    }

    /// <summary>The tree.</summary>
    public OrganizationTree Tree { get; }

    /// <summary>The parent, or null for the root.</summary>
    public OrganizationNode? Parent { get; }

    /// <summary>The ID (<c>r-…</c>, <c>ou-…-…</c>, 12 digits).</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>What the node is.</summary>
    public OrganizationNodeKind Kind { get; }

    /// <summary>The organizational units and accounts directly under this node.</summary>
    public IReadOnlyList<OrganizationNode> Children => children;

    /// <inheritdoc />
    public string TargetId => Id;

    /// <summary>The nodes from the root down to this one.</summary>
    public IReadOnlyList<OrganizationNode> PathFromRoot
    {
        get
        {
            var path = new List<OrganizationNode>();
            for (var node = this; node is not null; node = node.Parent)
            {
                path.Insert(0, node);
            }

            return path;
        }
    }

    /// <summary>Adds an organizational unit under this node (the root or an OU).</summary>
    /// <param name="id">The OU ID, e.g. <c>ou-a1b2-c3d4e5f6</c>.</param>
    /// <param name="name">The OU's name.</param>
    /// <returns>The OU.</returns>
    public OrganizationNode AddOrganizationalUnit(string id, string name) => Add(id, name, OrganizationNodeKind.OrganizationalUnit);

    /// <summary>Adds an account under this node (the root or an OU).</summary>
    /// <param name="id">The 12-digit account ID.</param>
    /// <param name="name">The account's name.</param>
    /// <returns>The account.</returns>
    public OrganizationNode AddAccount(string id, string name) => Add(id, name, OrganizationNodeKind.Account);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";

    private OrganizationNode Add(string id, string name, OrganizationNodeKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Kind == OrganizationNodeKind.Account)
        {
            throw new InvalidOperationException($"The account '{Id}' cannot contain other nodes.");
        }

        var node = new OrganizationNode(Tree, this, id, name, kind);
        Tree.Register(node);
        children.Add(node);
        return node;
    }
}
