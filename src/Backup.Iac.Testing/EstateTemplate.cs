using System.Text;
using System.Text.Json.Nodes;
using Backup.Iac.Emit.CloudFormation;

namespace Backup.Iac.Testing;

/// <summary>
/// The CloudFormation template of one stack, to assert on as with the AWS CDK's <c>Template.fromStack</c>: fast (no
/// Node.js, no network) and framework-neutral. A failed assertion throws <see cref="BackupAssertionException"/> naming
/// the closest resource and the differences.
/// </summary>
public sealed class EstateTemplate
{
    private readonly JsonObject template;
    private readonly string name;

    private EstateTemplate(JsonObject template, string name)
    {
        this.template = template;
        this.name = name;
    }

    /// <summary>Synthesizes the stack's app and takes the stack's template.</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>The template.</returns>
    /// <exception cref="BackupAssertionException">The app has errors, so there is no template; the message lists them.</exception>
    public static EstateTemplate From(BackupStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var app = stack.Root;
        var result = app.Synth();
        if (result.HasErrors)
        {
            throw new BackupAssertionException(
                $"Stack '{stack.Path}' has no template: synth reports {result.Errors.Count()} error(s).{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Errors.Select(d => "  " + d)));
        }

        var index = app.Stacks.Select((s, i) => (s, i)).First(p => ReferenceEquals(p.s, stack)).i;
        return FromJson(CloudFormationEmitter.Emit(result.Graphs[index], TemplateFormat.Json, stack.Path).GetText(), stack.Path);
    }

    /// <summary>A template from its JSON text (a file written by <c>synth</c>, for example).</summary>
    /// <param name="json">The template.</param>
    /// <param name="name">How messages name it.</param>
    /// <returns>The template.</returns>
    public static EstateTemplate FromJson(string json, string name = "template")
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonNode.Parse(json) is JsonObject obj
            ? new EstateTemplate(obj, name)
            : throw new ArgumentException("The text is not a JSON object.", nameof(json));
    }

    /// <summary>A copy of the whole template.</summary>
    /// <returns>The template as a JSON object.</returns>
    public JsonObject ToJson() => (JsonObject)template.DeepClone();

    /// <summary>The resources of a type, by logical ID, that match a pattern of the whole resource (optional).</summary>
    /// <param name="type">The CloudFormation type, such as <c>AWS::Backup::BackupPlan</c>.</param>
    /// <param name="pattern">A pattern of the resource (<c>new { Properties = ..., DeletionPolicy = "Retain" }</c>), matched as <see cref="Match.ObjectLike"/>; null for all.</param>
    /// <returns>Copies of the resources.</returns>
    public IReadOnlyDictionary<string, JsonObject> FindResources(string type, object? pattern = null)
    {
        var matcher = pattern is null ? null : Patterns.Compile(pattern, partial: true);
        return OfType(type).Where(r => matcher is null || matcher.Test(r.Value).Count == 0)
            .ToDictionary(r => r.Key, r => (JsonObject)r.Value.DeepClone(), StringComparer.Ordinal);
    }

    /// <summary>Asserts that the template has exactly <paramref name="count"/> resources of a type.</summary>
    /// <param name="type">The CloudFormation type.</param>
    /// <param name="count">How many.</param>
    public void ResourceCountIs(string type, int count)
    {
        var found = OfType(type).ToList();
        if (found.Count != count)
        {
            throw new BackupAssertionException(
                $"Expected {count} resource(s) of type {type} in {name}, found {found.Count}{(found.Count == 0 ? "" : ": " + string.Join(", ", found.Select(r => r.Key)))}.{Types()}");
        }
    }

    /// <summary>Asserts that some resource of a type has properties that match a pattern (as <see cref="Match.ObjectLike"/>).</summary>
    /// <param name="type">The CloudFormation type.</param>
    /// <param name="properties">The pattern of <c>Properties</c>.</param>
    public void HasResourceProperties(string type, object properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var matcher = Patterns.Compile(properties, partial: true);
        Expect(type, matcher, r => r["Properties"] ?? new JsonObject(), "properties");
    }

    /// <summary>Asserts that some resource of a type matches a pattern of the whole resource (<c>Properties</c>, <c>DependsOn</c>, <c>DeletionPolicy</c>, ...).</summary>
    /// <param name="type">The CloudFormation type.</param>
    /// <param name="pattern">The pattern, matched as <see cref="Match.ObjectLike"/>.</param>
    public void HasResource(string type, object pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Expect(type, Patterns.Compile(pattern, partial: true), r => r, "resource");
    }

    /// <summary>Asserts that an output (any output with <c>"*"</c>) matches a pattern.</summary>
    /// <param name="logicalId">The output's logical ID, or <c>"*"</c>.</param>
    /// <param name="pattern">The pattern of the output (<c>new { Value = ..., Export = ... }</c>), matched as <see cref="Match.ObjectLike"/>.</param>
    public void HasOutput(string logicalId, object pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var matcher = Patterns.Compile(pattern, partial: true);
        var outputs = (template["Outputs"] as JsonObject ?? []).Where(o => logicalId == "*" || o.Key == logicalId).ToList();
        if (outputs.Count == 0)
        {
            var all = (template["Outputs"] as JsonObject ?? []).Select(o => o.Key).ToList();
            throw new BackupAssertionException($"Expected an output {(logicalId == "*" ? "" : $"'{logicalId}' ")}in {name}, found {(all.Count == 0 ? "no outputs" : "only " + string.Join(", ", all))}.");
        }

        Closest("output", outputs.Select(o => (o.Key, o.Value)).ToList(), matcher, n => n);
    }

    private IEnumerable<KeyValuePair<string, JsonObject>> OfType(string type) =>
        (template["Resources"] as JsonObject ?? [])
            .Where(r => r.Value is JsonObject o && (string?)o["Type"] == type)
            .Select(r => new KeyValuePair<string, JsonObject>(r.Key, (JsonObject)r.Value!));

    private void Expect(string type, Matcher matcher, Func<JsonObject, JsonNode?> part, string what)
    {
        var candidates = OfType(type).Select(r => (r.Key, (JsonNode?)r.Value)).ToList();
        if (candidates.Count == 0)
        {
            throw new BackupAssertionException($"Expected a resource of type {type} whose {what} match, but {name} has no resource of that type.{Types()}");
        }

        Closest($"{type} resource", candidates, matcher, n => part((JsonObject)n!));
    }

    private void Closest(string what, List<(string Key, JsonNode? Value)> candidates, Matcher matcher, Func<JsonNode?, JsonNode?> part)
    {
        var tried = candidates.Select(c => (c.Key, Part: part(c.Value), Diff: matcher.Test(part(c.Value)))).ToList();
        if (tried.Any(t => t.Diff.Count == 0))
        {
            return;
        }

        var best = tried.OrderBy(t => t.Diff.Count).ThenBy(t => t.Key, StringComparer.Ordinal).First();
        var text = new StringBuilder()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Expected a {what} in {name} that matches {matcher}, but none of {tried.Count} does.")
            .AppendLine()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"The closest is '{best.Key}', with {best.Diff.Count} difference(s):")
            .AppendLine();
        foreach (var d in best.Diff)
        {
            text.Append("  ").Append(d).AppendLine();
        }

        text.Append("It is: ").Append(best.Part is null ? "nothing" : Patterns.Text(best.Part, indented: true));
        if (tried.Count > 1)
        {
            text.AppendLine().Append("The others: ").Append(string.Join(", ", tried.Where(t => t.Key != best.Key).Select(t => $"{t.Key} ({t.Diff.Count} difference(s))")));
        }

        throw new BackupAssertionException(text.ToString());
    }

    private string Types()
    {
        var types = (template["Resources"] as JsonObject ?? []).Select(r => (string?)r.Value?["Type"]).OfType<string>()
            .GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}").ToList();
        return types.Count == 0 ? " The template has no resources." : " The template has " + string.Join(", ", types) + ".";
    }
}
