using System.Text.RegularExpressions;

namespace Backup.Iac;

/// <summary>A node of the construct tree. IDs are unique among siblings, so every node has a path such as <c>Prod/Primary</c>.</summary>
public abstract partial class Construct
{
    private readonly List<Construct> children = [];

    /// <summary>Creates the root of a tree.</summary>
    private protected Construct()
    {
        Id = "";
        Path = "";
    }

    /// <summary>Creates a node under <paramref name="scope"/>.</summary>
    /// <param name="scope">The parent.</param>
    /// <param name="id">The ID, unique among the parent's children.</param>
    private protected Construct(Construct scope, string id)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Construct ID '{id}' must not contain '/'.", nameof(id));
        }

        scope.Root.ThrowIfSynthesized();
        if (scope.children.Exists(c => c.Id == id))
        {
            throw new ArgumentException($"There is already a construct with ID '{id}' in '{scope.Path}'.", nameof(id));
        }

        Scope = scope;
        Id = id;
        Path = scope.Path.Length == 0 ? id : scope.Path + "/" + id;
        scope.children.Add(this);
    }

    /// <summary>The parent, or null for the app.</summary>
    public Construct? Scope { get; }

    /// <summary>The ID among its siblings.</summary>
    public string Id { get; }

    /// <summary>The path from the app, e.g. <c>Prod/DailyPlan</c>.</summary>
    public string Path { get; }

    /// <summary>The children, in the order they were added.</summary>
    public IReadOnlyList<Construct> Children => children;

    /// <summary>The app at the root of the tree.</summary>
    public BackupApp Root => this as BackupApp ?? Scope?.Root ?? throw new InvalidOperationException("A construct tree must have a BackupApp at its root.");

    /// <summary>The stack this construct belongs to.</summary>
    public BackupStack Stack => this as BackupStack ?? Scope?.Stack ?? throw new InvalidOperationException($"'{Path}' is not inside a stack.");

    /// <summary>The path of this construct relative to its stack (the stack's own ID excluded).</summary>
    public string StackRelativePath => this is BackupStack ? "" : Path[(Stack.Path.Length + 1)..];

    /// <summary>All nodes of this subtree, depth-first, in the order they were added.</summary>
    /// <returns>The nodes, this one first.</returns>
    public IEnumerable<Construct> Descendants()
    {
        yield return this;
        foreach (var child in children)
        {
            foreach (var node in child.Descendants())
            {
                yield return node;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
