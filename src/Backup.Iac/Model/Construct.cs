using System.Text.RegularExpressions;

namespace Backup.Iac;

/// <summary>A node of the construct tree. IDs are unique among siblings, so every node has a path such as <c>Prod/Primary</c>.</summary>
public abstract partial class Construct
{
    private readonly List<Construct> children = [];

    /// <summary>The IDs of <see cref="children"/>, so that adding a child is not a scan of its siblings.</summary>
    private HashSet<string>? childIds;

    /// <summary>Creates the root of a tree.</summary>
    private protected Construct()
    {
        Id = "";
        Path = "";
    }

    /// <summary>
    /// Creates a node that names <paramref name="scope"/> as its parent without being one of its children: it has a
    /// stack and a path, but validation, lowering and the tree never visit it (a fact about a resource of a CDK app).
    /// </summary>
    /// <param name="scope">The node it belongs to.</param>
    /// <param name="id">The ID, not checked for uniqueness.</param>
    /// <param name="detached">Marks this constructor; always true.</param>
    private protected Construct(Construct scope, string id, bool detached)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _ = detached;
        Scope = scope;
        Id = id;
        Path = scope.Path.Length == 0 ? id : scope.Path + "/" + id;
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
        if (!(scope.childIds ??= new HashSet<string>(StringComparer.Ordinal)).Add(id))
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

    /// <summary>The path of the resource this construct lowers to (its stack-relative path and <c>/Resource</c>, as the CDK names an L2's L1).</summary>
    internal string ResourcePath => StackRelativePath + "/Resource";

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

    /// <summary>Raw values written over the lowered resource's properties, in the order they were added.</summary>
    public IReadOnlyList<PropertyOverride> PropertyOverrides => overrides;

    /// <summary>
    /// Writes a raw value into this construct's resource properties after lowering, as the AWS CDK's
    /// <c>addPropertyOverride</c> does: an escape hatch for what the model cannot express. Validation does not see it.
    /// </summary>
    /// <param name="path">
    /// A dot-separated path into the resource's <c>Properties</c>, e.g. <c>BackupPlan.BackupPlanRule.1.Lifecycle</c>;
    /// a number selects a list item (the value is inserted there when the list is shorter or the item was not modelled).
    /// </param>
    /// <param name="value">The value.</param>
    public void AddPropertyOverride(string path, Graph.Value value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(value);
        Root.ThrowIfSynthesized();
        overrides.Add(new PropertyOverride(path, value));
    }

    /// <summary>The deletion policy written for this construct's resource, when set with <see cref="ApplyRemovalPolicy"/>.</summary>
    public Graph.RemovalPolicy? RemovalPolicyOverride { get; private set; }

    /// <summary>
    /// Sets what CloudFormation does with this construct's resource when it leaves the template (as the AWS CDK's
    /// <c>applyRemovalPolicy</c>). Vaults and legal holds take it in their props instead.
    /// </summary>
    /// <param name="policy">The policy.</param>
    public void ApplyRemovalPolicy(Graph.RemovalPolicy policy)
    {
        Root.ThrowIfSynthesized();
        RemovalPolicyOverride = policy;
    }

    /// <summary>Removes a property from this construct's resource after lowering (the AWS CDK's <c>addPropertyDeletionOverride</c>).</summary>
    /// <param name="path">A dot-separated path into the resource's <c>Properties</c>.</param>
    public void AddPropertyDeletionOverride(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Root.ThrowIfSynthesized();
        overrides.Add(new PropertyOverride(path, null));
    }

    /// <summary>The logical ID of this construct's resource: the one the stack was told to use, or the one derived from the path.</summary>
    /// <remarks>The derived ID depends only on the path, which never changes: it is computed once (an MD5 per call was a tenth of lowering).</remarks>
    private protected string ResourceLogicalId() =>
        Stack.LogicalIdFor(StackRelativePath) ?? (derivedLogicalId ??= Graph.LogicalIds.FromPath(ResourcePath));

    private string? derivedLogicalId;

    /// <inheritdoc />
    public override string ToString() => Path;

    private readonly List<PropertyOverride> overrides = [];
}

/// <summary>A raw value written into a resource's properties after lowering (<see cref="Construct.AddPropertyOverride"/>).</summary>
/// <param name="Path">The dot-separated path.</param>
/// <param name="Value">The value, or null to remove the property.</param>
public sealed record PropertyOverride(string Path, Graph.Value? Value);
