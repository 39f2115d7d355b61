using System.Globalization;
using System.Text.RegularExpressions;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>Facts and helpers shared by the restore testing checks (catalog sections 13 and 14).</summary>
internal static partial class RestoreTestingFacts
{
    public const string Snapshot = "SNAPSHOT";
    public const string Continuous = "CONTINUOUS";
    public const string Latest = "LATEST_WITHIN_WINDOW";
    public const string Random = "RANDOM_WITHIN_WINDOW";

    /// <summary>The window AWS uses when SelectionWindowDays is omitted (DG L44449-44451).</summary>
    public const int DefaultSelectionWindowDays = 30;

    /// <summary>The start window AWS uses when StartWindowHours is omitted (DG L44488).</summary>
    public const int DefaultStartWindowHours = 24;

    /// <summary>The restore-testable types (RTS-003, DG L44897-44925).</summary>
    public static readonly IReadOnlyList<string> TestableTypes =
    [
        ResourceTypeFacts.Aurora, ResourceTypeFacts.DocumentDb, ResourceTypeFacts.DynamoDb, ResourceTypeFacts.Ebs,
        ResourceTypeFacts.Ec2, ResourceTypeFacts.Efs, ResourceTypeFacts.Fsx, ResourceTypeFacts.Neptune, ResourceTypeFacts.Rds,
        ResourceTypeFacts.S3,
    ];

    /// <summary>The seed's spelling of <c>FSx</c> (DG L30663), accepted on input (OQ-023).</summary>
    public const string SeedFsxSpelling = "FSX";

    /// <summary>The selection's type when it is a known restore-testable type (<c>FSX</c> read as <c>FSx</c>), else null.</summary>
    public static string? TypeOf(RestoreTestingSelection selection)
    {
        var type = selection.Options.ProtectedResourceType;
        if (type == SeedFsxSpelling)
        {
            return ResourceTypeFacts.Fsx;
        }

        return type is not null && TestableTypes.Contains(type) ? type : null;
    }

    /// <summary>Whether a string is present and fully known at synth time.</summary>
    public static bool IsKnown(string? text) => text is not null && !Token.IsUnresolved(text);

    /// <summary>The text with each deploy-time marker shown as <c>${…}</c>, for messages.</summary>
    public static string Display(string text) => Token.Mask(text);

    /// <summary>A name that matches the restore testing name pattern, built from <paramref name="name"/> (for suggestions), or null.</summary>
    public static string? SuggestName(string name)
    {
        var replaced = NotNameCharacter().Replace(name, "_").Trim('_');
        if (replaced.Length > 50)
        {
            replaced = replaced[..50].TrimEnd('_');
        }

        return replaced.Length == 0 || replaced == name ? null : replaced;
    }

    /// <summary>Why a known name breaks <c>^[A-Za-z0-9_]{1,50}$</c>, or null when it matches.</summary>
    public static string? NameProblem(string name)
    {
        if (NamePattern().IsMatch(name))
        {
            return null;
        }

        if (name.Length > 50)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {name.Length} characters");
        }

        var bad = name.Where(c => !char.IsAsciiLetterOrDigit(c) && c != '_').Distinct().Select(Describe);
        return "contains " + string.Join(", ", bad);
    }

    /// <summary>How a character is named in messages: <c>'-'</c>, <c>a space</c>.</summary>
    public static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        _ when char.IsWhiteSpace(c) => "whitespace",
        _ => $"'{c}'",
    };

    /// <summary>The restore testing plans that deploy with <paramref name="plan"/> (the same stack, or stacks of the same known account and Region), in app order.</summary>
    public static IEnumerable<RestoreTestingPlan> SameAccountAndRegion(RestoreTestingPlan plan, BackupApp app) =>
        app.Stacks.Where(s => s.Environment.Same(plan.Stack.Environment)).SelectMany(s => s.Descendants().OfType<RestoreTestingPlan>());

    /// <summary>The overrides with their keys in lower case (keys are case-insensitive, DG L12562-12563); values of duplicate keys are joined.</summary>
    public static IReadOnlyDictionary<string, string> Overrides(RestoreTestingSelection selection)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in selection.Options.RestoreMetadataOverrides ?? new Dictionary<string, string>())
        {
            if (key is null)
            {
                continue;
            }

            result[key] = result.TryGetValue(key, out var before) ? before + " " + value : value ?? "";
        }

        return result;
    }

    /// <summary>Whether a string is shaped like a Region name (<c>eu-west-1</c>, <c>us-gov-west-1</c>, <c>eusc-de-east-1</c>).</summary>
    public static bool IsRegionName(string region) => RegionName().IsMatch(region);

    [GeneratedRegex(@"^[A-Za-z0-9_]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[a-z]{2,4}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex(@"[^A-Za-z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotNameCharacter();

}
