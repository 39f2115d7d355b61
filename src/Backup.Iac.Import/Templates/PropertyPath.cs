using System.Globalization;
using System.Text;

namespace Backup.Iac.Import;

/// <summary>
/// A property path below a resource's <c>Properties</c> (<c>BackupPlan.BackupPlanRule[0].Lifecycle</c>), kept as a chain
/// of parts and written out only when a finding needs it: building the text at every node of a walk costs time
/// proportional to the path's length at each node (quadratic under long keys and long lists).
/// </summary>
/// <param name="Parent">The enclosing path, or null at the top.</param>
/// <param name="Key">The mapping key, or null for a list index.</param>
/// <param name="Index">The list index (when <paramref name="Key"/> is null).</param>
internal sealed record PropertyPath(PropertyPath? Parent, string? Key, int Index)
{
    /// <summary>The path's text; empty for the top.</summary>
    public static string Render(PropertyPath? path) => path?.ToString() ?? "";

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new Stack<PropertyPath>();
        for (var p = this; p is not null; p = p.Parent)
        {
            parts.Push(p);
        }

        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (p.Key is null)
            {
                sb.Append('[').Append(p.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                sb.Append(sb.Length == 0 ? "" : ".").Append(p.Key);
            }
        }

        return sb.ToString();
    }
}
