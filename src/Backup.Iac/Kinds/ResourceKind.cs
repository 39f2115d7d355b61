using System.Collections.Immutable;
using System.Reflection;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;

namespace Backup.Iac.Kinds;

/// <summary>
/// The descriptor of one kind of construct that becomes resources: what is specific to it (its CloudFormation types
/// and property names, lowering, import, the properties whose change replaces it) lives in one class, and the
/// pipelines iterate <see cref="ResourceKinds.All"/> instead of switching over construct types. Rules are not kinds:
/// they stay in the catalog and the validators.
/// </summary>
internal abstract class ResourceKind
{
    /// <summary>The construct type this kind describes.</summary>
    public abstract Type ConstructType { get; }

    /// <summary>The CloudFormation resource types its lowering writes, the main one first (empty for a raw resource, whose type is the user's).</summary>
    public abstract ImmutableArray<string> Types { get; }

    // ── lowering (scope "kinds") ──

    /// <summary>
    /// The properties of the main type (the first of <see cref="Types"/>) whose change replaces the resource, read by
    /// change detection: by default the schema's <c>createOnlyProperties</c> (generated), in the schema's order.
    /// </summary>
    public virtual ImmutableArray<string> ReplacementProperties => Types.IsEmpty ? [] : CreateOnlyPropertiesOf(Types[0]);

    /// <summary>Lowers a construct of this kind to its resources (the main resource and what it generates, such as a role).</summary>
    /// <param name="construct">The construct, of type <see cref="ConstructType"/>.</param>
    /// <param name="context">The lowering of the stack.</param>
    /// <returns>The resources.</returns>
    public abstract IEnumerable<Resource> Lower(Construct construct, LoweringContext context);

    /// <summary>The generated <c>CreateOnlyProperties</c> of a CloudFormation type (empty for a type without a schema, such as the neutral settings types).</summary>
    /// <param name="type">The CloudFormation type.</param>
    /// <returns>The property names.</returns>
    internal static ImmutableArray<string> CreateOnlyPropertiesOf(string type) => CreateOnlyByType.GetValueOrDefault(type, []);

    private static readonly Dictionary<string, ImmutableArray<string>> CreateOnlyByType = typeof(CfnBackupVault).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(CfnBackupVault).Namespace && !t.IsNested
            && t.GetField(nameof(CfnBackupVault.CfnResourceType)) is not null && t.GetField(nameof(CfnBackupVault.CreateOnlyProperties)) is not null)
        .ToDictionary(
            t => (string)t.GetField(nameof(CfnBackupVault.CfnResourceType))!.GetRawConstantValue()!,
            t => (ImmutableArray<string>)t.GetField(nameof(CfnBackupVault.CreateOnlyProperties))!.GetValue(null)!,
            StringComparer.Ordinal);

    // ── import (scope "import") ──

    /// <summary>
    /// When the importer reads this kind's resources: in increasing order, targets first (vaults), then what refers to
    /// them, so references resolve to constructs; null to read them in the last pass, in document order, with the
    /// resources no kind could read.
    /// </summary>
    public virtual int? ImportOrder => null;

    /// <summary>Why this kind reads none of its <see cref="Types"/> from a template, or null when it reads its main type (it overrides <see cref="Import"/>).</summary>
    public virtual string? NotImportedBecause => null;

    /// <summary>Whether <see cref="Import"/> reads the resource's <c>DeletionPolicy</c> itself (into the construct's props); otherwise the importer applies it.</summary>
    public virtual bool ImportsDeletionPolicy => false;

    /// <summary>Whether this kind overrides <see cref="Import"/>: reads resources of its main type from a template.</summary>
    public bool Imports => GetType().GetMethod(nameof(Import))!.DeclaringType != typeof(ResourceKind);

    /// <summary>Whether a resource of the main type is one this kind reads (all of them, unless the kind says otherwise).</summary>
    /// <param name="body">The resource as written (Type, Properties, attributes).</param>
    /// <returns>Whether it reads it.</returns>
    public virtual bool Claims(Iac.Import.SourceMapping body) => true;

    /// <summary>
    /// Reads one template resource of the main type into <see cref="ImportContext.Stack"/>, keeping its logical ID:
    /// the construct the user would have written, or null when it cannot (the resource is then kept as written, see
    /// <see cref="ImportContext.KeepAsWritten"/>).
    /// </summary>
    /// <param name="context">The resource's context.</param>
    /// <returns>The construct, or null.</returns>
    public virtual Construct? Import(ImportContext context) => null;
}

/// <summary>The descriptor of the constructs of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The construct type.</typeparam>
internal abstract class ResourceKind<T> : ResourceKind
    where T : Construct
{
    /// <inheritdoc />
    public sealed override Type ConstructType => typeof(T);

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    public sealed override IEnumerable<Resource> Lower(Construct construct, LoweringContext context) => Lower((T)construct, context);

    /// <summary>Lowers a construct of this kind to its resources.</summary>
    /// <param name="construct">The construct.</param>
    /// <param name="context">The lowering of the stack.</param>
    /// <returns>The resources.</returns>
    protected abstract IEnumerable<Resource> Lower(T construct, LoweringContext context);

    // ── import (scope "import") ──
}

/// <summary>The registry of resource kinds: every non-abstract <see cref="ResourceKind"/> of this assembly, found once, so a new kind is a new class and no list is edited.</summary>
internal static class ResourceKinds
{
    /// <summary>Every kind, ordered by construct type name.</summary>
    public static ImmutableArray<ResourceKind> All { get; } = [.. typeof(ResourceKind).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ResourceKind)) && !t.IsAbstract)
        .Select(t => (ResourceKind)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(k => k.ConstructType.Name, StringComparer.Ordinal)];

    private static readonly Dictionary<Type, ResourceKind> ByConstruct = All.ToDictionary(k => k.ConstructType);


    /// <summary>The kind of a construct, or null when the construct does not become resources (an app, a stack...).</summary>
    /// <param name="construct">The construct.</param>
    /// <returns>The kind, or null.</returns>
    public static ResourceKind? Of(Construct construct) => ByConstruct.GetValueOrDefault(construct.GetType());
}
