using System.Globalization;
using System.Text.Json;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;

namespace Backup.Iac.Changes;

/// <summary>
/// Compares a stack's new graph with the template synthesized before (for example the previous
/// <c>out/Prod.template.json</c>), resource by logical ID, and reports the changes that AWS documents as
/// replacements, versions or delayed effects: a vault's key, a plan's name, lifecycles, continuous retention,
/// selections, a restore testing selection's type, a legal hold's create-only properties.
/// </summary>
public static class TemplateChanges
{
    private static readonly string[] SelectionProperties = ["BackupPlanId", "BackupSelection"];
    private static readonly string[] AirGappedCreateOnly = ["BackupVaultName", "MinRetentionDays", "MaxRetentionDays", "EncryptionKeyArn"];
    private static readonly string[] LegalHoldCreateOnly = ["Title", "Description", "RecoveryPointSelection"];

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

    private static void Compare(Resource next, MapValue old, string path, List<Diagnostic> found)
    {
        var now = next.Properties;
        switch (next.Type)
        {
            case ResourceTypes.BackupVault:
                var (oldKey, newKey) = (Text(old, "EncryptionKeyArn"), Text(now, "EncryptionKeyArn"));
                if (oldKey != newKey)
                {
                    found.Add(Make(ChangeConstraints.VaultKeyChanged, path, "EncryptionKeyArn", oldKey ?? "aws/backup (AWS managed)", newKey ?? "aws/backup (AWS managed)"));
                }

                if (Text(old, "BackupVaultName") is { } oldVaultName && Text(now, "BackupVaultName") is { } newVaultName && oldVaultName != newVaultName)
                {
                    found.Add(Make(ChangeConstraints.VaultRenamed, path, "BackupVaultName", oldVaultName, newVaultName));
                }

                break;
            case ResourceTypes.LogicallyAirGappedBackupVault:
                foreach (var property in AirGappedCreateOnly.Where(p => !Equals(Get(old, p), Comparable(Get(now, p)))))
                {
                    found.Add(Make(ChangeConstraints.AirGappedVaultRecreated, path, property, property, Show(Get(old, property)), Show(Get(now, property))));
                }

                break;
            case ResourceTypes.LegalHold:
                var holdChanges = LegalHoldCreateOnly.Where(p => !Equals(Get(old, p), Comparable(Get(now, p)))).ToList();
                if (holdChanges.Count > 0)
                {
                    var oldHold = next.RemovalPolicy == RemovalPolicy.Destroy
                        ? "deletes the old one, which releases it: recovery points that expired while it was active are deleted within 24 hours"
                        : "keeps the old one active outside the stack (RemovalPolicy.Retain), where it must be released by hand";
                    found.Add(Make(LegalHoldConstraints.Replaced, path, holdChanges[0],
                        string.Join(" and ", holdChanges), holdChanges.Count == 1 ? "s" : "", oldHold));
                }

                break;
            case ResourceTypes.Framework:
                if (Text(old, "FrameworkName") is { } oldFramework && Text(now, "FrameworkName") is { } newFramework && oldFramework != newFramework)
                {
                    found.Add(Make(FrameworkConstraints.Renamed, path, "FrameworkName", oldFramework, newFramework));
                }

                break;
            case ResourceTypes.ReportPlan:
                if (Text(old, "ReportPlanName") is { } oldReportPlan && Text(now, "ReportPlanName") is { } newReportPlan && oldReportPlan != newReportPlan)
                {
                    found.Add(Make(ReportPlanConstraints.Renamed, path, "ReportPlanName", oldReportPlan, newReportPlan));
                }

                break;
            case ResourceTypes.OrganizationsPolicy:
                var targetsBefore = Get(old, "TargetIds") is ListValue before ? before.Items.OfType<StringValue>().Select(t => t.Text) : [];
                var targetsNow = Get(now, "TargetIds") is ListValue after ? after.Items.OfType<StringValue>().Select(t => t.Text).ToHashSet(StringComparer.Ordinal) : [];
                var detached = targetsBefore.Where(t => !targetsNow.Contains(t)).ToList();
                if (detached.Count > 0)
                {
                    found.Add(Make(OrganizationPolicyConstraints.Detached, path, "Targets", string.Join(", ", detached)));
                }

                break;
            case ResourceTypes.RestoreTestingPlan:
                if (Text(old, "RestoreTestingPlanName") is { } oldPlan && Text(now, "RestoreTestingPlanName") is { } newPlan && oldPlan != newPlan)
                {
                    found.Add(Make(ChangeConstraints.RestoreTestingPlanRenamed, path, "RestoreTestingPlanName", oldPlan, newPlan));
                }

                break;
            case ResourceTypes.BackupPlan:
                ComparePlans(Map(old, "BackupPlan"), Map(now, "BackupPlan"), path, found);
                break;
            case ResourceTypes.BackupSelection:
                var changed = SelectionProperties.Where(k => !Equals(Get(old, k), Comparable(Get(now, k)))).ToList();
                if (changed.Count > 0)
                {
                    found.Add(Make(ChangeConstraints.SelectionReplaced, path, changed[^1], string.Join(", ", changed)));
                }

                break;
            case ResourceTypes.RestoreTestingSelection:
                var (oldType, newType) = (Text(old, "ProtectedResourceType"), Text(now, "ProtectedResourceType"));
                if (oldType is not null && newType is not null && oldType != newType)
                {
                    found.Add(Make(ChangeConstraints.RestoreTestingTypeChanged, path, "ProtectedResourceType", oldType, newType));
                }

                break;
        }
    }

    private static void ComparePlans(MapValue? old, MapValue? now, string path, List<Diagnostic> found)
    {
        if (old is null || now is null)
        {
            return;
        }

        if (Text(old, "BackupPlanName") is { } oldName && Text(now, "BackupPlanName") is { } newName && oldName != newName)
        {
            found.Add(Make(ChangeConstraints.PlanRenamed, path, "BackupPlanName", oldName, newName));
        }

        if (!Equals(old, Comparable(now)))
        {
            found.Add(Make(ChangeConstraints.PlanVersion, path, null));
        }

        var oldRules = Rules(old);
        var newRules = Rules(now);
        foreach (var (name, rule) in newRules)
        {
            if (oldRules.TryGetValue(name, out var before) && !Equals(Get(before, "Lifecycle"), Comparable(Get(rule, "Lifecycle"))))
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
        Get(plan, "BackupPlanRule") is ListValue list
            ? list.Items.OfType<MapValue>().Where(r => Text(r, "RuleName") is not null).GroupBy(r => Text(r, "RuleName") ?? "").ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            : [];

    private static bool IsContinuous(MapValue rule) => Get(rule, "EnableContinuousBackup") is BoolValue { Flag: true };

    private static long? DeleteDays(MapValue rule) => Get(rule, "Lifecycle") is MapValue l && Get(l, "DeleteAfterDays") is NumberValue n ? n.Number : null;

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
