using System.Security.Cryptography;
using System.Text;

namespace Backup.Iac.Graph;

/// <summary>
/// Turns construct paths into CloudFormation logical IDs with the AWS CDK's rule (<c>makeUniqueId</c>), so that
/// a stack moved between the native output and the CDK constructs keeps its logical IDs and never replaces a vault.
/// </summary>
/// <remarks>
/// Path components equal to <c>Default</c> are dropped. A single remaining component is used as is, made
/// alphanumeric. Otherwise the ID is the alphanumeric components (without <c>Resource</c>, and without a component
/// that the previous one already ends with), cut to 240 characters, followed by the first 8 hex digits (upper case)
/// of the MD5 of the remaining components joined by <c>/</c>. Changing this function replaces resources.
/// </remarks>
public static class LogicalIds
{
    private const string HiddenId = "Default";
    private const string HiddenFromHumanId = "Resource";
    private const int MaxHumanLength = 240;
    private const int MaxIdLength = 255;

    /// <summary>The logical ID of a path relative to its stack, e.g. <c>Primary/Resource</c>.</summary>
    /// <param name="path">Components separated by <c>/</c>.</param>
    /// <returns>The logical ID.</returns>
    public static string FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromComponents(path.Split('/'));
    }

    /// <summary>The logical ID of path components relative to their stack.</summary>
    /// <param name="components">The components.</param>
    /// <returns>The logical ID.</returns>
    public static string FromComponents(IReadOnlyList<string> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var kept = components.Where(c => c != HiddenId).ToArray();
        if (kept.Length == 0)
        {
            throw new ArgumentException("Unable to calculate a logical ID for an empty set of components.", nameof(components));
        }

        if (kept.Length == 1)
        {
            var single = Alphanumeric(kept[0]);
            if (single.Length <= MaxIdLength)
            {
                return single;
            }
        }

        var human = new StringBuilder();
        string? previous = null;
        foreach (var component in kept)
        {
            var duplicate = previous is not null && previous.EndsWith(component, StringComparison.Ordinal);
            if (!duplicate)
            {
                previous = component;
                if (component != HiddenFromHumanId)
                {
                    human.Append(Alphanumeric(component));
                }
            }
        }

        var humanPart = human.Length > MaxHumanLength ? human.ToString(0, MaxHumanLength) : human.ToString();
        return humanPart + Hash(string.Join('/', kept));
    }

    private static string Alphanumeric(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Hash(string path)
    {
#pragma warning disable CA5351 // MD5 is CDK's choice for logical IDs, not a security measure.
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(path));
#pragma warning restore CA5351
        return Convert.ToHexString(digest, 0, 4);
    }
}
