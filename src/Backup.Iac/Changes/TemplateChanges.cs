using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Kinds;
using Backup.Iac.Lowering;
using Rule = Backup.Iac.Graph.CloudFormation.CfnBackupPlan.BackupRuleResourceTypeProperty;

namespace Backup.Iac.Changes;

/// <summary>
/// Compares a stack's new graph with the template synthesized before (for example the previous
/// <c>out/Prod.template.json</c>), resource by logical ID, and reports the changes that AWS documents as
/// replacements, versions or delayed effects: a vault's key, a plan's name, lifecycles, continuous retention,
/// selections, a restore testing selection's type, a legal hold's create-only properties.
/// </summary>
public static class TemplateChanges
{

    private static string Show(Value? value) => value switch
    {
        null => "(none)",
        StringValue s => s.Text,
        NumberValue n => n.Number.ToString(CultureInfo.InvariantCulture),
        _ => "(a deploy-time value)",
    };

    /// <summary>The diagnostics of the changes from <paramref name="previousTemplateJson"/> to <paramref name="next"/>.</summary>
    /// <param name="next">The new graph.</param>
    /// <param name="previousTemplateJson">The previous CloudFormation template (JSON); unreadable text yields no diagnostic.</param>
    /// <param name="stackPath">The stack's construct path, to build diagnostic paths.</param>
    /// <returns>The diagnostics.</returns>
    public static IReadOnlyList<Diagnostic> Compare(ResourceGraph next, string previousTemplateJson, string stackPath)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(previousTemplateJson);
        Dictionary<string, (string Type, MapValue Properties)> previous;
        try
        {
            previous = Read(previousTemplateJson);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return [];
        }

        var found = new List<Diagnostic>();
        foreach (var resource in next.Resources)
        {
            if (previous.TryGetValue(resource.LogicalId, out var old) && old.Type == resource.Type)
            {
                var path = stackPath + "/" + (resource.Path.EndsWith("/Resource", StringComparison.Ordinal) ? resource.Path[..^"/Resource".Length] : resource.Path);
                Compare(resource, old.Properties, path, found);
            }
        }

        return found;
    }

    /// <summary>
    /// The change checks by resource type. A type without one has no documented change diagnostic; the kinds tests
    /// list those types explicitly, so a new kind's type is either compared here or named there.
    /// </summary>
    private static readonly Dictionary<string, Action<Resource, MapValue, string, List<Diagnostic>>> Comparers = new(StringComparer.Ordinal)
    {
        [ResourceTypes.BackupVault] = CompareVaults,
        [ResourceTypes.LogicallyAirGappedBackupVault] = (next, old, path, found) =>
        {
            foreach (var property in Replacing(ResourceTypes.LogicallyAirGappedBackupVault).Where(p => !Equals(Get(old, p), Comparable(Get(next.Properties, p)))))
            {
                found.Add(Make(ChangeConstraints.AirGappedVaultRecreated, path, property, property, Show(Get(old, property)), Show(Get(next.Properties, property))));
            }
        },
        [ResourceTypes.LegalHold] = CompareLegalHolds,
        [ResourceTypes.Framework] = (next, old, path, found) =>
            Renamed(old, next.Properties, CfnFramework.FrameworkName, FrameworkConstraints.Renamed, path, found),
        [ResourceTypes.ReportPlan] = (next, old, path, found) =>
            Renamed(old, next.Properties, CfnReportPlan.ReportPlanName, ReportPlanConstraints.Renamed, path, found),
        [ResourceTypes.OrganizationsPolicy] = (next, old, path, found) =>
        {
            var targetsBefore = Get(old, CfnPolicy.TargetIds) is ListValue before ? before.Items.OfType<StringValue>().Select(t => t.Text) : [];
            var targetsNow = Get(next.Properties, CfnPolicy.TargetIds) is ListValue after ? after.Items.OfType<StringValue>().Select(t => t.Text).ToHashSet(StringComparer.Ordinal) : [];
            var detached = targetsBefore.Where(t => !targetsNow.Contains(t)).ToList();
            if (detached.Count > 0)
            {
                found.Add(Make(OrganizationPolicyConstraints.Detached, path, "Targets", string.Join(", ", detached)));
            }
        },
        [ResourceTypes.RestoreTestingPlan] = (next, old, path, found) =>
            Renamed(old, next.Properties, CfnRestoreTestingPlan.RestoreTestingPlanName, ChangeConstraints.RestoreTestingPlanRenamed, path, found),
        [ResourceTypes.BackupPlan] = (next, old, path, found) =>
            ComparePlans(Map(old, CfnBackupPlan.BackupPlan), Map(next.Properties, CfnBackupPlan.BackupPlan), path, found),
        [ResourceTypes.BackupSelection] = (next, old, path, found) =>
        {
            var changed = Replacing(ResourceTypes.BackupSelection).Where(k => !Equals(Get(old, k), Comparable(Get(next.Properties, k)))).ToList();
            if (changed.Count > 0)
            {
                found.Add(Make(ChangeConstraints.SelectionReplaced, path, changed[^1], string.Join(", ", changed)));
            }
        },
        [ResourceTypes.RestoreTestingSelection] = (next, old, path, found) =>
        {
            // Only the type is reported, as before: the schema's other createOnly properties (the plan and selection
            // names, see the kind's ReplacementProperties) have no catalogued change diagnostic.
            var property = CfnRestoreTestingSelection.ProtectedResourceType;
            var (oldType, newType) = (Text(old, property), Text(next.Properties, property));
            if (oldType is not null && newType is not null && oldType != newType)
            {
                found.Add(Make(ChangeConstraints.RestoreTestingTypeChanged, path, property, oldType, newType));
            }
        },
    };

    /// <summary>The replacement properties of each kind's main type, read from the descriptors.</summary>
    private static readonly Dictionary<string, ImmutableArray<string>> ReplacementByType = ResourceKinds.All
        .Where(k => !k.Types.IsEmpty)
        .GroupBy(k => k.Types[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().ReplacementProperties, StringComparer.Ordinal);

    /// <summary>The resource types that change detection compares (for the kinds tests).</summary>
    internal static IReadOnlyCollection<string> ComparedTypes => Comparers.Keys;

    private static ImmutableArray<string> Replacing(string type) => ReplacementByType.GetValueOrDefault(type, []);

    private static void Compare(Resource next, MapValue old, string path, List<Diagnostic> found)
    {
        if (Comparers.TryGetValue(next.Type, out var compare))
        {
            compare(next, old, path, found);
        }
    }

    private static void CompareVaults(Resource next, MapValue old, string path, List<Diagnostic> found)
    {
        var now = next.Properties;
        var (oldKey, newKey) = (Text(old, CfnBackupVault.EncryptionKeyArn), Text(now, CfnBackupVault.EncryptionKeyArn));
        if (oldKey != newKey)
        {
            found.Add(Make(ChangeConstraints.VaultKeyChanged, path, CfnBackupVault.EncryptionKeyArn, oldKey ?? "aws/backup (AWS managed)", newKey ?? "aws/backup (AWS managed)"));
        }

        Renamed(old, now, CfnBackupVault.BackupVaultName, ChangeConstraints.VaultRenamed, path, found);
    }

    private static void CompareLegalHolds(Resource next, MapValue old, string path, List<Diagnostic> found)
    {
        var holdChanges = Replacing(ResourceTypes.LegalHold).Where(p => !Equals(Get(old, p), Comparable(Get(next.Properties, p)))).ToList();
        if (holdChanges.Count > 0)
        {
            var oldHold = next.RemovalPolicy == RemovalPolicy.Destroy
                ? "deletes the old one, which releases it: recovery points that expired while it was active are deleted within 24 hours"
                : "keeps the old one active outside the stack (RemovalPolicy.Retain), where it must be released by hand";
            found.Add(Make(LegalHoldConstraints.Replaced, path, holdChanges[0],
                string.Join(" and ", holdChanges), holdChanges.Count == 1 ? "s" : "", oldHold));
        }
    }

    /// <summary>A name property that both templates set, changed: the resource is replaced under its new name.</summary>
    private static void Renamed(MapValue old, MapValue now, string property, Constraint constraint, string path, List<Diagnostic> found)
    {
        if (Text(old, property) is { } before && Text(now, property) is { } after && before != after)
        {
            found.Add(Make(constraint, path, property, before, after));
        }
    }

    private static void ComparePlans(MapValue? old, MapValue? now, string path, List<Diagnostic> found)
    {
        if (old is null || now is null)
        {
            return;
        }

        Renamed(old, now, CfnBackupPlan.BackupPlanResourceTypeProperty.BackupPlanName, ChangeConstraints.PlanRenamed, path, found);

        if (!Equals(old, Comparable(now)))
        {
            found.Add(Make(ChangeConstraints.PlanVersion, path, null));
        }

        var oldRules = Rules(old);
        var newRules = Rules(now);
        foreach (var (name, rule) in newRules)
        {
            if (oldRules.TryGetValue(name, out var before) && !Equals(Get(before, Rule.Lifecycle), Comparable(Get(rule, Rule.Lifecycle))))
            {
                found.Add(Make(ChangeConstraints.FutureBackupsOnly, $"{path}/Rules[{name}]", "Lifecycle", name));
                if (IsContinuous(before) && IsContinuous(rule) && DeleteDays(before) is { } was && DeleteDays(rule) is { } becomes && becomes < was)
                {
                    found.Add(Make(ChangeConstraints.ContinuousRetentionLowered, $"{path}/Rules[{name}]", "Lifecycle.DeleteAfter",
                        name, $"lowers its retention from {was} to {becomes} days", was));
                }
            }
        }

        foreach (var (name, rule) in oldRules.Where(r => IsContinuous(r.Value) && !newRules.ContainsKey(r.Key)))
        {
            found.Add(Make(ChangeConstraints.ContinuousRetentionLowered, $"{path}/Rules[{name}]", null, name, "is removed", DeleteDays(rule) ?? 35));
        }
    }

    private static Dictionary<string, MapValue> Rules(MapValue plan) =>
        Get(plan, CfnBackupPlan.BackupPlanResourceTypeProperty.BackupPlanRule) is ListValue list
            ? list.Items.OfType<MapValue>().Where(r => Text(r, Rule.RuleName) is not null).GroupBy(r => Text(r, Rule.RuleName) ?? "").ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            : [];

    private static bool IsContinuous(MapValue rule) => Get(rule, Rule.EnableContinuousBackup) is BoolValue { Flag: true };

    private static long? DeleteDays(MapValue rule) => Get(rule, Rule.Lifecycle) is MapValue l && Get(l, CfnBackupPlan.LifecycleResourceTypeProperty.DeleteAfterDays) is NumberValue n ? n.Number : null;

    private static Diagnostic Make(Constraint c, string path, string? property, params object?[] args) =>
        new(c.Code, c.Severity, path, string.Format(CultureInfo.InvariantCulture, c.Message, args)) { Property = property, ConstraintId = c.ConstraintId };

    private static Value? Get(MapValue map, string key) => map.Entries.TryGetValue(key, out var v) ? v : null;

    private static MapValue? Map(MapValue map, string key) => Get(map, key) as MapValue;

    private static string? Text(MapValue? map, string key) => map is not null && Get(map, key) is StringValue s ? s.Text : null;

    /// <summary>A graph value in the shape the previous template has after reading it back (intrinsics as maps).</summary>
    private static Value? Comparable(Value? value) => value switch
    {
        null => null,
        ReferenceValue r => MapValue.Of(new KeyValuePair<string, Value?>("Ref", r.LogicalId)),
        AttributeValue a => MapValue.Of(new KeyValuePair<string, Value?>("Fn::GetAtt", new ListValue([a.LogicalId, a.Attribute]))),
        PseudoParameterValue p => MapValue.Of(new KeyValuePair<string, Value?>("Ref", "AWS::" + p.Name)),
        ParameterValue p => MapValue.Of(new KeyValuePair<string, Value?>("Ref", p.Declaration.Name)),
        JoinValue j => MapValue.Of(new KeyValuePair<string, Value?>("Fn::Join", new ListValue(["", new ListValue([.. j.Parts.Select(x => Comparable(x)!)])]))),
        ListValue l => new ListValue([.. l.Items.Select(x => Comparable(x)!)]),
        MapValue m => MapValue.Of(m.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, Comparable(e.Value)))),
        OpaqueValue o => Comparable(o.Expression),
        _ => value,
    };

    private static Dictionary<string, (string, MapValue)> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, (string, MapValue)>(StringComparer.Ordinal);
        foreach (var resource in document.RootElement.GetProperty("Resources").EnumerateObject())
        {
            var type = resource.Value.GetProperty("Type").GetString() ?? "";
            var properties = resource.Value.TryGetProperty("Properties", out var p) ? PolicyDocuments.FromJson(p) as MapValue ?? MapValue.Empty : MapValue.Empty;
            result[resource.Name] = (type, properties);
        }

        return result;
    }
}
