namespace Backup.Iac.Organizations;

/// <summary>
/// A node of a backup policy as AWS Organizations reads it: either a container of named children, or a setting
/// (a value under a value-setting operator), each optionally with a child control operator. The typed model is read
/// from and written to this tree; policies merge on it.
/// </summary>
internal sealed class PolicyNode
{
    public PolicyNode(string path) => Path = path;

    /// <summary>The JSON path of the node, e.g. <c>plans.Daily.rules.Hourly</c>.</summary>
    public string Path { get; }

    /// <summary>The named children, in document order (keys are unique without regard to case).</summary>
    public List<KeyValuePair<string, PolicyNode>> Children { get; } = [];

    /// <summary>The value-setting operator and value, for a setting.</summary>
    public PolicyValue? Value { get; set; }

    /// <summary>The child control operator, when valid.</summary>
    public PolicyChildOperators? ChildOperators { get; set; }

    /// <summary>Whether the node was written as a JSON object (not a bare value).</summary>
    public bool IsObject { get; set; }

    public PolicyNode? Child(string key) => Children.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    public PolicyNode Add(string key)
    {
        var node = new PolicyNode(PolicyPaths.Append(Path, key)) { IsObject = true };
        Children.Add(new(key, node));
        return node;
    }
}

/// <summary>JSON paths of policy nodes for diagnostics: keys joined with dots; a key with a dot, bracket, quote or space is written <c>["key"]</c>.</summary>
internal static class PolicyPaths
{
    public static string Append(string parent, string key)
    {
        var plain = key.Length > 0 && key.All(c => !char.IsWhiteSpace(c) && c is not ('.' or '[' or ']' or '"' or '\\'));
        if (plain)
        {
            return parent.Length == 0 ? key : parent + "." + key;
        }

        return parent + "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
    }
}
