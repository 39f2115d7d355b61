using Backup.Iac.Validation;
using Backup.Iac.Validation.AuditManager;

namespace Backup.Iac.Auditing;

/// <summary>What one selection can pick: everything (<c>*</c>), tags, ARNs, and the resource types those can match.</summary>
internal sealed record SelectionFacts(BackupSelection Selection, bool Everything, IReadOnlyList<TagCondition> Tags, IReadOnlyList<string> Arns, IReadOnlySet<string> Types)
{
    public static SelectionFacts Of(BackupSelection selection)
    {
        var o = selection.Options;
        var arns = o.Resources.Select(r => r.Arn).OfType<string>().ToList();
        var tags = o.Resources.Select(r => r.Tag).OfType<TagCondition>().ToList();
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (tags.Count > 0 || arns.Contains("*") || arns.Count == 0)
        {
            types.UnionWith(ResourceTypeFacts.All);
        }

        foreach (var arn in arns)
        {
            types.UnionWith(ResourceTypeFacts.TypesOfArn(arn));
        }

        return new SelectionFacts(selection, arns.Contains("*") && o.NotResources.Count == 0 && o.Conditions is not { IsEmpty: false }, tags, arns, types);
    }

    /// <summary>Whether the selection picks every resource of a type: <c>*</c>, or an ARN pattern whose resource part is all wildcard.</summary>
    public bool SelectsAllOf(string type) => Everything
        || (Selection.Options.NotResources.Count == 0 && Selection.Options.Conditions is not { IsEmpty: false }
            && Arns.Any(a => ResourceTypeFacts.TypesOfArn(a).Contains(type) && Arn.TryParse(a) is { } arn && WholeType(arn.Resource)));

    /// <summary>Whether the selection picks resources tagged <paramref name="key"/> = <paramref name="value"/> (any value when empty).</summary>
    public bool SelectsTag(string key, string value) => Everything
        || Tags.Any(t => t.Key == key && (value.Length == 0 || (string.Equals(t.ConditionType, "STRINGEQUALS", StringComparison.OrdinalIgnoreCase) ? t.Value == value : Wildcards.Glob(value, t.Value))));

    /// <summary>Whether the selection names the resource <paramref name="id"/> (an ARN, or an ID that ends one of its ARNs).</summary>
    public bool SelectsId(string id) => Everything
        || Arns.Any(a => (!Token.IsUnresolved(a) && (a == id || Wildcards.Glob(id, a)))
            || a.EndsWith("/" + id, StringComparison.Ordinal) || a.EndsWith(":" + id, StringComparison.Ordinal));

    private static bool WholeType(string resource) => resource == "*" || (resource.EndsWith('*') && resource.IndexOf('*', StringComparison.Ordinal) == resource.Length - 1
        && (resource.EndsWith("/*", StringComparison.Ordinal) || resource.EndsWith(":*", StringComparison.Ordinal)));
}

/// <summary>The estate a framework evaluates: the constructs of every stack in its account and Region (FW-014).</summary>
internal sealed class AuditEstate
{
    public AuditEstate(Framework framework, BackupApp app)
    {
        Framework = framework;
        Stacks = [.. AuditFacts.SameEnvironment(framework.Stack, app)];
        var nodes = Stacks.SelectMany(s => s.Descendants()).ToList();
        Plans = [.. nodes.OfType<BackupPlan>()];
        Selections = [.. nodes.OfType<BackupSelection>().Select(SelectionFacts.Of)];
        Vaults = [.. nodes.OfType<BackupVault>()];
        AirGappedVaults = [.. nodes.OfType<LogicallyAirGappedBackupVault>()];
        RestoreTests = [.. nodes.OfType<RestoreTestingSelection>()];
        Trackings = [.. nodes.OfType<ResourceTracking>()];
        Context = new ValidationContext(app) { Stack = framework.Stack };
    }

    public Framework Framework { get; }

    public IReadOnlyList<BackupStack> Stacks { get; }

    public IReadOnlyList<BackupPlan> Plans { get; }

    public IReadOnlyList<SelectionFacts> Selections { get; }

    public IReadOnlyList<BackupVault> Vaults { get; }

    public IReadOnlyList<LogicallyAirGappedBackupVault> AirGappedVaults { get; }

    public IReadOnlyList<RestoreTestingSelection> RestoreTests { get; }

    public IReadOnlyList<ResourceTracking> Trackings { get; }

    /// <summary>A validation context on the framework's stack, for the shared copy facts (<see cref="Validation.Copies.CopyDestination"/>).</summary>
    public ValidationContext Context { get; }

    /// <summary>The framework's Region, when known.</summary>
    public string? Region => Framework.Stack.Environment.Region;

    /// <summary>The framework's account, when known.</summary>
    public string? Account => Framework.Stack.Environment.Account;

    /// <summary>
    /// The selections a scope covers: all without a scope; those that pick the tag (or everything) for a tag scope;
    /// those that can pick a type for a type scope; those that name the resource for a single-resource scope.
    /// </summary>
    public IReadOnlyList<SelectionFacts> SelectionsIn(ControlScope? scope)
    {
        if (scope is null || scope.IsEmpty)
        {
            return Selections;
        }

        IEnumerable<SelectionFacts> found = Selections;
        if (scope.Tags is { Count: > 0 } tags)
        {
            var (key, value) = tags.First();
            found = found.Where(s => s.SelectsTag(key, value ?? ""));
        }

        if (scope.ComplianceResourceIds is { } ids)
        {
            found = found.Where(s => ids.Any(s.SelectsId));
        }
        else if (scope.ComplianceResourceTypes.Count > 0)
        {
            var types = scope.ComplianceResourceTypes.Select(Normalize).ToList();
            found = found.Where(s => types.Any(s.Types.Contains));
        }

        return [.. found];
    }

    /// <summary>The seed's <c>FSX</c> spelling as the API's <c>FSx</c>.</summary>
    public static string Normalize(string type) => type == "FSX" ? ResourceTypeFacts.Fsx : type;

    /// <summary>Whether a tag map has the tag (any value when <paramref name="value"/> is empty).</summary>
    public static bool HasTag(IReadOnlyDictionary<string, string>? tags, string key, string value) =>
        tags is not null && tags.TryGetValue(key, out var v) && (value.Length == 0 || v == value);
}
