using System.Text.Json.Nodes;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Tests.Parity;

/// <summary>
/// The CloudFormation template of a one-stack estate, read as the AWS CDK's <c>Template.fromStack</c> reads it, with
/// <see cref="HasResourceProperties"/> as its <c>hasResourceProperties</c>: objects match when the expected members
/// match (others may exist), lists match item by item and in full, and <see cref="Absent"/> asks that a member is not there.
/// </summary>
internal sealed class ParityTemplate
{
    /// <summary>The expected value of a member that must be absent (the CDK's <c>Match.absent()</c>).</summary>
    public const string Absent = "<absent>";

    private ParityTemplate(JsonObject template, SynthResult result)
    {
        Template = template;
        Result = result;
    }

    public JsonObject Template { get; }

    public SynthResult Result { get; }

    /// <summary>Synthesizes the app (which must report no error) and reads its only stack's template.</summary>
    public static ParityTemplate Of(BackupApp app)
    {
        var result = app.Synth();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Path}: {d.Message}")));
        var json = CloudFormationEmitter.Emit(Assert.Single(result.Graphs), TemplateFormat.Json).GetText();
        return new ParityTemplate((JsonObject)JsonNode.Parse(json)!, result);
    }

    /// <summary>A stack as the CDK's <c>new Stack()</c> in its unit tests: no account or Region (environment-agnostic).</summary>
    public static (BackupApp App, BackupStack Stack) NewStack()
    {
        var app = new BackupApp();
        return (app, app.AddStack("Stack", new BackupStackProps()));
    }

    /// <summary>The resources of a type, by logical ID.</summary>
    public IReadOnlyList<(string LogicalId, JsonObject Resource)> Resources(string type) =>
        [.. ((JsonObject)Template["Resources"]!).Where(r => (string?)r.Value!["Type"] == type).Select(r => (r.Key, (JsonObject)r.Value!))];

    /// <summary>The properties of the only resource of a type.</summary>
    public JsonObject Single(string type) => (JsonObject)Assert.Single(Resources(type)).Resource["Properties"]!;

    /// <summary>Asserts that some resource of <paramref name="type"/> has properties that match <paramref name="expected"/>.</summary>
    public void HasResourceProperties(string type, string expected)
    {
        var want = JsonNode.Parse(expected)!;
        var candidates = Resources(type);
        Assert.True(candidates.Count > 0, $"No resource of type {type}.");
        var mismatches = new List<string>();
        foreach (var (id, resource) in candidates)
        {
            if (Mismatch(want, resource["Properties"], "Properties") is { } why)
            {
                mismatches.Add($"{id}: {why}");
            }
            else
            {
                return;
            }
        }

        Assert.Fail($"No {type} matches; " + string.Join("; ", mismatches));
    }

    private static string? Mismatch(JsonNode? want, JsonNode? got, string at)
    {
        switch (want)
        {
            case JsonObject o:
                if (got is not JsonObject g)
                {
                    return $"{at} is {got?.ToJsonString() ?? "absent"}, expected an object";
                }

                foreach (var (key, value) in o)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s) && s == Absent)
                    {
                        if (g.ContainsKey(key))
                        {
                            return $"{at}.{key} is present";
                        }
                    }
                    else if (Mismatch(value, g[key], $"{at}.{key}") is { } why)
                    {
                        return why;
                    }
                }

                return null;
            case JsonArray a:
                if (got is not JsonArray ga || ga.Count != a.Count)
                {
                    return $"{at} is {got?.ToJsonString() ?? "absent"}, expected {a.Count} items";
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (Mismatch(a[i], ga[i], $"{at}[{i}]") is { } why)
                    {
                        return why;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(want, got) ? null : $"{at} is {got?.ToJsonString() ?? "absent"}, expected {want?.ToJsonString()}";
        }
    }
}
