namespace Backup.Iac.Import;

/// <summary>The nesting limit for trees built in code (the readers already refuse deeper text, aliases counted).</summary>
internal static class SourceLimits
{
    /// <summary>
    /// Whether the tree nests more than <see cref="SourceReader.MaxDepth"/> mappings and lists. A node shared by several
    /// parents (a YAML alias) is measured once; the walk never goes deeper than the limit, so it cannot overflow the stack.
    /// </summary>
    public static bool TooDeep(SourceNode root) => Height(root, 0, new Dictionary<SourceNode, int>(ReferenceEqualityComparer.Instance)) > SourceReader.MaxDepth;

    /// <summary>The levels of the node, or more than the limit left as soon as it is exceeded.</summary>
    private static int Height(SourceNode node, int depth, Dictionary<SourceNode, int> known)
    {
        if (node is SourceScalar)
        {
            return 0;
        }

        if (known.TryGetValue(node, out var height))
        {
            return height;
        }

        if (depth >= SourceReader.MaxDepth)
        {
            return SourceReader.MaxDepth + 1; // this container is one level too many
        }

        var deepest = 0;
        IEnumerable<SourceNode> children = node switch
        {
            SourceMapping m => m.Entries.Select(e => e.Value),
            SourceSequence l => l.Items,
            _ => [],
        };
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, Height(child, depth + 1, known));
            if (depth + 1 + deepest > SourceReader.MaxDepth)
            {
                return SourceReader.MaxDepth + 1;
            }
        }

        known[node] = deepest + 1;
        return deepest + 1;
    }
}
