using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Backup.Iac.Pulumi.Tests;

/// <summary>
/// Turns a Pulumi YAML program into the equivalent TypeScript program, resource by resource and property by property,
/// so that tsc checks it against the @pulumi/aws typings: an object literal passed as a resource's args gets TypeScript's
/// excess-property and type checks, so a misspelt or mistyped property (nested ones included) fails to compile, and so
/// does an output that the referenced resource does not have.
/// </summary>
internal static partial class TypeScriptProgram
{
    public static string From(JsonObject program)
    {
        var sb = new StringBuilder();
        var resources = program["resources"]!.AsObject();
        var modules = new SortedSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        body.Append("const config = new pulumi.Config();\n");
        foreach (var (key, decl) in program["config"]?.AsObject() ?? [])
        {
            if (key.Contains(':', StringComparison.Ordinal))
            {
                continue; // provider configuration (aws:region)
            }

            var getter = decl!["type"]!.GetValue<string>() switch
            {
                "integer" => "config.requireNumber",
                "array" => "config.requireObject<string[]>",
                _ => "config.require",
            };
            body.Append(CultureInfo.InvariantCulture, $"const {Id(key)} = {getter}({Literal(key)});\n");
        }

        foreach (var (key, value) in program["variables"]?.AsObject() ?? [])
        {
            var invoke = value!["fn::invoke"]!.AsObject();
            var (module, name) = Token(invoke["function"]!.GetValue<string>());
            modules.Add(module);
            body.Append(CultureInfo.InvariantCulture, $"const {Id(key)} = {ModuleId(module)}.{name}Output({Expr(invoke["arguments"])}).{invoke["return"]!.GetValue<string>()};\n");
        }

        foreach (var name in Ordered(resources))
        {
            var resource = resources[name]!.AsObject();
            var (module, type) = Token(resource["type"]!.GetValue<string>());
            modules.Add(module);
            var options = resource["options"] is JsonObject o ? ", " + Expr(o) : "";
            body.Append(CultureInfo.InvariantCulture, $"const {Id(name)} = new {ModuleId(module)}.{type}({Literal(name)}, {Expr(resource["properties"] ?? new JsonObject())}{options});\n");
        }

        body.Append("export const outputs = ").Append(Expr(program["outputs"] ?? new JsonObject())).Append(";\n");
        sb.Append("import * as pulumi from \"@pulumi/pulumi\";\n");
        foreach (var module in modules)
        {
            sb.Append(CultureInfo.InvariantCulture, $"import * as {ModuleId(module)} from \"@pulumi/aws/{module}\";\n");
        }

        return sb.Append(body).ToString();
    }

    /// <summary>Resources in an order where each comes after what it refers to (TypeScript constants must be declared first).</summary>
    private static List<string> Ordered(JsonObject resources)
    {
        var done = new List<string>();
        var visiting = new HashSet<string>();
        void Visit(string name)
        {
            if (done.Contains(name) || !visiting.Add(name))
            {
                return;
            }

            foreach (Match m in Root().Matches(resources[name]!.ToJsonString()))
            {
                if (resources.ContainsKey(m.Groups[1].Value) && m.Groups[1].Value != name)
                {
                    Visit(m.Groups[1].Value);
                }
            }

            done.Add(name);
        }

        foreach (var (name, _) in resources)
        {
            Visit(name);
        }

        return done;
    }

    /// <summary>
    /// <c>aws:backup:Vault</c> or <c>aws:backup/vault:Vault</c> as (module, member); a function of the index module
    /// (<c>aws:index/getPartition:getPartition</c>) is imported from its own file, so that tsc loads only what is used.
    /// </summary>
    private static (string Module, string Name) Token(string token)
    {
        var parts = token.Split(':');
        var module = parts[1].Split('/');
        return (module[0] == "index" ? module[1] : module[0], parts[2]);
    }

    private static string ModuleId(string module) => "aws_" + module;

    private static string Id(string name) => "r_" + NotIdentifier().Replace(name, "_");

    private static string Literal(string s) => JsonSerializer.Serialize(s);

    private static string Expr(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject { Count: 1 } o when o.First().Key == "fn::toJSON" => $"pulumi.jsonStringify({Expr(o.First().Value)})",
        JsonObject o => "{ " + string.Join(", ", o.Select(e => $"{Literal(e.Key)}: {Expr(e.Value)}")) + " }",
        JsonArray a => "[" + string.Join(", ", a.Select(Expr)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Text(v.GetValue<string>()),
        JsonValue v => v.ToJsonString(),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>A Pulumi YAML string: a lone <c>${x}</c> keeps x's type, text with interpolations is <c>pulumi.interpolate</c>.</summary>
    private static string Text(string s)
    {
        var parts = new List<(string Text, string? Access)>();
        var literal = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '$')
            {
                literal.Append('$');
                i++;
            }
            else if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '{')
            {
                var end = s.IndexOf('}', i);
                parts.Add((literal.ToString(), Access(s[(i + 2)..end])));
                literal.Clear();
                i = end;
            }
            else
            {
                literal.Append(s[i]);
            }
        }

        if (parts.Count == 0)
        {
            return Literal(literal.ToString());
        }

        if (parts.Count == 1 && parts[0].Text.Length == 0 && literal.Length == 0)
        {
            return parts[0].Access!;
        }

        var template = new StringBuilder("pulumi.interpolate`");
        foreach (var (text, access) in parts)
        {
            template.Append(TemplateText(text)).Append("${").Append(access).Append('}');
        }

        return template.Append(TemplateText(literal.ToString())).Append('`').ToString();
    }

    private static string TemplateText(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal);

    private static string Access(string path)
    {
        if (path == "pulumi.stack")
        {
            return "pulumi.getStack()";
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Id(path) : Id(path[..dot]) + path[dot..];
    }

    [GeneratedRegex(@"(?<!\$)\$\{([^.\[}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Root();

    [GeneratedRegex("[^A-Za-z0-9_]", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdentifier();
}
