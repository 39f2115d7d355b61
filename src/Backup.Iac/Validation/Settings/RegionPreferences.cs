using Backup.Iac.Validation.Vaults;

namespace Backup.Iac.Validation.Settings;

/// <summary>
/// What the app's Region settings say about one stack's account and Region: the settings of every
/// <see cref="RegionSettings"/> construct deployed to the same environment (<see cref="StackEnvironment.Same"/>),
/// merged. A type absent from both maps is "unchanged": the model does not know its value, so checks treat it as unknown.
/// The seed spelling <c>FSX</c> is read as <c>FSx</c> (OQ-023).
/// </summary>
internal sealed class RegionPreferences
{
    private readonly Dictionary<string, bool> optIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> management = new(StringComparer.Ordinal);

    private RegionPreferences()
    {
    }

    /// <summary>Whether any Region settings apply to the environment.</summary>
    public bool HasSettings { get; private set; }

    /// <summary>The types whose opt-in is explicitly false, in order.</summary>
    public IReadOnlyList<string> OptedOut => [.. optIn.Where(p => !p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)];

    public static RegionPreferences For(BackupStack stack, ValidationContext context) =>
        context.Facts.RegionPreferencesOf(stack, () => Compute(stack, context));

    private static RegionPreferences Compute(BackupStack stack, ValidationContext context)
    {
        var preferences = new RegionPreferences();
        foreach (var settings in context.Facts.All<RegionSettings>().Where(s => stack.Environment.Same(s.Stack.Environment)))
        {
            preferences.HasSettings = true;
            Merge(preferences.optIn, settings.Props.ResourceTypeOptInPreference);
            Merge(preferences.management, settings.Props.ResourceTypeManagementPreference);
        }

        return preferences;
    }

    /// <summary>The opt-in of <paramref name="type"/>, or null when the model does not set it.</summary>
    public bool? OptIn(string type) => optIn.TryGetValue(type, out var value) ? value : null;

    /// <summary>The management preference of <paramref name="type"/>, or null when the model does not set it.</summary>
    public bool? Management(string type) => management.TryGetValue(type, out var value) ? value : null;

    /// <summary>Why advanced DynamoDB backup is off, when the model sets DynamoDB to false in either map; otherwise null.</summary>
    public string? AdvancedDynamoDbOff()
    {
        var off = new List<string>();
        if (OptIn(ResourceTypeFacts.DynamoDb) == false)
        {
            off.Add("ResourceTypeOptInPreference[\"DynamoDB\"] is false");
        }

        if (Management(ResourceTypeFacts.DynamoDb) == false)
        {
            off.Add("ResourceTypeManagementPreference[\"DynamoDB\"] is false");
        }

        return off.Count == 0 ? null : string.Join(" and ", off);
    }

    /// <summary>The documented spelling of a settings key (<c>FSX</c> becomes <c>FSx</c>).</summary>
    public static string Normalize(string key) => key == "FSX" ? ResourceTypeFacts.Fsx : key;

    private static void Merge(Dictionary<string, bool> into, IReadOnlyDictionary<string, bool>? from)
    {
        foreach (var (key, value) in from ?? new Dictionary<string, bool>())
        {
            if (key is not null && !Token.IsUnresolved(key))
            {
                into[Normalize(key)] = value;
            }
        }
    }
}
