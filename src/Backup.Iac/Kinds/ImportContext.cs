using Backup.Iac.Graph;
using Backup.Iac.Import;

namespace Backup.Iac.Kinds;

/// <summary>
/// What a kind's import reads one template resource with (<see cref="ResourceKind.Import"/>): the primitives over the
/// parsed template (text, durations, booleans, dates, string lists and maps, tag lists, nested objects and lists), each
/// recording where the value is written (for lint positions) and keeping as written what the model cannot hold (a value
/// known only at deploy time, a shape the schema check reports). Implemented by the importer over its source nodes.
/// </summary>
/// <remarks>
/// One context per resource, passed explicitly; <see cref="At"/> gives the same resource's context for a construct
/// below it (a rule, a copy action, a selection), so that no reader keeps a cursor. Paths: <c>path</c> is the construct
/// path a position is recorded at, <c>property</c> the model's property name there (as diagnostics name it), <c>at</c>
/// the dotted path below <c>Properties</c> where a value kept as written is written back.
/// </remarks>
internal abstract class ImportContext
{
    /// <summary>The stack the resource is read into.</summary>
    public abstract BackupStack Stack { get; }

    /// <summary>The resource's logical ID, kept by the construct.</summary>
    public abstract string LogicalId { get; }

    /// <summary>The construct path of a resource read into the stack itself.</summary>
    public string Path => Stack.Path + "/" + LogicalId;

    /// <summary>The resource's <c>Properties</c> (an empty mapping when it has none).</summary>
    public abstract SourceMapping Properties { get; }

    /// <summary>The construct path where a value kept as written is marked unknown: the resource, or a construct below it (<see cref="At"/>).</summary>
    public abstract string Current { get; }

    /// <summary>The resource's <c>DeletionPolicy</c> as a removal policy, or null when it has none.</summary>
    public abstract RemovalPolicy? DeletionPolicy { get; }

    /// <summary>The same resource's context, marking values kept as written at another construct path.</summary>
    /// <param name="current">The construct path (a rule, copy action or selection below the resource).</param>
    /// <returns>The context.</returns>
    public abstract ImportContext At(string current);

    /// <summary>Asks that the resource be kept as written when the import returns null (a raw resource), reported with <paramref name="why"/> when given.</summary>
    /// <param name="why">Why it cannot be read into the model, or null for no finding.</param>
    public abstract void KeepAsWritten(string? why);

    /// <summary>Records where a construct (<paramref name="property"/> null) or one of its properties is written.</summary>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property name, or null for the construct.</param>
    /// <param name="at">The position.</param>
    public abstract void Locate(string path, string? property, SourcePosition at);

    /// <summary>A construct path as the user reads it: below the stack.</summary>
    /// <param name="path">The construct path.</param>
    /// <returns>The path below the stack.</returns>
    public abstract string Name(string path);

    /// <summary>
    /// Records a value the model cannot hold, to write it back as is. Checks on <paramref name="property"/> (and below it)
    /// at <see cref="Current"/> are then not reported; without a property, none there. When <paramref name="what"/> is given
    /// and an intrinsic function stands in place of that object or list, an info finding says so.
    /// </summary>
    /// <param name="at">The dotted path below <c>Properties</c>.</param>
    /// <param name="node">The value as written.</param>
    /// <param name="property">The model's property whose checks are skipped, or null for all at the construct.</param>
    /// <param name="what">What the value is, for the finding, or null for none.</param>
    public abstract void Keep(string at, SourceNode node, string? property = null, string? what = null);

    /// <summary>A mapping-valued property; an intrinsic function in its place is kept as written (at <paramref name="at"/>).</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="at">Where it is written back when kept, or null to not keep it.</param>
    /// <param name="property">The model's property, or null.</param>
    /// <returns>The mapping, or null.</returns>
    public abstract SourceMapping? Object(SourceMapping owner, string key, string? at = null, string? property = null);

    /// <summary>A string value: a literal, or a token for a deploy-time value; null when absent or of another shape.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path its position is recorded at (empty: not recorded).</param>
    /// <param name="property">The model's property.</param>
    /// <returns>The text, or null.</returns>
    public abstract string? Text(SourceMapping owner, string key, string path, string property);

    /// <summary>A node as a string (a literal or a token), or null.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The text, or null.</returns>
    public abstract string? StringOf(SourceNode node);

    /// <summary>A list of strings; a deploy-time list is kept as written.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The strings, or null.</returns>
    public abstract List<string>? StringList(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A map of strings; a deploy-time map is kept as written.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The map, or null.</returns>
    public abstract Dictionary<string, string>? StringMap(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A list of <c>{Key, Value}</c> tags as a map; another shape is kept as written.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="at">Where it is written back when kept (default: the key).</param>
    /// <returns>The map, or null.</returns>
    public abstract Dictionary<string, string>? TagList(SourceMapping owner, string key, string path, string? at = null);

    /// <summary>A list of objects, each read by <paramref name="read"/>; an item it cannot read (or a deploy-time list) is kept as written.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="at">Where it is written back.</param>
    /// <param name="read">Reads one item (with its index), or null.</param>
    /// <returns>The items read.</returns>
    public abstract List<T> Items<T>(SourceMapping owner, string key, string at, Func<SourceMapping, int, T?> read)
        where T : class;

    /// <summary>A whole number of days; a deploy-time value is an unresolved duration; another shape is kept as written.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The duration, or null.</returns>
    public abstract Duration? Days(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A whole number of hours (as <see cref="Days"/>).</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The duration, or null.</returns>
    public abstract Duration? Hours(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A whole number of minutes (as <see cref="Days"/>).</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The duration, or null.</returns>
    public abstract Duration? Minutes(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A boolean; a deploy-time boolean is kept as written and read as lint chooses.</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <param name="at">Where it is written back when kept.</param>
    /// <returns>The boolean, or null.</returns>
    public abstract bool? Bool(SourceMapping owner, string key, string path, string property, string at);

    /// <summary>A date written <c>yyyy-MM-ddTHH:mm:ssZ</c>, or null (another spelling or a deploy-time value).</summary>
    /// <param name="owner">The mapping holding it.</param>
    /// <param name="key">Its key.</param>
    /// <param name="path">The construct path.</param>
    /// <param name="property">The model's property.</param>
    /// <returns>The date, or null.</returns>
    public abstract DateTimeOffset? Date(SourceMapping owner, string key, string path, string property);

    /// <summary>A node as a graph value: intrinsic functions become references, attributes, parameters, joins, or opaque expressions.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The value.</returns>
    public abstract Value ToValue(SourceNode node);

    /// <summary>A JSON document written as a template mapping, with intrinsic functions as token strings.</summary>
    /// <param name="document">The mapping.</param>
    /// <returns>The JSON text.</returns>
    public abstract string JsonWithTokens(SourceMapping document);

    /// <summary>
    /// A JSON document written as an object, a JSON string, or <c>Fn::ToJsonString</c> of an object: its text and the node
    /// that holds its parsed form (for positions); null when it is built at deploy time.
    /// </summary>
    /// <param name="content">The value.</param>
    /// <returns>The text and node, or null.</returns>
    public abstract (string Json, SourceNode Located)? JsonDocument(SourceNode content);

    /// <summary>Checks a backup policy's content kept as written on its own (what can be read of it).</summary>
    /// <param name="content">The content.</param>
    /// <param name="property">Its property.</param>
    public abstract void CheckPolicyAsWritten(SourceNode content, string property);

    /// <summary>How deep the document readers let a document nest: a walk of a document stops there.</summary>
    public abstract int MaxDepth { get; }

    /// <summary>The construct read from a resource of the template, or null.</summary>
    /// <param name="logicalId">The resource's logical ID.</param>
    /// <returns>The construct, or null.</returns>
    public abstract Construct? Imported(string logicalId);

    /// <summary>The constructs read so far.</summary>
    public abstract IEnumerable<Construct> ImportedConstructs { get; }

    /// <summary>A vault written as a reference to a vault of this template, or by name or ARN.</summary>
    /// <param name="node">The value.</param>
    /// <param name="byArn">Whether the property holds an ARN (else a name).</param>
    /// <returns>The vault, or null.</returns>
    public IBackupVault? VaultOf(SourceNode node, bool byArn)
    {
        if (node is SourceMapping { IntrinsicName: "Ref" } reference && reference["Ref"] is SourceScalar r && Imported(r.Text) is IBackupVault v)
        {
            return v;
        }

        if (GetAtt(node) is ({ } id, "BackupVaultName" or "BackupVaultArn") && Imported(id) is IBackupVault w)
        {
            return w;
        }

        if (StringOf(node) is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return byArn ? new ExternalBackupVault(text, text, fromArn: true) : null; // an empty ARN is judged as such (COPY-001), never thrown
        }

        return byArn ? BackupVault.FromArn(text) : BackupVault.FromName(text); // an ARN property holds an ARN: anything else is judged as one (COPY-002)
    }

    /// <summary>The construct a <c>Ref</c> (or an <c>Fn::GetAtt</c> of <paramref name="attribute"/>) names, or null.</summary>
    /// <param name="node">The value.</param>
    /// <param name="attribute">The attribute that identifies it (e.g. <c>BackupPlanId</c>).</param>
    /// <returns>The construct, or null.</returns>
    public Construct? ConstructOf(SourceNode? node, string attribute) => node switch
    {
        SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar id => Imported(id.Text),
        _ when GetAtt(node) is ({ } id, { } a) && a == attribute => Imported(id),
        _ => null,
    };

    /// <summary>The logical ID and attribute of an <c>Fn::GetAtt</c>, in its list form or its <c>"Id.Attribute"</c> string form.</summary>
    /// <param name="node">The value.</param>
    /// <returns>The ID and attribute, or nulls.</returns>
    public static (string? Id, string? Attribute) GetAtt(SourceNode? node) => node is SourceMapping { IntrinsicName: "Fn::GetAtt" } g
        ? g["Fn::GetAtt"] switch
        {
            SourceSequence { Items: [SourceScalar id, SourceScalar attribute] } => (id.Text, attribute.Text),
            SourceScalar { Kind: ScalarKind.Text } s when s.Text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 => (s.Text[..dot], s.Text[(dot + 1)..]),
            _ => (null, null),
        }
        : (null, null);
}
