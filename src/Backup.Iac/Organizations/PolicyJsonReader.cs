using System.Text.Json;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Lowering;
using Backup.Iac.Validation;

namespace Backup.Iac.Organizations;

/// <summary>
/// Reads policy JSON into a <see cref="PolicyNode"/> tree: duplicate keys (ORG-002), operators (OPS-001, OPS-003) and
/// value shapes. Never throws for bad input. A CloudFormation intrinsic function (<c>{"Ref": ...}</c>,
/// <c>{"Fn::Sub": ...}</c>) where a value belongs is read as a deploy-time value.
/// </summary>
internal static class PolicyJsonReader
{
    private static readonly string[] OperatorNames =
        [PolicyOperators.Assign, PolicyOperators.Append, PolicyOperators.Remove, PolicyOperators.ChildControl];

    public static PolicyNode? Read(string json, PolicyFindings findings) => Read(json, findings, out _);

    /// <summary>Reads the JSON; <paramref name="deployTime"/> tells whether it holds CloudFormation intrinsic functions.</summary>
    public static PolicyNode? Read(string json, PolicyFindings findings, out bool deployTime)
    {
        deployTime = json.Contains("\"Ref\"", StringComparison.Ordinal) || json.Contains("\"Fn::", StringComparison.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            findings.Add(BackupPolicyConstraints.Syntax, "", $"The policy is not valid JSON{where}: {e.Message.TrimEnd('.')}", "Fix the JSON syntax");
            return null;
        }

        using (document)
        {
            return Node(document.RootElement, "", findings);
        }
    }

    public static PolicyNode Node(JsonElement element, string path, PolicyFindings findings)
    {
        var node = new PolicyNode(path);
        if (element.ValueKind != JsonValueKind.Object || IsIntrinsic(element))
        {
            if (Payload(element, path, findings) is { } bare)
            {
                node.Value = bare with { IsBare = true };
            }

            return node;
        }

        node.IsObject = true;
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var childPath = PolicyPaths.Append(path, name);
            if (!seen.TryAdd(name, name))
            {
                findings.Add(BackupPolicyConstraints.DuplicateKey, childPath, name, Describe(path), name.ToLowerInvariant());
                continue;
            }

            if (!name.StartsWith("@@", StringComparison.Ordinal))
            {
                node.Children.Add(new(name, Node(property.Value, childPath, findings)));
                continue;
            }

            if (PolicyOperators.Parse(name) is { } op)
            {
                if (node.Value is { Operator: { } first })
                {
                    findings.Add(PolicyInheritanceConstraints.Operator, path,
                        $"{Describe(path)} has both {PolicyOperators.Name(first)} and {name}; a setting takes one value-setting operator");
                    continue;
                }

                if (Payload(property.Value, PolicyPaths.Append(path, name), findings) is { } value)
                {
                    node.Value = value with { Operator = op };
                }
            }
            else if (name == PolicyOperators.ChildControl)
            {
                node.ChildOperators = ChildOperators(property.Value, childPath, findings);
            }
            else
            {
                var near = OperatorNames.Where(o => Spelling.Distance(o, name, 4) <= 4).OrderBy(o => Spelling.Distance(o, name)).FirstOrDefault();
                findings.Add(PolicyInheritanceConstraints.Operator, childPath,
                    $"'{name}' in {Describe(path)} is not an operator{(near is null ? "" : $" (did you mean '{near}'?)")}");
            }
        }

        if (node.Value is not null && node.Children.Count > 0)
        {
            findings.Add(PolicyInheritanceConstraints.Operator, path,
                $"{Describe(path)} has a value-setting operator and also the keys {string.Join(", ", node.Children.Select(c => "'" + c.Key + "'"))}; a setting holds only its operator");
            node.Children.Clear();
        }

        return node;
    }

    /// <summary>A value under an operator (or a bare value): a string, number, boolean, a list of them, or an intrinsic function.</summary>
    private static PolicyValue? Payload(JsonElement e, string path, PolicyFindings findings)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return new PolicyValue { Values = [e.GetString() ?? ""] };
            case JsonValueKind.Number:
                return new PolicyValue { Values = [e.GetRawText()], Kind = PolicyValueKind.Number };
            case JsonValueKind.True or JsonValueKind.False:
                return new PolicyValue { Values = [e.ValueKind == JsonValueKind.True ? "true" : "false"], Kind = PolicyValueKind.Boolean };
            case JsonValueKind.Object when IsIntrinsic(e):
                return new PolicyValue { Values = [Token.AsString(new OpaqueValue("cloudformation", PolicyDocuments.FromJson(e)))] };
            case JsonValueKind.Array:
                var values = new List<string>();
                var kinds = new HashSet<PolicyValueKind>();
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Array or JsonValueKind.Object && !IsIntrinsic(item) || item.ValueKind == JsonValueKind.Null)
                    {
                        findings.Add(BackupPolicyConstraints.Syntax, path, $"The list at {Describe(path)} holds {Kind(item)}", "Write a list of strings");
                        return null;
                    }

                    var one = Payload(item, path, findings);
                    values.Add(one?.Values[0] ?? "");
                    kinds.Add(one?.Kind ?? PolicyValueKind.String);
                }

                return new PolicyValue { Values = values, IsList = true, Kind = kinds.Count == 1 ? kinds.First() : PolicyValueKind.String };
            default:
                findings.Add(BackupPolicyConstraints.Syntax, path, $"{Describe(path)} is {Kind(e)}", "Write a string, or a list of strings");
                return null;
        }
    }

    private static PolicyChildOperators? ChildOperators(JsonElement e, string path, PolicyFindings findings)
    {
        var raw = e.GetRawText();
        if (e.ValueKind != JsonValueKind.Array)
        {
            findings.Add(PolicyInheritanceConstraints.ChildOperators, path, raw, "Write a JSON list");
            return null;
        }

        var names = e.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() ?? "" : i.GetRawText()).ToList();
        var valid = new[] { PolicyOperators.All, PolicyOperators.None, PolicyOperators.Assign, PolicyOperators.Append, PolicyOperators.Remove };
        var unknown = names.Where(n => !valid.Contains(n, StringComparer.Ordinal)).ToList();
        var problem = names.Count == 0 ? "An empty list allows nothing; write [\"@@none\"] for that"
            : unknown.Count > 0 ? $"'{unknown[0]}' is not an operator"
            : names.Count > 1 && names.Any(n => n is PolicyOperators.All or PolicyOperators.None) ? "@@all and @@none stand alone"
            : names.Distinct(StringComparer.Ordinal).Count() != names.Count ? "An operator is listed twice"
            : null;
        if (problem is not null)
        {
            findings.Add(PolicyInheritanceConstraints.ChildOperators, path, raw, problem);
            return null;
        }

        return new PolicyChildOperators { Operators = names };
    }

    private static bool IsIntrinsic(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var names = e.EnumerateObject().Select(p => p.Name).ToList();
        return names.Count == 1 && (names[0] == "Ref" || names[0].StartsWith("Fn::", StringComparison.Ordinal));
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "a " + e.ValueKind.ToString().ToLowerInvariant(),
    };

    /// <summary>How a message names a node: <c>the policy</c>, or its path in quotes.</summary>
    public static string Describe(string path) => path.Length == 0 ? "the policy" : "'" + path + "'";
}
